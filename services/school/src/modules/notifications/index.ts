import type { SchoolModule } from '../../context';
import { NotificationsResolver } from './notifications.resolver';
import { createNotificationServices } from './notifications.services';
import { NotificationChannel, NotificationSettingsRow, NotificationPreference } from './notification-channel.entity';
import { NotificationDelivery, NotificationAttempt, InAppNotification, NotificationRead } from './notification-delivery.entity';

export const notifications = {
  name: 'notifications',
  resolvers: [NotificationsResolver],
  entities: [NotificationChannel, NotificationSettingsRow, NotificationPreference, NotificationDelivery, NotificationAttempt, InAppNotification, NotificationRead],
  services: createNotificationServices,
} satisfies SchoolModule;

export { notificationTick, pruneDelivered, startNotifications } from './notifications.background';
