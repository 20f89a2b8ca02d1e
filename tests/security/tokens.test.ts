import { randomUUID } from 'node:crypto';

import {
  DEVELOPMENT_GATEWAY_SECRET,
  DEVELOPMENT_SECRET,
  GATEWAY_PROOF_HEADER,
  type Principal,
  Role,
  signGatewayProof,
} from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';
import jwt from 'jsonwebtoken';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/** The roster re-check is reused this long (PRINCIPAL_RECHECK_SECONDS' default). */
const RECHECK_MS = 30_000;

describe('tokens expire and sessions end', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p?.stop());
  afterEach(() => p.clock.reset());

  const principal = (login: string): Principal => {
    const l = p.logins.find((x) => x.login === login)!;
    return { ...l, role: Role[l.role] };
  };
  /** A token as an attacker or a careless identity provider would sign it, with the platform's (development) secret. */
  const raw = (login: string, options: jwt.SignOptions, extra: Record<string, unknown> = {}) => {
    const l = principal(login);
    return jwt.sign({ role: l.role, did: l.districtId, sid: l.schoolId, name: l.name, ...extra }, DEVELOPMENT_SECRET, {
      subject: l.personId,
      issuer: 'mentorship-platform',
      audience: 'mentorship-api',
      ...options,
    });
  };
  // Every door: the gateway, and each subgraph called directly.
  const doors = () =>
    [
      ['gateway', p.gatewayUrl, '{ district { name } }'],
      ['school', p.schoolUrl, '{ schoolSettings { __typename } }'],
      ['district', p.districtUrl, '{ district { name } }'],
    ] as const;

  async function expectRefusedEverywhere(token: string, message: RegExp) {
    for (const [door, url, query] of doors()) {
      const r = await execute(url, query, { token });
      expect({ door, status: r.status, codes: errorCodes(r), data: r.data ?? null }).toEqual({
        door,
        status: 401,
        codes: ['UNAUTHENTICATED'],
        data: null,
      });
      expect(r.errors![0].message).toMatch(message);
    }
  }

  describe('lifetime', () => {
    it('a school admin’s one-hour token is answered at every door (the control)', async () => {
      for (const [, url, query] of doors())
        expectNoGraphQLErrors(await execute(url, query, { token: raw('school-admin', { expiresIn: '1h' }) }));
    });

    it('a token without exp is refused at every door', async () => {
      await expectRefusedEverywhere(raw('school-admin', {}), /no expiry/);
    });

    it('a token living longer than an hour (the old 12 h default, or a year) is refused at every door', async () => {
      await expectRefusedEverywhere(raw('school-admin', { expiresIn: '12h' }), /longer than 60 minutes/);
      await expectRefusedEverywhere(raw('school-admin', { expiresIn: '365d' }), /longer than 60 minutes/);
    });

    it('a token without iat, or issued in the future to stretch its life, is refused at every door', async () => {
      const now = Math.floor(Date.now() / 1000);
      await expectRefusedEverywhere(raw('school-admin', { noTimestamp: true }, { exp: now + 600 }), /no issue time/);
      await expectRefusedEverywhere(raw('school-admin', {}, { iat: now + 86_400, exp: now + 86_400 + 3600 }), /future/);
    });

    it('an expired token is refused at every door', async () => {
      await expectRefusedEverywhere(p.tokenFor(principal('school-admin'), -5), /expired/);
    });

    it('a service token lives five minutes at most: a ten-minute one is refused at the subgraphs it calls directly', async () => {
      const service: Principal = { personId: 'school-service', role: Role.SERVICE, districtId: '*' };
      const template = `{ schoolEvaluationTemplate(schoolId: "${toGlobalId('School', p.demo.schools[0].id)}") { __typename } }`;
      const long = await execute(p.districtUrl, template, { token: p.tokenFor(service, '10m') });
      expect([long.status, errorCodes(long)]).toEqual([401, ['UNAUTHENTICATED']]);
      expect(long.errors![0].message).toMatch(/longer than 5 minutes/);
      expect((await execute(p.schoolUrl, '{ __typename }', { token: p.tokenFor(service, '1h') })).status).toBe(401);
      expectNoGraphQLErrors(await execute(p.districtUrl, template, { token: p.tokenFor(service) }));
    });
  });

  it('a subgraph keeps a forwarded x-request-id only with the gateway’s proof: the access log’s request id is never the caller’s choice', async () => {
    const mentor = p.token('mentor-1');
    const me = expectNoGraphQLErrors(
      await execute(p.schoolUrl, '{ me { mentees(first: 1) { nodes { id } } } }', { token: mentor }),
    );
    const studentId = me.me.mentees.nodes[0].id;
    const read = (headers: Record<string, string>) =>
      execute(p.schoolUrl, 'query($id: ID!) { student(id: $id) { archive { personality } } }', {
        token: mentor,
        variables: { id: studentId },
        headers,
      });
    // Read straight from the school database: no API view shows request ids any more (PRIVACY.md, "The access log").
    const logged = async (requestId: string) =>
      Number(
        (await p.school.query('SELECT count(*)::int AS n FROM access_log WHERE request_id = $1', [requestId]))[0].n,
      );
    const total = async () => Number((await p.school.query('SELECT count(*)::int AS n FROM access_log'))[0].n);
    const chosen = `chosen-by-caller-${randomUUID()}`;
    const before = await total();
    expectNoGraphQLErrors(await read({ 'x-request-id': chosen }));
    expect(await total()).toBe(before + 1);
    expect(await logged(chosen)).toBe(0);
    // With a proof only the gateway can make (its secret over this id and token), the id is kept.
    const forwarded = `gateway-${randomUUID()}`;
    expectNoGraphQLErrors(
      await read({
        'x-request-id': forwarded,
        [GATEWAY_PROOF_HEADER]: signGatewayProof(DEVELOPMENT_GATEWAY_SECRET, forwarded, mentor),
      }),
    );
    expect(await logged(forwarded)).toBe(1);
  });

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
        `SELECT t.id FROM teacher t WHERE t.school_id = $1 AND t.left_on IS NULL AND t.mentor_status = 'NOT_SUITABLE' AND t.id <> ALL($2)
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
        `SELECT t.id FROM teacher t WHERE t.school_id = $1 AND t.left_on IS NULL AND t.id <> ALL($2) AND NOT EXISTS (SELECT 1 FROM classroom c WHERE c.head_teacher_id = t.id) ORDER BY t.id LIMIT 1`,
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
