import fc from 'fast-check';

import { priority } from './deferred-acceptance';
import { runMatch } from './match';
import type { MatchInput } from './types';

/** Random school-like instances: classrooms, mentors teaching some of them, ranked preferences. */
const instance = (options: { enoughCapacity?: boolean } = {}) =>
  fc
    .record({
      students: fc.integer({ min: 1, max: 60 }),
      mentors: fc.integer({ min: 1, max: 12 }),
      classrooms: fc.integer({ min: 1, max: 4 }),
      seed: fc.string({ minLength: 1, maxLength: 8 }),
      randomDraw: fc.boolean(),
      salt: fc.integer(),
    })
    .chain((shape) =>
      fc.record({
        shape: fc.constant(shape),
        capacities: fc.array(fc.integer({ min: options.enoughCapacity ? 5 : 0, max: 15 }), {
          minLength: shape.mentors,
          maxLength: shape.mentors,
        }),
        teaches: fc.array(
          fc.uniqueArray(fc.integer({ min: 0, max: shape.classrooms - 1 }), {
            minLength: options.enoughCapacity ? 1 : 0,
            maxLength: shape.classrooms,
          }),
          { minLength: shape.mentors, maxLength: shape.mentors },
        ),
        prefs: fc.array(
          fc.uniqueArray(fc.integer({ min: 0, max: shape.mentors - 1 }), { maxLength: Math.min(10, shape.mentors) }),
          { minLength: shape.students, maxLength: shape.students },
        ),
        accepts: fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: shape.mentors - 1 }),
            fc.integer({ min: 0, max: shape.students - 1 }),
            fc.boolean(),
          ),
          { maxLength: 20 },
        ),
      }),
    )
    .map(({ shape, capacities, teaches, prefs, accepts }): MatchInput => {
      const students = prefs.map((p, i) => ({
        id: `s${i}`,
        classroomId: `c${i % shape.classrooms}`,
        preferences: p.map((m) => `m${m}`),
      }));
      const mentors = capacities.map((capacity, i) => ({
        id: `m${i}`,
        capacity,
        teaches: new Set(teaches[i].map((c) => `c${c}`)),
        accepted: new Set(accepts.filter(([m, , yes]) => m === i && yes).map(([, s]) => `s${s}`)),
        declined: new Set(accepts.filter(([m, , yes]) => m === i && !yes).map(([, s]) => `s${s}`)),
      }));
      if (options.enoughCapacity) {
        // Make sure every classroom has a teacher and total room covers everyone.
        mentors[0].teaches = new Set(Array.from({ length: shape.classrooms }, (_, c) => `c${c}`));
        mentors[0].capacity = Math.max(mentors[0].capacity, students.length);
        for (const m of mentors) m.declined = new Set();
      }
      return { students, mentors, seed: `${shape.seed}${shape.salt}`, randomDraw: shape.randomDraw };
    });

describe('matching algorithm (property-based over random instances)', () => {
  it('never gives a mentor more students than their capacity', () => {
    fc.assert(
      fc.property(instance(), (input) => {
        const result = runMatch(input);
        const load = new Map<string, number>();
        for (const a of result.assignments) load.set(a.mentorId, (load.get(a.mentorId) ?? 0) + 1);
        for (const m of input.mentors) expect(load.get(m.id) ?? 0).toBeLessThanOrEqual(m.capacity);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no blocking pair after the preference phase (stable)', () => {
    fc.assert(
      fc.property(instance(), (input) => {
        const result = runMatch(input);
        expect(result.blockingPairs).toBe(0);
        // Brute force from the published assignments, not the algorithm's own state.
        const fromPreferences = result.assignments.filter((a) => a.phase === 'PREFERENCE');
        const matchOf = new Map(fromPreferences.map((a) => [a.studentId, a.mentorId]));
        const studentsOf = (m: string) => input.students.filter((s) => matchOf.get(s.id) === m);
        for (const s of input.students) {
          for (const mentorId of s.preferences) {
            if (mentorId === matchOf.get(s.id)) break;
            const m = input.mentors.find((x) => x.id === mentorId)!;
            const mine = priority(m, s, input.seed);
            if (mine === null || m.capacity === 0) continue;
            const held = studentsOf(m.id);
            const wouldTake = held.length < m.capacity || held.some((t) => priority(m, t, input.seed)! > mine);
            expect({ student: s.id, mentor: m.id, wouldTake }).toEqual({
              student: s.id,
              mentor: m.id,
              wouldTake: false,
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches every student exactly once, or reports them unmatched with a reason', () => {
    fc.assert(
      fc.property(instance(), (input) => {
        const result = runMatch(input);
        const ids = [...result.assignments.map((a) => a.studentId), ...result.unmatched.map((u) => u.studentId)].sort();
        expect(ids).toEqual(input.students.map((s) => s.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('matches every student whenever capacity suffices and the class fill can reach them', () => {
    fc.assert(
      fc.property(instance({ enoughCapacity: true }), (input) => {
        expect(runMatch(input).unmatched).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never pairs a student with a mentor who declined them', () => {
    fc.assert(
      fc.property(instance(), (input) => {
        const mentors = new Map(input.mentors.map((m) => [m.id, m]));
        for (const a of runMatch(input).assignments)
          expect(mentors.get(a.mentorId)!.declined.has(a.studentId)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same seed', () => {
    fc.assert(
      fc.property(instance(), (input) => {
        expect(runMatch(input)).toEqual(
          runMatch({ ...input, students: [...input.students].reverse(), mentors: [...input.mentors].reverse() }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('prefers students the mentor accepted, then students they teach, over the lottery', () => {
    const base = { classroomId: 'c1', preferences: ['m1'] };
    const input: MatchInput = {
      students: [
        { id: 'stranger', ...base, classroomId: 'c9' },
        { id: 'taught', ...base },
        { id: 'accepted', ...base, classroomId: 'c9' },
      ],
      mentors: [
        { id: 'm1', capacity: 2, accepted: new Set(['accepted']), declined: new Set(), teaches: new Set(['c1']) },
      ],
      seed: 'x',
      randomDraw: false,
    };
    const result = runMatch(input);
    expect(result.assignments.map((a) => a.studentId).sort()).toEqual(['accepted', 'taught']);
    expect(result.unmatched).toEqual([{ studentId: 'stranger', reason: 'PREFERENCES_EXHAUSTED' }]);
  });

  it('fills by class, least-loaded teacher first, then draws at random only when asked', () => {
    const mentors = [
      { id: 'a', capacity: 2, accepted: new Set<string>(), declined: new Set<string>(), teaches: new Set(['c1']) },
      { id: 'b', capacity: 2, accepted: new Set<string>(), declined: new Set<string>(), teaches: new Set(['c1']) },
      { id: 'z', capacity: 5, accepted: new Set<string>(), declined: new Set<string>(), teaches: new Set<string>() },
    ];
    const students = ['1', '2', '3', '4', '5'].map((id) => ({ id, classroomId: 'c1', preferences: [] }));
    const noDraw = runMatch({ students, mentors, seed: 's', randomDraw: false });
    expect(noDraw.assignments.filter((a) => a.phase === 'CLASS_FILL')).toHaveLength(4);
    expect(noDraw.unmatched).toEqual([{ studentId: expect.any(String), reason: 'NO_PREFERENCES' }]);
    const withDraw = runMatch({ students, mentors, seed: 's', randomDraw: true });
    expect(withDraw.assignments.find((a) => a.phase === 'RANDOM_DRAW')?.mentorId).toBe('z');
    expect(withDraw.unmatched).toEqual([]);
  });
});
