import { entityColumns, entityFromRow } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { Student } from '../roster/student.entity';
import { DEFAULT_DUTY_RULES } from './duty-rule.entity';
import { DutyPeriod, RecordKind } from './record-kind';

export interface PendingDuty {
  studentId: string;
  /** The lead mentee, read in the same statement (directory facts), so a caller need not load it again. */
  student: Student;
  kind: RecordKind;
  period: DutyPeriod;
  required: number;
  done: number;
}

/** The rules until a school sets its own, in the order the school's own are read (kind, then period). */
const defaults = [...DEFAULT_DUTY_RULES].sort(
  (a, b) => a.kind.localeCompare(b.kind) || a.period.localeCompare(b.period),
);

/**
 * Per lead mentee ($1 mentor, $2 school) and rule of the school (or the defaults $6..$8 when it has none): the
 * records this term ($3) or this month ($4..$5), where fewer than the rule asks. An unpublished 成长寄语 does
 * not count yet. Rules and counts in one statement: one round trip, however many mentees.
 */
const pendingDutiesSql = (studentColumns: string) => `WITH own_rule AS (
   SELECT kind, period, min_count::int AS min_count FROM duty_rule WHERE school_id = $2),
 rule AS (
   SELECT kind, period, min_count FROM own_rule
   UNION ALL SELECT * FROM unnest($6::text[], $7::text[], $8::int[]) AS d(kind, period, min_count)
    WHERE NOT EXISTS (SELECT 1 FROM own_rule)),
 mentee AS (
   SELECT s.* FROM student s WHERE s.school_id = $2 AND s.left_on IS NULL
      AND s.id IN (SELECT ms.student_id FROM mentorship ms WHERE ms.mentor_id = $1 AND ms.school_id = $2
                   AND ms.ended_on IS NULL AND ms.role = 'LEAD')),
 counted AS (
   SELECT rs.student_id, rs.kind,
          count(*) FILTER (WHERE rs.kind <> 'WRITTEN_FEEDBACK' OR rs.published)::int AS term_n,
          count(*) FILTER (WHERE rs.occurred_at >= $4 AND rs.occurred_at < $5 AND (rs.kind <> 'WRITTEN_FEEDBACK' OR
            rs.published))::int AS month_n
     FROM record_student rs WHERE rs.student_id IN (SELECT id FROM mentee) AND rs.term = $3
    GROUP BY rs.student_id, rs.kind)
SELECT r.kind, r.period, r.min_count AS required, x.done, ${studentColumns}
  FROM mentee m CROSS JOIN rule r
  LEFT JOIN counted c ON c.student_id = m.id AND c.kind = r.kind
 CROSS JOIN LATERAL (SELECT coalesce(CASE WHEN r.period = 'TERM' THEN c.term_n ELSE c.month_n END, 0) AS done) x
 WHERE x.done < r.min_count
 ORDER BY m.student_number, r.kind, r.period`;

/** Each rule not yet met for each of the mentor's lead mentees, by student number, then kind and period. */
export async function pendingDutiesOf(
  dataSource: DataSource,
  mentorId: string,
  schoolId: string,
  term: string,
  month: { startsOn: Date; endsBefore: Date },
): Promise<PendingDuty[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    pendingDutiesSql(entityColumns(dataSource, Student, 'm', 's_')),
    [
      mentorId,
      schoolId,
      term,
      month.startsOn,
      month.endsBefore,
      defaults.map((r) => r.kind),
      defaults.map((r) => r.period),
      defaults.map((r) => r.minCount),
    ],
  );
  return rows.map((row) => {
    const student = entityFromRow(dataSource, Student, row, 's_')!;
    return {
      studentId: student.id,
      student,
      kind: row.kind as RecordKind,
      period: row.period as DutyPeriod,
      required: row.required as number,
      done: row.done as number,
    };
  });
}
