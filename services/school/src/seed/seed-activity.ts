import type { EntityManager } from 'typeorm';

import { termOf } from '../modules/records';

/**
 * A term's worth of mentors' work for one school, up to `now`, written set-based (one statement
 * per kind of data) so 300,000 students take seconds. Deterministic: every choice is a hash of
 * the pairing, not a random draw, so the same roster gives the same records.
 */
export async function seedSchoolActivity(m: EntityManager, schoolId: string, now: Date): Promise<void> {
  const term = termOf(now);
  const from = term.startsOn;
  const until = now < term.endsBefore ? now : new Date(term.endsBefore.getTime() - 1);
  // chance(x) in [0, 1), stable per text.
  const chance = (text: string) => `((hashtext(${text}) & 2147483647)::float8 / 2147483648)`;
  await m.query(
    `WITH kinds(kind, p, content, contact) AS (VALUES
        ('HOME_VISIT', 0.55, '家访：了解学生家庭学习环境，与家长交流近期表现。', NULL),
        ('TALK', 0.85, '谈心谈话：聊了学习计划与同伴关系。', NULL),
        ('WRITTEN_FEEDBACK', 0.25, '成长寄语：这学期你在坚持和专注上进步明显，继续加油！', NULL),
        ('PARENT_CONTACT', 0.7, '家长联系：沟通作息与作业情况。', 'PHONE'),
        ('OPTIONAL_ACTION', 0.3, '自选动作：共读一本书。', NULL)),
     src AS (
       SELECT md5(ms.id::text || k.kind)::uuid AS id, ms.school_id, ms.student_id, ms.mentor_id, k.kind, k.content,
         k.contact,
              $2::timestamptz + (${chance("ms.id::text || k.kind || 'when'")} * ($3::timestamptz - $2::timestamptz))
                AS occurred_at
         FROM mentorship ms CROSS JOIN kinds k
        WHERE ms.school_id = $1 AND ms.role = 'LEAD' AND ms.ended_on IS NULL
          AND ${chance('ms.id::text || k.kind')} < k.p),
     records AS (
       INSERT INTO mentor_record (id, school_id, kind, author_id, occurred_at, term, content, contact_method,
         optional_action, published_at, idempotency_key, request_hash, created_at)
       SELECT id, school_id, kind, mentor_id, occurred_at, $4, content, contact, CASE WHEN kind = 'OPTIONAL_ACTION'
         THEN '共读一本书' END,
              CASE WHEN kind = 'WRITTEN_FEEDBACK' THEN occurred_at END, 'seed-' || id, 'seed', occurred_at FROM src)
     INSERT INTO record_student (record_id, student_id, school_id, kind, term, occurred_at, published)
     SELECT id, student_id, school_id, kind, $4, occurred_at, kind = 'WRITTEN_FEEDBACK' FROM src`,
    [schoolId, from, until, term.key],
  );
  const categories = [
    'ECONOMIC_HARDSHIP',
    'AFFLUENT',
    'LEARNING_DIFFICULTY',
    'HIGH_ACHIEVER',
    'SINGLE_PARENT_OR_ORPHAN',
    'NON_LOCAL',
    'DISABILITY_INCLUSION',
    'LEFT_BEHIND',
    'MIGRANT_WORKER_CHILD',
    'BEHAVIOURAL',
    'PSYCHOLOGICAL',
  ];
  await m.query(
    `INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at)
     SELECT ms.student_id, ($2::text[])[1 + (hashtext(ms.student_id::text || 'category') & 2147483647) % 11],
       ms.school_id, ms.mentor_id, $3
       FROM mentorship ms WHERE ms.school_id = $1 AND ms.role = 'LEAD' AND ms.ended_on IS NULL
         AND ${chance("ms.student_id::text || 'attention'")} < 0.08`,
    [schoolId, categories, from],
  );
  await m.query(
    `WITH src AS (
       SELECT md5(ms.id::text || 'crisis')::uuid AS id, ms.school_id, ms.student_id, ms.mentor_id,
              $2::timestamptz + (${chance("ms.id::text || 'crisis-when'")} * ($3::timestamptz - $2::timestamptz)) AS at,
              ${chance("ms.id::text || 'crisis-state'")} AS state
         FROM mentorship ms WHERE ms.school_id = $1 AND ms.role = 'LEAD' AND ms.ended_on IS NULL
           AND ${chance("ms.id::text || 'crisis'")} < 0.002),
     alerts AS (
       INSERT INTO crisis_alert (id, school_id, student_id, raised_by, level, status, description, reported_at,
         picked_up_at, idempotency_key)
       SELECT id, school_id, student_id, mentor_id, CASE WHEN state < 0.5 THEN 'MODERATE' ELSE 'HIGH' END,
              CASE WHEN state < 0.6 THEN 'CLOSED' WHEN state < 0.9 THEN 'ASSESSING' ELSE 'REPORTED' END,
              '情绪持续低落，需要心理老师评估。', at, CASE WHEN state < 0.9 THEN at + interval '3 hours' END, 'seed-' || id FROM src)
     INSERT INTO crisis_alert_event (id, alert_id, school_id, status, actor_id, at, note)
     SELECT md5(id::text || 'reported')::uuid, id, school_id, 'REPORTED', mentor_id, at, NULL FROM src`,
    [schoolId, from, until],
  );
}
