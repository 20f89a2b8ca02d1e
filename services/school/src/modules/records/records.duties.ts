import type { DutyRule } from './duty-rule.entity';
import { DutyPeriod, RecordKind } from './record-kind';

export interface PendingDuty {
  studentId: string;
  kind: RecordKind;
  period: DutyPeriod;
  required: number;
  done: number;
}

export interface DutyCountRow {
  student_id: string;
  kind: RecordKind | null;
  term_n: number;
  month_n: number;
}

/**
 * Per lead mentee and kind: records this term and this month ($4..$5). An unpublished 成长寄语
 * does not count yet. Rows come in student-number order, one with a null kind for a mentee without records.
 */
export const DUTY_COUNTS_SQL = `SELECT ms.student_id, rs.kind,
      count(rs.record_id) FILTER (WHERE rs.kind <> 'WRITTEN_FEEDBACK' OR rs.published)::int AS term_n,
      count(rs.record_id)
        FILTER (WHERE rs.occurred_at >= $4 AND rs.occurred_at < $5 AND (rs.kind <> 'WRITTEN_FEEDBACK' OR
        rs.published))::int AS month_n
 FROM mentorship ms
 JOIN student s ON s.id = ms.student_id
 LEFT JOIN record_student rs ON rs.student_id = ms.student_id AND rs.term = $3
WHERE ms.mentor_id = $1 AND ms.school_id = $2 AND ms.ended_on IS NULL AND ms.role = 'LEAD' AND s.left_on IS NULL
GROUP BY ms.student_id, rs.kind, s.student_number
ORDER BY s.student_number`;

/** Each rule not yet met for each mentee, in the rows' student order. */
export function pendingDutiesFrom(rules: DutyRule[], rows: DutyCountRow[]): PendingDuty[] {
  const students: string[] = [];
  const counts = new Map<string, { term: number; month: number }>();
  for (const r of rows) {
    if (!students.includes(r.student_id)) students.push(r.student_id);
    if (r.kind) counts.set(`${r.student_id}/${r.kind}`, { term: r.term_n, month: r.month_n });
  }
  const pending: PendingDuty[] = [];
  for (const studentId of students) {
    for (const rule of rules) {
      const c = counts.get(`${studentId}/${rule.kind}`) ?? { term: 0, month: 0 };
      const done = rule.period === DutyPeriod.TERM ? c.term : c.month;
      if (done < rule.minCount)
        pending.push({ studentId, kind: rule.kind, period: rule.period, required: rule.minCount, done });
    }
  }
  return pending;
}
