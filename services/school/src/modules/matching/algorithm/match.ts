import { Random } from '@mentorship/demo-data';

import { countBlockingPairs, deferredAcceptance, lottery } from './deferred-acceptance';
import type { MatchInput, MatchResult, UnmatchedReason } from './types';

/**
 * 匹配: preference phase (deferred acceptance), then class-based fill (teachers of the
 * student's classroom with room, least-loaded first), then the optional random draw. Pure and
 * deterministic: the same input and seed always give the same result. Capacities are never
 * exceeded.
 */
export function runMatch(unordered: MatchInput): MatchResult {
  // Canonical order first, so the result depends on the data and the seed, not on list order.
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const input = {
    ...unordered,
    students: [...unordered.students].sort(byId),
    mentors: [...unordered.mentors].sort(byId),
  };
  const phase = deferredAcceptance(input);
  const blockingPairs = countBlockingPairs(input, phase);
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  const load = new Map(input.mentors.map((m) => [m.id, phase.held.get(m.id)!.length]));
  const room = (mentorId: string) => mentors.get(mentorId)!.capacity - load.get(mentorId)!;
  const assignments: MatchResult['assignments'] = [];
  for (const s of input.students) {
    const mentorId = phase.matchOf.get(s.id);
    if (mentorId)
      assignments.push({ studentId: s.id, mentorId, phase: 'PREFERENCE', rank: s.preferences.indexOf(mentorId) + 1 });
  }

  // Students left over, in lottery order so nobody is favoured by their position in a list.
  const left = input.students
    .filter((s) => !phase.matchOf.has(s.id))
    .sort((a, b) => lottery(input.seed, a.id) - lottery(input.seed, b.id));
  const byClassroom = new Map<string, string[]>();
  for (const m of input.mentors) for (const c of m.teaches) byClassroom.set(c, [...(byClassroom.get(c) ?? []), m.id]);
  const stillLeft = [];
  for (const s of left) {
    const candidates = (byClassroom.get(s.classroomId) ?? []).filter(
      (m) => room(m) > 0 && !mentors.get(m)!.declined.has(s.id),
    );
    if (candidates.length === 0) {
      stillLeft.push(s);
      continue;
    }
    const mentorId = candidates.reduce((best, m) =>
      load.get(m)! < load.get(best)! || (load.get(m)! === load.get(best)! && m < best) ? m : best,
    );
    load.set(mentorId, load.get(mentorId)! + 1);
    const rank = s.preferences.indexOf(mentorId);
    assignments.push({ studentId: s.id, mentorId, phase: 'CLASS_FILL', rank: rank >= 0 ? rank + 1 : null });
  }

  const unmatched: MatchResult['unmatched'] = [];
  const rng = new Random(`${input.seed}/draw`);
  for (const s of stillLeft) {
    const open = input.mentors.filter((m) => room(m.id) > 0 && !m.declined.has(s.id));
    if (input.randomDraw && open.length > 0) {
      const mentor = rng.pick(open);
      load.set(mentor.id, load.get(mentor.id)! + 1);
      const rank = s.preferences.indexOf(mentor.id);
      assignments.push({
        studentId: s.id,
        mentorId: mentor.id,
        phase: 'RANDOM_DRAW',
        rank: rank >= 0 ? rank + 1 : null,
      });
      continue;
    }
    const reason: UnmatchedReason = input.randomDraw
      ? 'NO_CAPACITY_LEFT'
      : s.preferences.length
        ? 'PREFERENCES_EXHAUSTED'
        : 'NO_PREFERENCES';
    unmatched.push({ studentId: s.id, reason });
  }
  return { assignments, unmatched, blockingPairs };
}
