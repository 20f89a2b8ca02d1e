import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, expectNoGraphQLErrors } from '@mentorship/testing';

import { gatewayCalls, startTestPlatform, type TestPlatform } from '../support/platform';

describe('mentorships outside a round: hand-overs, mentor teams; no matching data for the district', () => {
  let p: TestPlatform;
  const admin = () => p.token('school-admin');
  const { gql } = gatewayCalls(() => p);

  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p?.stop());

  it('the district sees no matching data', async () => {
    const r = await gql(p.token('district-admin'), '{ matchingRounds { nodes { id } } }');
    expect(errorCodes(r)).toContain('FORBIDDEN');
  });

  it('a teacher who leaves hands all mentees to a successor; the cap holds; history is kept', async () => {
    const loads: { id: string; n: number }[] = await p.school.query(
      `SELECT t.id, (SELECT count(*)::int FROM mentorship m WHERE m.mentor_id = t.id AND m.ended_on IS NULL) AS n
         FROM teacher t WHERE t.school_id = $1 AND t.left_on IS NULL AND t.mentor_status IN ('TRAINEE','CERTIFIED')
           ORDER BY n, t.id`,
      [p.demo.schools[0].id],
    );
    // Refused: the busiest mentor's mentees cannot all fit with the next busiest.
    const [heaviest, second] = [...loads].sort((a, b) => b.n - a.n);
    expect(heaviest.n + second.n).toBeGreaterThan(15);
    // Accepted: a mentor's mentees move to a newly hired, certified teacher (the school is nearly full).
    const leaving = loads.find((t) => t.n > 0)!;
    const [from, n] = [leaving.id, leaving.n];
    const [{ id: idle }] = await p.school.query(
      `INSERT INTO teacher (id, school_id, staff_number, name, gender, mentor_status) ` +
        `VALUES (gen_random_uuid(), $1, 'NEW-001', '新教师', 'FEMALE', 'CERTIFIED') RETURNING id`,
      [p.demo.schools[0].id],
    );
    const hand =
      `mutation($i: HandOverMenteesInput!) { handOverMentees(input: $i) { changed userErrors { field code ` + `} } }`;
    const refused = expectNoGraphQLErrors(
      await gql(admin(), hand, {
        i: {
          fromTeacherId: toGlobalId('Teacher', heaviest.id),
          toTeacherId: toGlobalId('Teacher', second.id),
          reason: '调离',
          teacherLeaves: true,
        },
      }),
    );
    expect(refused.handOverMentees.userErrors).toEqual([{ field: 'toTeacherId', code: 'CAP_EXCEEDED' }]);
    const [{ still }] = await p.school.query(
      'SELECT count(*)::int still FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL',
      [heaviest.id],
    );
    expect(still).toBe(heaviest.n);
    const [{ left_on }] = await p.school.query('SELECT left_on FROM teacher WHERE id = $1', [heaviest.id]);
    expect(left_on).toBeNull();
    const ok = expectNoGraphQLErrors(
      await gql(admin(), hand, {
        i: {
          fromTeacherId: toGlobalId('Teacher', from),
          toTeacherId: toGlobalId('Teacher', idle),
          reason: '调离',
          teacherLeaves: true,
        },
      }),
    );
    expect(ok.handOverMentees).toEqual({ changed: n, userErrors: [] });
    const [{ moved }] = await p.school.query(
      'SELECT count(*)::int moved FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL',
      [idle],
    );
    expect(moved).toBe(n);
    const [{ ended }] = await p.school.query(
      `SELECT count(*)::int ended FROM mentorship WHERE mentor_id = $1 AND end_reason = 'MENTOR_LEFT'`,
      [from],
    );
    expect(ended).toBe(n);
  });

  it('a mentor team (多对一) has one LEAD and SUPPORTING mentors; a transfer ends them all', async () => {
    const [s] = await p.school.query(
      `SELECT s.id FROM student s WHERE s.school_id = $1 AND s.left_on IS NULL AND s.id <> $2 LIMIT 1 OFFSET 7`,
      [p.demo.schools[0].id, p.logins.find((l) => l.login === 'student')!.studentId],
    );
    const mentors = await p.school.query(
      `SELECT t.id FROM teacher t WHERE t.school_id = $1 AND t.left_on IS NULL
         AND t.mentor_status IN ('TRAINEE','CERTIFIED')
          AND (SELECT count(*) FROM mentorship m WHERE m.mentor_id = t.id AND m.ended_on IS NULL) < 13 ORDER BY t.id
            LIMIT 3`,
      [p.demo.schools[0].id],
    );
    const team = expectNoGraphQLErrors(
      await gql(
        admin(),
        `mutation($i: FormMentorTeamInput!) { formMentorTeam(input: $i) { mentorships { role mentor { ` +
          `id } } userErrors { field code } } }`,
        {
          i: {
            studentId: toGlobalId('Student', s.id),
            leadMentorId: toGlobalId('Teacher', mentors[0].id),
            supportingMentorIds: mentors.slice(1).map((m: { id: string }) => toGlobalId('Teacher', m.id)),
            academicYear: '2026-2027',
          },
        },
      ),
    );
    expect(mentors).toHaveLength(3);
    expect(team.formMentorTeam.userErrors).toEqual([]);
    expect(team.formMentorTeam.mentorships.map((m: { role: string }) => m.role)).toEqual([
      'LEAD',
      'SUPPORTING',
      'SUPPORTING',
    ]);
    const transfer = expectNoGraphQLErrors(
      await gql(
        admin(),
        `mutation($i: TransferStudentOutInput!) { transferStudentOut(input: $i) { changed userErrors { code } } }`,
        { i: { studentId: toGlobalId('Student', s.id), leftOn: '2027-03-01' } },
      ),
    );
    expect(transfer.transferStudentOut).toEqual({ changed: 3, userErrors: [] });
    const again = expectNoGraphQLErrors(
      await gql(
        admin(),
        `mutation($i: TransferStudentOutInput!) { transferStudentOut(input: $i) { changed userErrors { code } } }`,
        { i: { studentId: toGlobalId('Student', s.id), leftOn: '2027-03-01' } },
      ),
    );
    expect(again.transferStudentOut.userErrors).toEqual([{ code: 'ALREADY_LEFT' }]);
  });
});
