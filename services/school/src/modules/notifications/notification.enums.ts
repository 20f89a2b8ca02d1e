import { registerEnumType } from 'type-graphql';

/** What a notification is about; decides who gets it, whether quiet hours and opt-outs apply. */
export enum NotificationKind {
  CRISIS_ALERT = 'CRISIS_ALERT',
  CRISIS_OVERDUE = 'CRISIS_OVERDUE',
  MENTOR_DIGEST = 'MENTOR_DIGEST',
  FEEDBACK_DEADLINE = 'FEEDBACK_DEADLINE',
  LATE_FOLLOW_UPS = 'LATE_FOLLOW_UPS',
  MATCHING_ROUND_OPEN = 'MATCHING_ROUND_OPEN',
  SURVEY_OPEN = 'SURVEY_OPEN',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** Crisis alerts go out at any hour and to everyone concerned, opted out or not. */
export const isCrisis = (kind: string) =>
  kind === NotificationKind.CRISIS_ALERT || kind === NotificationKind.CRISIS_OVERDUE;

export enum NotificationChannelKind {
  /** 企业微信群机器人 */
  WECOM_ROBOT = 'WECOM_ROBOT',
  /** 钉钉群机器人 (加签) */
  DINGTALK_ROBOT = 'DINGTALK_ROBOT',
  EMAIL = 'EMAIL',
}
registerEnumType(NotificationChannelKind, { name: 'NotificationChannelKind' });

/** What a group channel carries. Personal messages (digests, reminders) go in-app and to the person's own e-mail. */
export enum NotificationTopic {
  CRISIS = 'CRISIS',
  MATCHING = 'MATCHING',
  SURVEY = 'SURVEY',
}
registerEnumType(NotificationTopic, { name: 'NotificationTopic' });

export const TOPIC_OF: Partial<Record<NotificationKind, NotificationTopic>> = {
  [NotificationKind.CRISIS_ALERT]: NotificationTopic.CRISIS,
  [NotificationKind.CRISIS_OVERDUE]: NotificationTopic.CRISIS,
  [NotificationKind.MATCHING_ROUND_OPEN]: NotificationTopic.MATCHING,
  [NotificationKind.SURVEY_OPEN]: NotificationTopic.SURVEY,
};

export enum ChannelHealth {
  HEALTHY = 'HEALTHY',
  /** Recent attempts failed; retrying with backoff. */
  FAILING = 'FAILING',
  /** N attempts in a row failed: fix the configuration; it recovers on the next success. */
  DEAD = 'DEAD',
}
registerEnumType(ChannelHealth, { name: 'NotificationChannelHealth' });
