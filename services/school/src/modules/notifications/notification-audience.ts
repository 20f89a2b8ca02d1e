import type { EntityManager } from 'typeorm';

import { DEFAULT_DUTY_RULES } from '../records/duty-rule.entity';
import { monthOf, termOf } from '../records/term';
import { chinaDay } from './quiet-hours';

type Q = Pick<EntityManager, 'query'>;

/**
 * Who is owed a personal message, and the counts it carries. Each is one statement for the whole
 * school; nothing here names a student, and each person learns only about their own work.
 */

export interface DutyDue {
  kind: string;
  period: string;
  students: number;
}

/** Per lead mentor: for each duty rule of the school, how many of their mentees have not met it yet. */
export async function dutiesDue(m: Q, schoolId: string, now: Date): Promise<Map<string, DutyDue[]>> {
  const own: { kind: string; period: string; min_count: number }[] = await m.query(
    'SELECT kind, period, min_count FROM duty_rule WHERE school_id = $1',
    [schoolId],
  );
  const rules = own.length ? own : DEFAULT_DUTY_RULES.map((r) => ({ ...r, min_count: r.minCount }));
  const term = termOf(now);
  const month = monthOf(now);
  const rows: { mentor_id: string; kind: string; period: string; students: number }[] = await m.query(
    `SELECT ms.mentor_id, r.kind, r.period, count(*)::int AS students
       FROM mentorship ms
       JOIN student s ON s.id = ms.student_id AND s.left_on IS NULL
      CROSS JOIN unnest($2::text[], $3::text[], $4::int[]) AS r(kind, period, min_count)
      WHERE ms.school_id = $1 AND ms.ended_on IS NULL AND ms.role = 'LEAD'
        AND (SELECT count(*) FROM record_student rs
              WHERE rs.student_id = ms.student_id AND rs.term = $5 AND rs.kind = r.kind
                AND (rs.kind <> 'WRITTEN_FEEDBACK' OR rs.published)
                AND (r.period = 'TERM' OR (rs.occurred_at >= $6 AND rs.occurred_at < $7))) < r.min_count
      GROUP BY ms.mentor_id, r.kind, r.period
      ORDER BY ms.mentor_id, r.kind, r.period`,
    [
      schoolId,
      rules.map((r) => r.kind),
      rules.map((r) => r.period),
      rules.map((r) => r.min_count),
      term.key,
      month.startsOn,
      month.endsBefore,
    ],
  );
  const byMentor = new Map<string, DutyDue[]>();
  for (const r of rows) {
    const due = { kind: r.kind, period: r.period, students: r.students };
    byMentor.set(r.mentor_id, [...(byMentor.get(r.mentor_id) ?? []), due]);
  }
  return byMentor;
}

/** Per lead mentor: mentees without a published 成长寄语 this term. */
export async function feedbackMissing(m: Q, schoolId: string, now: Date): Promise<Map<string, number>> {
  const rows: { mentor_id: string; n: number }[] = await m.query(
    `SELECT ms.mentor_id, count(*)::int AS n
       FROM mentorship ms JOIN student s ON s.id = ms.student_id AND s.left_on IS NULL
      WHERE ms.school_id = $1 AND ms.ended_on IS NULL AND ms.role = 'LEAD'
        AND NOT EXISTS (SELECT 1 FROM record_student rs
                         WHERE rs.student_id = ms.student_id AND rs.term = $2
                           AND rs.kind = 'WRITTEN_FEEDBACK' AND rs.published)
      GROUP BY ms.mentor_id`,
    [schoolId, termOf(now).key],
  );
  return new Map(rows.map((r) => [r.mentor_id, r.n]));
}

/** Per head teacher who recorded a 学情会商: its follow-up tasks past their due day and not done. */
export async function lateFollowUps(m: Q, schoolId: string, now: Date): Promise<Map<string, number>> {
  const rows: { head_teacher: string; n: number }[] = await m.query(
    `SELECT c.recorded_by AS head_teacher, count(*)::int AS n
       FROM consultation_task t JOIN case_consultation c ON c.id = t.consultation_id
      WHERE t.school_id = $1 AND t.done_at IS NULL AND t.due_on < $2::date
      GROUP BY c.recorded_by`,
    [schoolId, chinaDay(now)],
  );
  return new Map(rows.map((r) => [r.head_teacher, r.n]));
}
