import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';
import { tokenDoors } from '../support/token-doors';

/**
 * Sessions end: a person who leaves or loses a role loses access within the re-check time, through the gateway and
 * directly.
 */

/** The roster re-check is reused this long (PRINCIPAL_RECHECK_SECONDS' default). */
const RECHECK_MS = 30_000;

describe('tokens expire and sessions end', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p?.stop());
  afterEach(() => p.clock.reset());

  const { principal } = tokenDoors(() => p);

  describe('a person who leaves or loses a role loses access within the re-check time', () => {
    const schoolId = () => p.demo.schools[0].id;
    const admin = () => p.token('school-admin');
    const ok = async (query: string, variables: Record<string, unknown>) =>
      expectNoGraphQLErrors(await execute(p.gatewayUrl, query, { token: admin(), variables }));
    const taken: string[] = [];
    /**
     * A successor with room: a current teacher of the first school who mentors nobody, put on trial (试用期) so they may
     * take mentees.
     */
    async function freeTeacher(): Promise<string> {
      const [t] = await p.school.query(
        `SELECT t.id FROM teacher t
          WHERE t.school_id = $1 AND t.left_on IS NULL AND t.mentor_status = 'NOT_SUITABLE' AND t.id <> ALL($2)
           AND NOT EXISTS (SELECT 1 FROM mentorship m WHERE m.mentor_id = t.id AND m.ended_on IS NULL)
           AND NOT EXISTS (SELECT 1 FROM classroom c WHERE c.head_teacher_id = t.id) ORDER BY t.id LIMIT 1`,
        [schoolId(), [...p.logins.map((l) => l.personId), ...taken]],
      );
      taken.push(t.id);
      const r = await ok('mutation($t: ID!) { startMentorTrial(teacherId: $t) { userErrors { code } } }', {
        t: toGlobalId('Teacher', t.id),
      });
      expect(r.startMentorTrial.userErrors).toEqual([]);
      return t.id;
    }

    /**
     * Answered through the gateway and directly; after the change, answered until the re-check time passes, then
     * refused at both.
     */
    async function expectAccessEnds(
      token: string,
      query: string,
      variables: Record<string, unknown>,
      change: () => Promise<unknown>,
      message: RegExp,
    ) {
      for (const url of [p.gatewayUrl, p.schoolUrl])
        expectNoGraphQLErrors(await execute(url, query, { token, variables }));
      await change();
      p.clock.advance(RECHECK_MS + 1000);
      const viaGateway = await execute(p.gatewayUrl, query, { token, variables });
      expect(errorCodes(viaGateway)).toEqual(['UNAUTHENTICATED']);
      expect(viaGateway.data ?? null).toBeNull();
      const direct = await execute(p.schoolUrl, query, { token, variables });
      expect([direct.status, errorCodes(direct)]).toEqual([401, ['UNAUTHENTICATED']]);
      expect(direct.errors![0].message).toMatch(message);
    }

    const myMentees = '{ me { mentees(first: 5) { totalCount } } }';

    it('a mentor suspended (停聘) loses access, at most the re-check time late', async () => {
      const mentor = principal('mentor-3');
      const token = p.tokenFor(mentor);
      const successor = await freeTeacher();
      // Within the re-check time the cached verdict still stands: no database round trip per request.
      expectNoGraphQLErrors(await execute(p.gatewayUrl, myMentees, { token }));
      await expectAccessEnds(
        token,
        myMentees,
        {},
        async () => {
          const r = await ok(
            'mutation($i: TakeOutOfMentoringInput!) { suspendMentor(input: $i) { userErrors { code } } }',
            {
              i: {
                teacherId: toGlobalId('Teacher', mentor.personId),
                reason: '未履行导师职责',
                successorId: toGlobalId('Teacher', successor),
              },
            },
          );
          expect(r.suspendMentor.userErrors).toEqual([]);
          expectNoGraphQLErrors(await execute(p.schoolUrl, myMentees, { token }));
        },
        /suspended/,
      );
    });

    it('a teacher who left the school (继任, teacher leaves) loses access', async () => {
      const mentor = principal('mentor-2');
      const successor = await freeTeacher();
      await expectAccessEnds(
        p.tokenFor(mentor),
        myMentees,
        {},
        async () => {
          const r = await ok(
            'mutation($i: HandOverMenteesInput!) { handOverMentees(input: $i) { changed userErrors { code } } }',
            {
              i: {
                fromTeacherId: toGlobalId('Teacher', mentor.personId),
                toTeacherId: toGlobalId('Teacher', successor),
                reason: '调离本校',
                teacherLeaves: true,
              },
            },
          );
          expect(r.handOverMentees.userErrors).toEqual([]);
        },
        /no longer on the staff/,
      );
    });

    it('a head teacher whose class gets another head teacher loses the head-teacher role', async () => {
      const head = principal('head-teacher');
      const classroom = { id: toGlobalId('Classroom', head.classroomId!) };
      const [{ id: successor }] = await p.school.query(
        `SELECT t.id FROM teacher t WHERE t.school_id = $1 AND t.left_on IS NULL AND t.id <> ` +
          `ALL($2) AND NOT EXISTS (SELECT 1 FROM classroom c WHERE c.head_teacher_id = t.id) ` +
          `ORDER BY t.id LIMIT 1`,
        [schoolId(), [...p.logins.map((l) => l.personId), ...taken]],
      );
      await expectAccessEnds(
        p.tokenFor(head),
        'query($id: ID!) { classroom(id: $id) { name } }',
        classroom,
        async () => {
          // What the classes import writes for a new head teacher (roster-import/apply.ts).
          await p.school.query('UPDATE classroom SET head_teacher_id = $2 WHERE id = $1', [
            head.classroomId,
            successor,
          ]);
        },
        /no longer head this class/,
      );
      // The new head teacher, signed in with the class, is served.
      const next = p.tokenFor({ ...head, personId: successor });
      expectNoGraphQLErrors(
        await execute(p.gatewayUrl, 'query($id: ID!) { classroom(id: $id) { name } }', {
          token: next,
          variables: classroom,
        }),
      );
    });

    it('a student who transfers out, and their guardian, lose access', async () => {
      const student = principal('student');
      const guardian = p.tokenFor(principal('guardian'));
      expectNoGraphQLErrors(await execute(p.schoolUrl, '{ myFeedback { __typename } }', { token: guardian }));
      await expectAccessEnds(
        p.tokenFor(student),
        '{ myFeedback { __typename } }',
        {},
        async () => {
          const r = await ok(
            'mutation($i: TransferStudentOutInput!) { transferStudentOut(input: $i) { userErrors { code } } }',
            {
              i: { studentId: toGlobalId('Student', student.personId), leftOn: new Date().toISOString().slice(0, 10) },
            },
          );
          expect(r.transferStudentOut.userErrors).toEqual([]);
        },
        /no longer enrolled/,
      );
      const direct = await execute(p.schoolUrl, '{ myFeedback { __typename } }', { token: guardian });
      expect([direct.status, errorCodes(direct)]).toEqual([401, ['UNAUTHENTICATED']]);
    });

    it('the district refuses a school role whose school its registry places in another district', async () => {
      const moved = p.tokenFor({ ...principal('school-admin'), districtId: randomUUID() });
      const direct = await execute(p.districtUrl, '{ district { name } }', { token: moved });
      expect([direct.status, errorCodes(direct)]).toEqual([401, ['UNAUTHENTICATED']]);
      expect(errorCodes(await execute(p.gatewayUrl, '{ district { name } }', { token: moved }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });
});
