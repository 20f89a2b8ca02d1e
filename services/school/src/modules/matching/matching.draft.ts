import { bulkInsert } from '@mentorship/db';
import type { EntityManager } from 'typeorm';

import type { MatchInput, MatchResult } from './algorithm';
import { roundStudents } from './matching.rounds';
import { MatchingOutcome } from './matching-outcome.entity';
import type { MatchingRound } from './matching-round.entity';

/** The match's input as the round stands: its students and their preferences, its mentors' room and decisions. */
export async function readMatchInput(m: EntityManager, round: MatchingRound): Promise<MatchInput> {
  const students = await roundStudents(m, round).select(['s.id', 's.classroomId']).getMany();
  const prefs: { student_id: string; teacher_id: string }[] = await m.query(
    'SELECT student_id, teacher_id FROM mentor_preference WHERE round_id = $1 ORDER BY student_id, rank',
    [round.id],
  );
  const decisions: { teacher_id: string; student_id: string; accepted: boolean }[] = await m.query(
    'SELECT teacher_id, student_id, accepted FROM mentor_decision WHERE round_id = $1',
    [round.id],
  );
  const mentors: { teacher_id: string; capacity: number; other_load: number; classrooms: string[] | null }[] =
    await m.query(
      `SELECT rm.teacher_id, least(rm.capacity, $2::int) AS capacity,
            (SELECT count(*)::int FROM mentorship ms JOIN school sc ON sc.id = ms.school_id
              WHERE ms.mentor_id = rm.teacher_id AND ms.ended_on IS NULL
                AND (sc.supporting_counts_toward_load OR ms.role = 'LEAD')
                -- what publishing keeps: everything but the round's students' LEADs and last years' pairings
                AND NOT (ms.student_id = ANY($4) AND (ms.academic_year <> $3 OR ms.role = 'LEAD'))) AS other_load,
            (SELECT array_agg(DISTINCT ta.classroom_id) FROM teaching_assignment ta WHERE ta.teacher_id =
              rm.teacher_id) AS classrooms
       FROM matching_round_mentor rm WHERE rm.round_id = $1`,
      [round.id, round.cap, round.academicYear, students.map((s) => s.id)],
    );
  const prefsOf = new Map<string, string[]>();
  for (const p of prefs) prefsOf.set(p.student_id, [...(prefsOf.get(p.student_id) ?? []), p.teacher_id]);
  return {
    seed: round.seed,
    randomDraw: round.randomDraw,
    students: students.map((s) => ({ id: s.id, classroomId: s.classroomId, preferences: prefsOf.get(s.id) ?? [] })),
    mentors: mentors.map((x) => ({
      id: x.teacher_id,
      // Mentorships that publishing keeps (other grades, supporting roles) already use some of the room.
      capacity: Math.max(0, x.capacity - x.other_load),
      teaches: new Set(x.classrooms ?? []),
      accepted: new Set(decisions.filter((d) => d.teacher_id === x.teacher_id && d.accepted).map((d) => d.student_id)),
      declined: new Set(decisions.filter((d) => d.teacher_id === x.teacher_id && !d.accepted).map((d) => d.student_id)),
    })),
  };
}

/** Replaces the round's draft with the match's result, one row per student. */
export async function writeDraft(m: EntityManager, round: MatchingRound, result: MatchResult): Promise<void> {
  await m.delete(MatchingOutcome, { roundId: round.id });
  const rows = [
    ...result.assignments.map((a) => ({
      studentId: a.studentId,
      teacherId: a.mentorId as string | null,
      phase: a.phase as string | null,
      rank: a.rank,
      reason: null as string | null,
    })),
    ...result.unmatched.map((u) => ({
      studentId: u.studentId,
      teacherId: null,
      phase: null,
      rank: null,
      reason: u.reason as string,
    })),
  ];
  await bulkInsert(
    m,
    'matching_outcome',
    [
      { name: 'round_id', type: 'uuid', value: () => round.id },
      { name: 'student_id', type: 'uuid', value: (r) => r.studentId },
      { name: 'school_id', type: 'uuid', value: () => round.schoolId },
      { name: 'teacher_id', type: 'uuid', value: (r) => r.teacherId },
      { name: 'phase', type: 'text', value: (r) => r.phase },
      { name: 'rank', type: 'smallint', value: (r) => r.rank },
      { name: 'unmatched_reason', type: 'text', value: (r) => r.reason },
    ],
    rows,
  );
}
