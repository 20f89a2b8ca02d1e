import { forbidden, Role } from '@mentorship/auth';
import { notFound } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { parseTerm, termOf } from '../records/term';
import { trainingOfTeachers } from '../term-close/district-link';

export interface GrowthTermRecord {
  term: string;
  mentees: number;
  leadMentees: number;
  /** Records the teacher wrote in the term, by kind (published 成长寄语 only; 个案分析 for the teacher only). */
  duties: Record<string, number>;
  dutiesTotal: number;
  trainingHours: number;
  trainingCourses: number;
  statusChanges: { from: string; to: string; at: Date }[];
  evaluation: { total: number; level: string } | null;
  recognitionRanks: number[];
}

const KINDS = [
  'HOME_VISIT',
  'TALK',
  'WRITTEN_FEEDBACK',
  'GROUP_ACTIVITY',
  'PARENT_CONTACT',
  'CASE_ANALYSIS',
  'OPTIONAL_ACTION',
];
/**
 * 个案分析 are written about students in difficulty: a count per mentor and term, read by the admin
 * of a mentor with one or two mentees, would say which child had one. Only the teacher sees theirs.
 */
const OWN_EYES_ONLY = 'CASE_ANALYSIS';
const nextTerm = (key: string) => termOf(parseTerm(key)!.endsBefore).key;

/** 导师成长轨迹: a teacher's record term by term, for the teacher and their school admin only. */
export class GrowthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  async record(
    teacherId: string,
  ): Promise<{ teacher: { name: string; staffNumber: string }; terms: GrowthTermRecord[] }> {
    const p = this.caller.principal;
    const mayRead = p.schoolId && (p.role === Role.SCHOOL_ADMIN || p.personId === teacherId);
    if (!mayRead) throw forbidden('A growth record is read by the teacher and their school admin.');
    const [teacher] = await this.dataSource.query(
      'SELECT name, staff_number FROM teacher WHERE id = $1 AND school_id = $2',
      [teacherId, p.schoolId],
    );
    if (!teacher) throw notFound('Teacher');
    const args = [teacherId, p.schoolId];
    const [spans, records, results, changes, recognitions] = (await Promise.all([
      this.dataSource.query(
        `SELECT student_id, role, started_on::text AS started_on, ended_on::text AS ended_on FROM mentorship
         WHERE mentor_id = $1 AND school_id = $2`,
        args,
      ),
      this.dataSource.query(
        `SELECT term, kind, count(*)::int AS n FROM mentor_record WHERE author_id = $1 AND school_id = $2
         AND (kind <> 'WRITTEN_FEEDBACK' OR published_at IS NOT NULL) GROUP BY term, kind`,
        args,
      ),
      this.dataSource.query(
        `SELECT term, total, level FROM evaluation_result WHERE teacher_id = $1 AND school_id = $2`,
        args,
      ),
      this.dataSource.query(
        `SELECT from_status, to_status, at FROM mentor_status_change WHERE teacher_id = $1 AND school_id = $2
         ORDER BY at`,
        args,
      ),
      this.dataSource.query(
        `SELECT term, (e->>'rank')::int AS rank FROM recognition, jsonb_array_elements(entries) e WHERE school_id = $2
         AND status = 'PUBLISHED' AND e->>'teacherId' = $1::text`,
        args,
      ),
    ])) as [any[], any[], any[], any[], any[]];
    const training = (
      await trainingOfTeachers(this.caller.district, p.schoolId!, [
        { id: teacherId, staffNumber: teacher.staff_number },
      ])
    ).get(teacherId)!;
    const current = termOf(this.now()).key;
    const starts = [
      ...spans.map((s) => termOf(new Date(s.started_on)).key),
      ...records.map((r) => r.term),
      ...results.map((r) => r.term),
      ...changes.map((c) => termOf(c.at).key),
      ...training.completions.map((c) => termOf(new Date(c.completedOn)).key),
    ]
      .filter((t) => t <= current)
      .sort();
    const terms: GrowthTermRecord[] = [];
    for (let key = starts[0]; key && key <= current; key = nextTerm(key)) {
      const span = parseTerm(key)!;
      const [from, to] = [span.startsOn.toISOString().slice(0, 10), span.endsBefore.toISOString().slice(0, 10)];
      const active = spans.filter((s) => s.started_on < to && (s.ended_on === null || s.ended_on >= from));
      const kinds = p.personId === teacherId ? KINDS : KINDS.filter((k) => k !== OWN_EYES_ONLY);
      const duties = Object.fromEntries(
        kinds.map((k) => [k, records.find((r) => r.term === key && r.kind === k)?.n ?? 0]),
      );
      const passed = training.completions.filter((c) => c.passed && c.completedOn >= from && c.completedOn < to);
      const result = results.find((r) => r.term === key);
      terms.push({
        term: key,
        mentees: new Set(active.map((s) => s.student_id)).size,
        leadMentees: new Set(active.filter((s) => s.role === 'LEAD').map((s) => s.student_id)).size,
        duties,
        dutiesTotal: Object.values(duties).reduce((a, b) => a + b, 0),
        trainingHours: passed.reduce((s, c) => s + c.hours, 0),
        trainingCourses: passed.length,
        statusChanges: changes
          .filter((c) => termOf(c.at).key === key)
          .map((c) => ({ from: c.from_status, to: c.to_status, at: c.at })),
        evaluation: result ? { total: Number(result.total), level: result.level } : null,
        recognitionRanks: recognitions.filter((r) => r.term === key).map((r) => r.rank),
      });
    }
    return { teacher: { name: teacher.name, staffNumber: teacher.staff_number }, terms };
  }
}
