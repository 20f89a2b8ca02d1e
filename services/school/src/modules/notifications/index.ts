import type { SchoolModule } from '../../context';
import { NotificationChannel, NotificationPreference, NotificationSettingsRow } from './notification-channel.entity';
import {
  InAppNotification,
  NotificationAttempt,
  NotificationDelivery,
  NotificationRead,
} from './notification-delivery.entity';
import { NotificationsResolver } from './notifications.resolver';
import { createNotificationServices } from './notifications.services';

export const notifications = {
  name: 'notifications',
  resolvers: [NotificationsResolver],
  entities: [
    NotificationChannel,
    NotificationSettingsRow,
    NotificationPreference,
    NotificationDelivery,
    NotificationAttempt,
    InAppNotification,
    NotificationRead,
  ],
  services: createNotificationServices,
} satisfies SchoolModule;

export { notificationTick, pruneDelivered, startNotifications } from './notifications.background';
