import { randomUUID } from 'node:crypto';

import { inTransaction } from '@mentorship/db';
import type { DataSource, EntityManager } from 'typeorm';

import { isCrisis, NotificationChannelKind, NotificationKind, TOPIC_OF } from './notification.enums';
import { dutiesDue, feedbackMissing, lateFollowUps } from './notification-audience';
import {
  appUrl,
  renderDigest,
  type Rendered,
  renderFeedbackDeadline,
  renderGroup,
  renderLateFollowUps,
} from './notification-messages';
import { NOTIFICATION_TOPIC, type NotificationEvent } from './notification-queue';

interface Message {
  id: string;
  school_id: string;
  payload: NotificationEvent;
}
interface Channel {
  id: string;
  kind: string;
  topics: string[];
}
interface Preference {
  person_id: string;
  role: string;
  email: string | null;
  opted_out: boolean;
}
interface InApp {
  audience: string;
  text: Rendered;
}
interface Delivery {
  key: string;
  channelId: string;
  to: string | null;
  text: Rendered;
}

const TAKE_QUEUED = `SELECT id, school_id, payload FROM outbox_message
  WHERE delivered_at IS NULL AND topic = $1 ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`;

/**
 * Turns queued notifications into in-app rows and per-channel deliveries, in one transaction per
 * batch that also marks the outbox rows done: a crash leaves the batch for the next run, and a
 * finished batch is never expanded again. Deliveries are keyed (message, channel[, person]).
 */
export async function fanOutNotifications(dataSource: DataSource, now: Date, batchSize = 20): Promise<number> {
  let expanded = 0;
  for (;;) {
    const n = await inTransaction(dataSource, async (m) => {
      const batch: Message[] = await m.query(TAKE_QUEUED, [NOTIFICATION_TOPIC, batchSize]);
      for (const message of batch) await expand(m, message, now);
      if (batch.length) {
        await m.query('UPDATE outbox_message SET delivered_at = $2, attempts = attempts + 1 WHERE id = ANY($1)', [
          batch.map((b) => b.id),
          now,
        ]);
      }
      return batch.length;
    });
    expanded += n;
    if (n === 0) return expanded;
  }
}

