import type { ServiceScope } from '../../context';
import { NotificationChannelsService } from './notification-channels.service';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationPreferencesService } from './notification-preferences.service';

/** This module's services for one request (built once, in the context). */
export const createNotificationServices = (s: ServiceScope) => ({
  notificationChannels: new NotificationChannelsService(s.dataSource, s.caller, s.now),
  notificationInbox: new NotificationInboxService(s.dataSource, s.caller, s.now),
  notificationPreferences: new NotificationPreferencesService(s.dataSource, s.caller, s.now),
});
