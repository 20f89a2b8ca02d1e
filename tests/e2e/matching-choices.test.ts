import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, expectNoGraphQLErrors } from '@mentorship/testing';

import { type TestPlatform } from '../support/platform';
import { matchingCalls, roundInput, startMatchingPlatform } from './matching-setup';

describe('mentor matching through the gateway: open a round, choose, accept', () => {
  let p: TestPlatform;
  let roundId: string;
  let gradeId: string;
  let studentId: string;
  let eligible: { id: string; name: string }[];
  const { admin, gql } = matchingCalls(() => p);

  beforeAll(async () => {
    ({ p, studentId, gradeId } = await startMatchingPlatform());
  });
  afterAll(() => p?.stop());

  it('a school admin opens a round for one grade; bad input is named, nothing is written', async () => {
    const open =
      `mutation($input: OpenMatchingRoundInput!) { openMatchingRound(input: $input) { round { id status ` +
      `maxChoices cap } userErrors { field code message } } }`;
    const base = roundInput(gradeId);
    const tooHigh = expectNoGraphQLErrors(await gql(admin(), open, { input: { ...base, cap: 20 } }));
    expect(tooHigh.openMatchingRound).toEqual({
      round: null,
      userErrors: [{ field: 'cap', code: 'CAP_ABOVE_POLICY', message: expect.stringContaining('15') }],
    });
    const badYear = expectNoGraphQLErrors(await gql(admin(), open, { input: { ...base, academicYear: '2026-2028' } }));
    expect(badYear.openMatchingRound.userErrors[0]).toMatchObject({
      field: 'academicYear',
      code: 'INVALID_ACADEMIC_YEAR',
    });
    const ok = expectNoGraphQLErrors(await gql(admin(), open, { input: base }));
    expect(ok.openMatchingRound.userErrors).toEqual([]);
    expect(ok.openMatchingRound.round).toMatchObject({ status: 'OPEN', maxChoices: 3, cap: 15 });
    roundId = ok.openMatchingRound.round.id;
    const [{ n }] = await p.school.query('SELECT count(*)::int n FROM matching_round');
    expect(n).toBe(1);
    const again = expectNoGraphQLErrors(await gql(admin(), open, { input: base }));
    expect(again.openMatchingRound.userErrors[0].code).toBe('ROUND_ALREADY_OPEN');
  });

  it('a student ranks eligible mentors; too many, duplicate or ineligible choices are refused by name', async () => {
    const mentorsPage =
      'query($r: ID!, $first: Int, $after: String) { eligibleMentors(roundId: $r, first: $first, after: $after) { ' +
      'totalCount nodes { id name } pageInfo { endCursor hasNextPage } } }';
    const pageOf = async (first: number, after: string | null) =>
      expectNoGraphQLErrors(await gql(p.token('student'), mentorsPage, { r: roundId, first, after })).eligibleMentors;
    eligible = (await pageOf(100, null)).nodes;
    expect(eligible.length).toBeGreaterThan(3);
    // Paged two at a time with `after`, the same mentors in the same order (by name).
    const paged: { id: string; name: string }[] = [];
    for (let after: string | null = null, more = true; more;) {
      const page = await pageOf(2, after);
      expect(page.totalCount).toBe(eligible.length);
      paged.push(...page.nodes);
      [after, more] = [page.pageInfo.endCursor, page.pageInfo.hasNextPage];
    }
    expect(paged).toEqual(eligible);
    const submit =
      `mutation($input: SubmitPreferencesInput!) { submitPreferences(input: $input) { preferences { rank ` +
      `mentor { id name } } userErrors { field code } } }`;
    const ids = eligible.map((m) => m.id);
    const tooMany = expectNoGraphQLErrors(
      await gql(p.token('student'), submit, { input: { roundId, mentorIds: ids.slice(0, 4) } }),
    );
    expect(tooMany.submitPreferences.userErrors).toEqual([{ field: 'mentorIds', code: 'TOO_MANY_CHOICES' }]);
    const dup = expectNoGraphQLErrors(
      await gql(p.token('student'), submit, { input: { roundId, mentorIds: [ids[0], ids[0]] } }),
    );
    expect(dup.submitPreferences.userErrors).toEqual([{ field: 'mentorIds[1]', code: 'DUPLICATE_MENTOR' }]);
    const [outsider] = await p.school.query(
      `SELECT t.id FROM teacher t WHERE t.school_id = $1 AND t.id <> ALL($2) LIMIT 1`,
      [p.demo.schools[0].id, ids.map((g) => Buffer.from(g, 'base64url').toString().split(':')[1])],
    );
    const ineligible = expectNoGraphQLErrors(
      await gql(p.token('student'), submit, {
        input: { roundId, mentorIds: [ids[0], toGlobalId('Teacher', outsider.id)] },
      }),
    );
    expect(ineligible.submitPreferences.userErrors).toEqual([{ field: 'mentorIds[1]', code: 'MENTOR_NOT_ELIGIBLE' }]);
    const [{ n }] = await p.school.query('SELECT count(*)::int n FROM mentor_preference');
    expect(n).toBe(0);
    const ok = expectNoGraphQLErrors(
      await gql(p.token('student'), submit, { input: { roundId, mentorIds: ids.slice(0, 3) } }),
    );
    expect(
      ok.submitPreferences.preferences.map((x: { rank: number; mentor: { id: string } }) => [x.rank, x.mentor.id]),
    ).toEqual([
      [1, ids[0]],
      [2, ids[1]],
      [3, ids[2]],
    ]);
  });

  it("a student cannot read or write another student's preferences", async () => {
    const [other] = await p.school.query(`SELECT s.id FROM student s WHERE s.school_id = $1 AND s.id <> $2 LIMIT 1`, [
      p.demo.schools[0].id,
      p.logins.find((l) => l.login === 'student')!.studentId,
    ]);
    const read = await gql(
      p.token('student'),
      'query($r: ID!, $s: ID) { preferences(roundId: $r, studentId: $s) { rank } }',
      { r: roundId, s: toGlobalId('Student', other.id) },
    );
    expect(errorCodes(read)).toEqual(['FORBIDDEN']);
    const write = await gql(
      p.token('student'),
      'mutation($i: SubmitPreferencesInput!) { submitPreferences(input: $i) { userErrors { code } } }',
      { i: { roundId, studentId: toGlobalId('Student', other.id), mentorIds: [] } },
    );
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
    const mine = expectNoGraphQLErrors(
      await gql(p.token('student'), 'query($r: ID!) { preferences(roundId: $r) { rank } }', { r: roundId }),
    );
    expect(mine.preferences).toHaveLength(3);
  });

  it('a mentor sees who ranked them, only in their own school, and may accept', async () => {
    const first = eligible[0];
    const uuid = Buffer.from(first.id, 'base64url').toString().split(':')[1];
    const token = p.tokenFor({
      personId: uuid,
      role: 'MENTOR' as never,
      districtId: p.demo.district.id,
      schoolId: p.demo.schools[0].id,
    });
    const rankedPage =
      'query($r: ID!, $first: Int, $after: String) { rankedMe(roundId: $r, first: $first, after: $after) { ' +
      'totalCount nodes { rank accepted student { id name } } pageInfo { endCursor hasNextPage } } }';
    const ranked = expectNoGraphQLErrors(await gql(token, rankedPage, { r: roundId }));
    expect(ranked.rankedMe.nodes).toEqual([
      { rank: 1, accepted: null, student: { id: studentId, name: p.logins.find((l) => l.login === 'student')!.name } },
    ]);
    const decide = expectNoGraphQLErrors(
      await gql(
        token,
        'mutation($i: DecideOnStudentInput!) { decideOnStudent(input: $i) { accepted userErrors { code } } }',
        { i: { roundId, studentId, accept: true } },
      ),
    );
    expect(decide.decideOnStudent).toEqual({ accepted: true, userErrors: [] });
    // A classmate ranks the same mentor first: two students, paged one at a time with `after`.
    const me = p.logins.find((l) => l.login === 'student')!.studentId;
    const [mate] = await p.school.query(
      'SELECT id FROM student WHERE classroom_id = (SELECT classroom_id FROM student WHERE id = $1) ' +
        'AND id <> $1 LIMIT 1',
      [me],
    );
    const mateToken = p.tokenFor({
      personId: mate.id,
      role: 'STUDENT' as never,
      districtId: p.demo.district.id,
      schoolId: p.demo.schools[0].id,
      studentId: mate.id,
    });
    const submit = 'mutation($i: SubmitPreferencesInput!) { submitPreferences(input: $i) { userErrors { code } } }';
    expect(
      expectNoGraphQLErrors(await gql(mateToken, submit, { i: { roundId, mentorIds: [first.id] } })).submitPreferences,
    ).toEqual({ userErrors: [] });
    const one = expectNoGraphQLErrors(await gql(token, rankedPage, { r: roundId, first: 1 })).rankedMe;
    expect(one).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const two = expectNoGraphQLErrors(
      await gql(token, rankedPage, { r: roundId, first: 1, after: one.pageInfo.endCursor }),
    ).rankedMe;
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect([...one.nodes, ...two.nodes].map((r: { student: { id: string } }) => r.student.id).sort()).toEqual(
      [studentId, toGlobalId('Student', mate.id)].sort(),
    );
    // A teacher of another school asking about this round learns nothing.
    const stranger = p.tokenFor({
      personId: uuid,
      role: 'MENTOR' as never,
      districtId: p.demo.district.id,
      schoolId: p.demo.schools[1].id,
    });
    expect(
      expectNoGraphQLErrors(
        await gql(stranger, 'query($r: ID!) { rankedMe(roundId: $r) { nodes { rank } } }', { r: roundId }),
      ).rankedMe.nodes,
    ).toEqual([]);
  });
});
