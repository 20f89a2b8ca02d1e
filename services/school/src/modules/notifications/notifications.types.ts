import { connectionOf, toGlobalId, UserError } from '@mentorship/graphql';
import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { ChannelHealth, NotificationChannelKind, NotificationKind, NotificationTopic } from './notification.enums';
import type { NotificationChannel } from './notification-channel.entity';

@ObjectType('NotificationAttempt', { description: 'One try to deliver a message through a channel.' })
export class NotificationAttemptView {
  @Field(() => Date) at: Date;
  @Field() ok: boolean;
  @Field(() => String, { nullable: true, description: 'Why it failed (status or network error), never the message.' })
  error: string | null;
}

@ObjectType('NotificationChannel', { description: 'A delivery channel; its address and secrets are write-only.' })
export class NotificationChannelView {
  @Field(() => ID) id: string;
  @Field(() => NotificationChannelKind) kind: NotificationChannelKind;
  @Field() name: string;
  @Field(() => [NotificationTopic]) topics: NotificationTopic[];
  @Field({ description: 'Host of the webhook or SMTP server (the address itself holds a token).' }) host: string;
  @Field({ description: 'Whether a signing secret / password is stored (never returned).' }) hasSecret: boolean;
  @Field(() => Int, { nullable: true }) smtpPort: number | null;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => [String], { description: 'E-mail: the addresses group messages go to.' }) recipients: string[];
  @Field(() => ChannelHealth, { description: 'DEAD after NOTIFY_DEAD_AFTER_ATTEMPTS failures in a row.' })
  health: ChannelHealth;
  @Field(() => Int) consecutiveFailures: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Date, { nullable: true }) lastSuccessAt: Date | null;
  @Field(() => [NotificationAttemptView], { description: 'The latest delivery attempts (at most 10), newest first.' })
  recentAttempts: NotificationAttemptView[];
}

export function channelView(
  c: NotificationChannel,
  deadAfter: number,
  attempts: NotificationAttemptView[] = [],
): NotificationChannelView {
  const s = c.settings as { port?: number; from?: string; recipients?: string[] };
  const failures = c.consecutiveFailures;
  const health =
    failures >= deadAfter ? ChannelHealth.DEAD : failures > 0 ? ChannelHealth.FAILING : ChannelHealth.HEALTHY;
  return Object.assign(new NotificationChannelView(), {
    id: toGlobalId('NotificationChannel', c.id),
    kind: c.kind,
    name: c.name,
    topics: c.topics,
    host: c.targetHost,
    hasSecret: !!c.secretSealed,
    from: s.from ?? null,
    recipients: s.recipients ?? [],
    smtpPort: c.kind === NotificationChannelKind.EMAIL ? (s.port ?? null) : null,
    health,
    consecutiveFailures: failures,
    lastError: c.lastError,
    lastSuccessAt: c.lastSuccessAt,
    recentAttempts: attempts,
  });
}

@InputType()
export class SaveNotificationChannelInput {
  @Field(() => ID, { nullable: true, description: 'To change a channel; omit to add one.' }) id?: string | null;
  @Field(() => NotificationChannelKind) kind: NotificationChannelKind;
  @Field() name: string;
  @Field(() => [NotificationTopic]) @ArrayMaxSize(10) topics: NotificationTopic[];
  @Field(() => String, { nullable: true, description: 'Robots: the webhook address; omit to keep it.' })
  webhookUrl?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '企业微信 key, 钉钉 signing secret or SMTP password; omit to keep.',
  })
  secret?: string | null;
  @Field(() => String, { nullable: true }) smtpHost?: string | null;
  @Field(() => Int, { nullable: true }) smtpPort?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'TLS from the start (port 465); else STARTTLS if offered.' })
  smtpSecure?: boolean | null;
  @Field(() => String, { nullable: true }) smtpUser?: string | null;
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(50) recipients?: string[] | null;
}

@ObjectType()
export class NotificationChannelPayload {
  @Field(() => NotificationChannelView, { nullable: true }) channel: NotificationChannelView | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class RemoveNotificationChannelPayload {
  @Field(() => ID, { nullable: true }) removedId: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: 'Quiet hours (China time) hold all but crisis alerts; the district escalation contact.' })
export class NotificationSettings {
  @Field(() => String, { nullable: true, description: 'HH:MM' }) quietHoursStart: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) quietHoursEnd: string | null;
  @Field(() => String, { nullable: true }) districtContactEmail: string | null;
}

@InputType()
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true }) quietHoursStart?: string | null;
  @Field(() => String, { nullable: true }) quietHoursEnd?: string | null;
  @Field(() => String, { nullable: true }) districtContactEmail?: string | null;
}

@ObjectType()
export class NotificationSettingsPayload {
  @Field(() => NotificationSettings, { nullable: true }) settings: NotificationSettings | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: 'An in-app notification, readable by its recipient only.' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() title: string;
  @Field() body: string;
  @Field({ description: 'Where to open it in the dashboard.' }) link: string;
  @Field() createdAt: Date;
  @Field() read: boolean;
}
export const { Connection: NotificationConnection } = connectionOf(Notification);

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Your unread notifications now.' }) unreadCount: number;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: 'Your own notification preferences: opting out stops everything but crisis alerts.' })
export class NotificationPreferences {
  @Field() optedOut: boolean;
  @Field(() => String, { nullable: true, description: 'Your e-mail for personal messages (school’s e-mail channel).' })
  email: string | null;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true }) optedOut?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Empty to stop e-mail.' }) email?: string | null;
}

@ObjectType()
export class NotificationPreferencesPayload {
  @Field(() => NotificationPreferences, { nullable: true }) preferences: NotificationPreferences | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
