import { schoolAdmin, schoolPerson, schoolStaff } from './permissions.roles';

/** Notifications, mentor status, roster import and school settings: merged into permissions.ts. */
export const administrationRules = {
  NotificationChannel: schoolAdmin,
  NotificationAttempt: schoolAdmin,
  NotificationChannelPayload: schoolAdmin,
  RemoveNotificationChannelPayload: schoolAdmin,
  NotificationSettings: schoolAdmin,
  NotificationSettingsPayload: schoolAdmin,
  Notification: schoolPerson,
  NotificationConnection: schoolPerson,
  NotificationEdge: schoolPerson,
  MarkNotificationsReadPayload: schoolPerson,
  NotificationPreferences: schoolPerson,
  NotificationPreferencesPayload: schoolPerson,
  MentorStatusPayload: schoolAdmin,
  MentorStatusChange: schoolAdmin,
  MentorStatusChangeConnection: schoolAdmin,
  MentorStatusChangeEdge: schoolAdmin,
  RosterImportPreview: schoolAdmin,
  RosterImportPayload: schoolAdmin,
  FileRowError: schoolAdmin,
  MissingStudent: schoolAdmin,
  SchoolSettings: schoolStaff,
  SchoolSettingsPayload: schoolAdmin,
};
