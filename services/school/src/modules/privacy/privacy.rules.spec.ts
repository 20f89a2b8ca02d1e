import { type Principal, Role } from '@mentorship/auth';
import type { IRule } from 'graphql-shield';

import * as rules from './privacy.rules';

/** What shield calls: Rule.resolve with its options (the hash function only 'strict' uses). */
const verdict = (r: IRule, parent: object, ctx: object) =>
  (r as unknown as { resolve: (...a: unknown[]) => Promise<unknown> }).resolve(
    parent,
    {},
    ctx,
    {},
    { debug: false, hashFunction: JSON.stringify },
  );

const caller = (p: Partial<Principal>, mentees: string[] = []) => ({
  _shield: { cache: {} },
  principal: { personId: 't1', districtId: 'd', schoolId: 's', role: Role.MENTOR, ...p },
  mentees: {
    isMentorOf: async (id: string) => mentees.includes(id),
    isMentorOfAny: async (ids: readonly string[]) => ids.some((id) => mentees.includes(id)),
  },
});

describe('the privacy rules (shield)', () => {
  it(
    'are never cached by shield: every one reads its parent, and contextual caching would reuse one ' +
      "parent's verdict for the next",
    () => {
      const all = Object.entries(rules) as [string, { cache?: unknown }][];
      expect(all.length).toBeGreaterThanOrEqual(8);
      for (const [name, r] of all) expect([name, r.cache]).toEqual([name, 'no_cache']);
    },
  );

  it('decide each parent of one request on its own, in any order', async () => {
    const lead = caller({ role: Role.GRADE_LEAD, gradeId: 'g1' });
    expect(await verdict(rules.leaderOfGrade, { id: 'g1' }, lead)).toBe(true);
    expect(await verdict(rules.leaderOfGrade, { id: 'g2' }, lead)).toBe(false);
    expect(await verdict(rules.leaderOfClassroom, { id: 'c9', gradeId: 'g2' }, lead)).toBe(false);
    expect(await verdict(rules.leaderOfClassroom, { id: 'c1', gradeId: 'g1' }, lead)).toBe(true);
    const head = caller({ role: Role.HEAD_TEACHER, classroomId: 'c1' });
    expect(await verdict(rules.leaderOfClassroom, { id: 'c1', gradeId: 'g1' }, head)).toBe(true);
    expect(await verdict(rules.leaderOfClassroom, { id: 'c2', gradeId: 'g1' }, head)).toBe(false);
    const mentor = caller({}, ['st1']);
    expect(await verdict(rules.mentorOfStudent, { id: 'st1' }, mentor)).toBe(true);
    expect(await verdict(rules.mentorOfStudent, { id: 'st2' }, mentor)).toBe(false);
    expect(await verdict(rules.mentorOfSubject, { studentId: 'st2' }, mentor)).toBe(false);
    expect(await verdict(rules.mentorOfRecord, { studentIds: ['st2', 'st1'] }, mentor)).toBe(true);
    expect(await verdict(rules.crisisDetailReader, { studentId: 'st2' }, mentor)).toBe(false);
    expect(await verdict(rules.taskReader, { ownerId: 'someone else' }, mentor)).toBe(false);
    expect(await verdict(rules.taskReader, { ownerId: 't1' }, mentor)).toBe(true);
  });
});
