import type { MatchInput, MatchMentor, MatchStudent } from './types';

/** One 32-bit lottery number per student and seed (FNV-1a): reproducible, independent of order. */
export function lottery(seed: string, studentId: string): number {
  let h = 0x811c9dc5;
  const text = `${seed}:${studentId}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A mentor's priority over students, smaller is better: students they accepted, then students
 * they teach, then the lottery. Returns null when the mentor declined the student.
 */
export function priority(mentor: MatchMentor, student: MatchStudent, seed: string): number | null {
  if (mentor.declined.has(student.id)) return null;
  const tier = mentor.accepted.has(student.id) ? 0 : mentor.teaches.has(student.classroomId) ? 1 : 2;
  return tier * 2 ** 32 + lottery(seed, student.id);
}

export interface PreferencePhase {
  /** mentor id → students held, best priority first. */
  held: Map<string, { student: MatchStudent; priority: number }[]>;
  /** student id → mentor id. */
  matchOf: Map<string, string>;
}

/**
 * Student-proposing deferred acceptance with capacities. The outcome is stable and the best
 * stable outcome for every student: no student can gain by misreporting their ranking.
 */
export function deferredAcceptance(input: MatchInput): PreferencePhase {
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  const held = new Map<string, { student: MatchStudent; priority: number }[]>(input.mentors.map((m) => [m.id, []]));
  const next = new Map<string, number>(); // student id → index of the next mentor to propose to
  const free = input.students.filter((s) => s.preferences.length > 0);
  while (free.length > 0) {
    const student = free.pop()!;
    const index = next.get(student.id) ?? 0;
    if (index >= student.preferences.length) continue; // exhausted: left for the fill phases
    next.set(student.id, index + 1);
    const mentor = mentors.get(student.preferences[index]);
    const rank = mentor ? priority(mentor, student, input.seed) : null;
    if (!mentor || rank === null || mentor.capacity <= 0) {
      free.push(student);
      continue;
    }
    const list = held.get(mentor.id)!;
    let at = list.findIndex((h) => h.priority > rank);
    if (at < 0) at = list.length;
    list.splice(at, 0, { student, priority: rank });
    if (list.length > mentor.capacity) free.push(list.pop()!.student);
  }
  const matchOf = new Map<string, string>();
  for (const [mentorId, list] of held) for (const h of list) matchOf.set(h.student.id, mentorId);
  return { held, matchOf };
}

/**
 * Pairs (student, mentor) where the student ranked the mentor above what they got and the
 * mentor would take them: has room, or holds someone of lower priority. 0 means stable.
 */
export function countBlockingPairs(input: MatchInput, phase: PreferencePhase): number {
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  let blocking = 0;
  for (const student of input.students) {
    const current = phase.matchOf.get(student.id);
    for (const mentorId of student.preferences) {
      if (mentorId === current) break; // only mentors ranked above the match can block
      const mentor = mentors.get(mentorId);
      if (!mentor || mentor.capacity <= 0) continue;
      const rank = priority(mentor, student, input.seed);
      if (rank === null) continue;
      const list = phase.held.get(mentorId)!;
      if (list.length < mentor.capacity || list[list.length - 1].priority > rank) blocking += 1;
    }
  }
  return blocking;
}