async function expand(m: EntityManager, message: Message, now: Date): Promise<void> {
  const event = message.payload;
  const school = message.school_id;
  // One after another: the three share the transaction's connection (pg refuses concurrent queries on one client).
  const channels: Channel[] = await m.query(
    'SELECT id, kind, topics FROM notification_channel WHERE school_id = $1 ORDER BY created_at, id',
    [school],
  );
  const prefs: Preference[] = await m.query(
    'SELECT person_id, role, email, opted_out FROM notification_preference WHERE school_id = $1',
    [school],
  );
  const settings: { district_contact_email: string | null }[] = await m.query(
    'SELECT district_contact_email FROM notification_settings WHERE school_id = $1',
    [school],
  );
  const email = channels.find((c) => c.kind === NotificationChannelKind.EMAIL);
  const prefOf = new Map(prefs.map((p) => [p.person_id, p]));
  const inApp: InApp[] = [];
  const deliveries: Delivery[] = [];
  const group = (text: Rendered) => {
    for (const c of channels.filter((c) => c.topics.includes(TOPIC_OF[event.kind]!))) {
      deliveries.push({ key: `${message.id}:${c.id}`, channelId: c.id, to: null, text });
    }
  };
  const personalEmail = (personId: string, address: string | null | undefined, text: Rendered) => {
    if (!email || !address) return;
    deliveries.push({ key: `${message.id}:${email.id}:${personId}`, channelId: email.id, to: address, text });
  };
  // Crisis messages reach everyone concerned; other personal messages skip those who opted out.
  const personal = (personId: string, text: Rendered) => {
    const pref = prefOf.get(personId);
    if (pref?.opted_out && !isCrisis(event.kind)) return;
    inApp.push({ audience: personId, text });
    personalEmail(personId, pref?.email, text);
  };
  // Addressed to the role, never to people chosen by which student it is about.
  const byRole = (roles: string[], text: Rendered) => {
    for (const r of roles) inApp.push({ audience: `role:${r}`, text });
    if (!isCrisis(event.kind)) return;
    for (const p of prefs.filter((p) => roles.includes(p.role))) personalEmail(p.person_id, p.email, text);
  };

  switch (event.kind) {
    case NotificationKind.CRISIS_ALERT:
      byRole(['CRISIS_TEAM', 'SCHOOL_ADMIN'], renderGroup(event));
      group(renderGroup(event));
      break;
    case NotificationKind.CRISIS_OVERDUE: {
      // First the crisis team and the admins again; at the second stage the admins and the district's contact.
      const text = renderGroup(event);
      byRole(event.stage === 2 ? ['SCHOOL_ADMIN'] : ['CRISIS_TEAM', 'SCHOOL_ADMIN'], text);
      group(text);
      if (event.stage === 2) personalEmail('district-contact', settings[0]?.district_contact_email, text);
      break;
    }
    case NotificationKind.MATCHING_ROUND_OPEN:
      byRole(['STUDENT', 'GUARDIAN'], renderGroup(event));
      group(renderGroup(event));
      break;
    case NotificationKind.SURVEY_OPEN:
      byRole([event.audience === 'PARENT' ? 'GUARDIAN' : 'STUDENT'], renderGroup(event));
      group(renderGroup(event));
      break;
    case NotificationKind.MENTOR_DIGEST:
      for (const [mentor, due] of await dutiesDue(m, school, now)) personal(mentor, renderDigest(due));
      break;
    case NotificationKind.FEEDBACK_DEADLINE:
      for (const [mentor, n] of await feedbackMissing(m, school, now)) {
        personal(mentor, renderFeedbackDeadline(n, event.subject));
      }
      break;
    case NotificationKind.LATE_FOLLOW_UPS:
      for (const [headTeacher, n] of await lateFollowUps(m, school, now)) personal(headTeacher, renderLateFollowUps(n));
      break;
  }
  await write(m, message, event, now, inApp, deliveries);
}

async function write(
  m: EntityManager,
  message: Message,
  event: NotificationEvent,
  now: Date,
  inApp: InApp[],
  deliveries: Delivery[],
) {
  if (inApp.length) {
    await m.query(
      `INSERT INTO notification (id, message_id, school_id, audience, grade_ids, kind, title, body, link, created_at)
       SELECT u.id, $2, $3, u.audience, CASE WHEN $4::boolean THEN $5::uuid[] END, $6, u.title, u.body, u.link, $7
         FROM unnest($1::uuid[], $8::text[], $9::text[], $10::text[], $11::text[]) AS u(id, audience, title, body, link)
       ON CONFLICT (message_id, audience) DO NOTHING`,
      [
        inApp.map(() => randomUUID()),
        message.id,
        message.school_id,
        !!event.gradeIds,
        event.gradeIds ?? [],
        event.kind,
        now,
        inApp.map((i) => i.audience),
        inApp.map((i) => i.text.title),
        inApp.map((i) => i.text.body),
        inApp.map((i) => i.text.path),
      ],
    );
  }
  if (!deliveries.length) return;
  await m.query(
    `INSERT INTO notification_delivery (id, key, message_id, school_id, channel_id, kind,
            to_address, subject, body, attempts, next_attempt_at, created_at)
     SELECT u.id, u.key, $2, $3, u.channel_id, $4, u.to_address, u.subject, u.body, 0, $5, $5
       FROM unnest($1::uuid[], $6::text[], $7::uuid[], $8::text[], $9::text[], $10::text[])
            AS u(id, key, channel_id, to_address, subject, body)
     ON CONFLICT (key) DO NOTHING`,
    [
      deliveries.map(() => randomUUID()),
      message.id,
      message.school_id,
      event.kind,
      now,
      deliveries.map((d) => d.key),
      deliveries.map((d) => d.channelId),
      deliveries.map((d) => d.to),
      deliveries.map((d) => d.text.title),
      deliveries.map((d) => `${d.text.body}\n${appUrl(d.text.path)}`),
    ],
  );
}
