import type { DataSource } from 'typeorm';

import { termOf } from '../records/term';
import { NotificationKind } from './notification.enums';
import { messageIdOf, NOTIFICATION_TOPIC, type NotificationEvent } from './notification-queue';
import { chinaDay, chinaMinutes, chinaWeek } from './quiet-hours';

const MORNING = 8 * 60;
/** The 成长寄语 reminder starts this long before the term ends. */
const FEEDBACK_REMINDER_DAYS = 14;

interface Item {
  schoolId: string;
  key: string;
  event: NotificationEvent;
}

const OVERDUE = `
  SELECT a.id, a.school_id, a.level, stage
    FROM crisis_alert a JOIN school s ON s.id = a.school_id
   CROSS JOIN generate_series(1, 2) AS stage
   WHERE a.status = 'REPORTED'
     AND a.reported_at < $1::timestamptz - make_interval(hours => s.crisis_pickup_hours * stage)`;
const OPEN_ROUNDS = `SELECT id, school_id, grade_ids FROM matching_round
  WHERE status = 'OPEN' AND opens_at <= $1 AND closes_at > $1`;
const OPEN_SURVEYS = 'SELECT id, school_id, audience FROM survey WHERE opens_at <= $1 AND closes_at > $1';

/** What time (not a request) has caused by `now`. */
async function due(dataSource: DataSource, now: Date): Promise<Item[]> {
  const items: Item[] = [];
  type Overdue = { id: string; school_id: string; level: string; stage: number };
  const overdue: Overdue[] = await dataSource.query(OVERDUE, [now]);
  for (const a of overdue) {
    const event = { kind: NotificationKind.CRISIS_OVERDUE, subject: a.id, level: a.level, stage: a.stage };
    items.push({ schoolId: a.school_id, key: `crisis-overdue:${a.id}:${a.stage}`, event });
  }
  const schools: { id: string }[] = await dataSource.query('SELECT id FROM school ORDER BY id');
  const everySchool = (key: string, event: NotificationEvent) => {
    for (const s of schools) items.push({ schoolId: s.id, key, event });
  };
  const { week, weekday } = chinaWeek(now);
  const morning = chinaMinutes(now) >= MORNING;
  if (weekday > 1 || morning) {
    everySchool(`mentor-digest:${week}`, { kind: NotificationKind.MENTOR_DIGEST, subject: week });
  }
  if (morning) {
    const day = chinaDay(now);
    everySchool(`late-follow-ups:${day}`, { kind: NotificationKind.LATE_FOLLOW_UPS, subject: day });
  }
  const term = termOf(now);
  if (term.endsBefore.getTime() - now.getTime() <= FEEDBACK_REMINDER_DAYS * 86_400_000) {
    const deadline = chinaDay(new Date(term.endsBefore.getTime() - 86_400_000));
    everySchool(`feedback-deadline:${term.key}`, { kind: NotificationKind.FEEDBACK_DEADLINE, subject: deadline });
  }
  type Round = { id: string; school_id: string; grade_ids: string[] | null };
  const rounds: Round[] = await dataSource.query(OPEN_ROUNDS, [now]);
  for (const r of rounds) {
    const event = { kind: NotificationKind.MATCHING_ROUND_OPEN, subject: r.id, gradeIds: r.grade_ids };
    items.push({ schoolId: r.school_id, key: `matching-open:${r.id}`, event });
  }
  const surveys: { id: string; school_id: string; audience: string }[] = await dataSource.query(OPEN_SURVEYS, [now]);
  for (const s of surveys) {
    const event = { kind: NotificationKind.SURVEY_OPEN, subject: s.id, audience: s.audience };
    items.push({ schoolId: s.school_id, key: `survey-open:${s.id}`, event });
  }
  return items;
}

/**
 * The periodic check, driven by the service clock: queues overdue crisis alerts (two stages), the
 * weekly mentor digest, the 成长寄语 reminder, late follow-ups, open matching rounds and surveys.
 * Each has a key (alert and stage, school and week, round …), so running it every few seconds, on
 * every replica, queues each exactly once.
 */
export async function queueScheduled(dataSource: DataSource, now: Date, seen: Set<string> = new Set()): Promise<void> {
  // What this process queued already need not be offered again (the outbox would refuse it anyway).
  const fresh = (await due(dataSource, now))
    .map((i) => ({ ...i, id: messageIdOf(i.schoolId, i.key) }))
    .filter((i) => !seen.has(i.id));
  if (!fresh.length) return;
  await dataSource.query(
    `INSERT INTO outbox_message (id, topic, school_id, payload, created_at)
     SELECT u.id, $2, u.school_id, u.payload, $3
       FROM unnest($1::uuid[], $4::uuid[], $5::jsonb[]) AS u(id, school_id, payload)
     ON CONFLICT (id) DO NOTHING`,
    [
      fresh.map((i) => i.id),
      NOTIFICATION_TOPIC,
      now,
      fresh.map((i) => i.schoolId),
      fresh.map((i) => JSON.stringify(i.event)),
    ],
  );
  if (seen.size > 100_000) seen.clear();
  for (const i of fresh) seen.add(i.id);
}
