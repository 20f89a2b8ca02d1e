import { createHash } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import type { NotificationKind } from './notification.enums';

export const NOTIFICATION_TOPIC = 'notification';

/** What a queued notification carries: ids and levels only, never a student's name or a description. */
export interface NotificationEvent {
  kind: NotificationKind;
  /** e.g. the alert id, the round id, the ISO week. */
  subject: string;
  level?: string;
  stage?: number;
  gradeIds?: string[] | null;
  audience?: string;
}

/** The outbox id of an event: the same event always gets the same id, so it is queued once. */
export function messageIdOf(schoolId: string, key: string): string {
  const h = createHash('sha256').update(`${schoolId}/${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Writes a notification to the school's transactional outbox, in the caller's transaction: it
 * exists exactly when what caused it does, and a repeated event (a retried mutation, the periodic
 * check running again) writes nothing new.
 */
export async function queueNotification(
  m: Pick<EntityManager, 'query'>,
  schoolId: string,
  key: string,
  event: NotificationEvent,
  at: Date,
): Promise<void> {
  await m.query(
    `INSERT INTO outbox_message (id, topic, school_id, payload, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING`,
    [messageIdOf(schoolId, key), NOTIFICATION_TOPIC, schoolId, JSON.stringify(event), at],
  );
}
