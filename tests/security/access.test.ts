import { randomUUID } from 'node:crypto';

import { DEVELOPMENT_SECRET, Role } from '@mentorship/auth';
import { generateSchoolRoster } from '@mentorship/demo-data';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors, type GraphQLResponse } from '@mentorship/testing';
import jwt from 'jsonwebtoken';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/** Every attack must fail without leaking a name, a stack trace or SQL. */
function expectNothingLeaked(response: GraphQLResponse, names: string[] = []) {
  const text = JSON.stringify(response);
  expect(text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+|SELECT|INSERT|QueryFailedError/i);
  for (const name of names) expect(text).not.toContain(name);
}

describe('security probes: the attack is tried for real and fails', () => {
  let p: TestPlatform;
  let other: ReturnType<typeof generateSchoolRoster>; // roster of a school that is not the school admin's
  beforeAll(async () => {
    p = await startTestPlatform();
    other = generateSchoolRoster(p.demo, p.demo.schools[1]);
  });
  afterAll(() => p?.stop());

  const students = '{ schools { nodes { students(first: 5) { nodes { name } } } } }';

  describe('tokens', () => {
    it('refuses a request without a token at the gateway', async () => {
      const r = await execute(p.gatewayUrl, students);
      expect(r.status).toBe(401);
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.data).toBeUndefined();
    });

    it('refuses a forged token (signed with another secret)', async () => {
      const login = p.logins.find((l) => l.login === 'district-admin')!;
      const forged = jwt.sign({ role: 'DISTRICT_ADMIN', did: login.districtId }, 'attacker-secret', {
        subject: login.personId,
        issuer: 'mentorship-platform',
        audience: 'mentorship-api',
      });
      const r = await execute(p.gatewayUrl, students, { token: forged });
      expect(r.status).toBe(401);
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses an unsigned (alg: none) token', async () => {
      const login = p.logins.find((l) => l.login === 'district-admin')!;
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: login.personId, role: 'DISTRICT_ADMIN', did: login.districtId, iss: 'mentorship-platform', aud: 'mentorship-api' })}.`;
      expect(errorCodes(await execute(p.gatewayUrl, students, { token: unsigned }))).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses an expired token, saying so', async () => {
      const login = p.logins.find((l) => l.login === 'school-admin')!;
      const expired = jwt.sign(
        { role: 'SCHOOL_ADMIN', did: login.districtId, sid: login.schoolId, exp: Math.floor(Date.now() / 1000) - 60 },
        DEVELOPMENT_SECRET,
        { subject: login.personId, issuer: 'mentorship-platform', audience: 'mentorship-api' },
      );
      const r = await execute(p.gatewayUrl, students, { token: expired });
      expect(r.status).toBe(401);
      expect(r.errors?.[0].message).toMatch(/expired/i);
    });

    it('refuses a request to a subgraph directly without a token, on both subgraphs', async () => {
      for (const url of [p.schoolUrl, p.districtUrl]) {
        const r = await execute(url, '{ _service { sdl } }');
        expect(r.status).toBe(401);
        expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('refuses a forged token sent to a subgraph directly (the gateway is not the only check)', async () => {
      const forged = jwt.sign({ role: 'DISTRICT_ADMIN', did: p.demo.district.id }, 'attacker-secret', {
        subject: randomUUID(),
        issuer: 'mentorship-platform',
        audience: 'mentorship-api',
      });
      const rep = { __typename: 'School', id: toGlobalId('School', p.demo.schools[0].id) };
      const r = await execute(
        p.schoolUrl,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { stats { students } } } }',
        { token: forged, variables: { r: [rep] } },
      );
      expect(r.status).toBe(401);
      expect(r.data).toBeUndefined();
    });
  });

  describe("another school's students", () => {
    it('a school admin cannot open another school by id', async () => {
      const r = await execute(
        p.gatewayUrl,
        'query($id: ID!) { school(id: $id) { name students { nodes { name } } } }',
        {
          token: p.token('school-admin'),
          variables: { id: toGlobalId('School', p.demo.schools[1].id) },
        },
      );
      expect(errorCodes(r)).toContain('NOT_FOUND');
      expect(r.data).toBeNull();
      expectNothingLeaked(
        r,
        other.students.slice(0, 5).map((s) => s.name),
      );
    });

    it("a school admin cannot read another school's student by id", async () => {
      const victim = other.students[0];
      const r = await execute(p.gatewayUrl, 'query($id: ID!) { student(id: $id) { name studentNumber } }', {
        token: p.token('school-admin'),
        variables: { id: toGlobalId('Student', victim.id) },
      });
      expect(errorCodes(r)).toEqual(['NOT_FOUND']);
      expectNothingLeaked(r, [victim.name, victim.studentNumber]);
    });

    it("filtering one's own school by another school's classroom returns nobody", async () => {
      const r = await execute(
        p.gatewayUrl,
        'query($c: ID!) { schools { nodes { students(classroomId: $c) { totalCount nodes { name } } } } }',
        {
          token: p.token('school-admin'),
          variables: { c: toGlobalId('Classroom', other.classrooms[0].id) },
        },
      );
      expect(expectNoGraphQLErrors(r).schools.nodes[0].students).toEqual({ totalCount: 0, nodes: [] });
    });

    it("a direct `_entities` call for another school's roster is refused", async () => {
      const rep = { __typename: 'School', id: toGlobalId('School', p.demo.schools[1].id) };
      const r = await execute(
        p.schoolUrl,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { students { nodes { name } } stats { students } } } }',
        {
          token: p.token('school-admin'),
          variables: { r: [rep] },
        },
      );
      expect(errorCodes(r)).toContain('FORBIDDEN');
      expectNothingLeaked(
        r,
        other.students.slice(0, 20).map((s) => s.name),
      );
    });

    it("a direct `_entities` call for another school's teacher is refused", async () => {
      const rep = { __typename: 'Teacher', id: toGlobalId('Teacher', other.teachers[0].id) };
      const r = await execute(
        p.schoolUrl,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Teacher { name staffNumber } } }',
        { token: p.token('mentor-1'), variables: { r: [rep] } },
      );
      expect(errorCodes(r)).toContain('FORBIDDEN');
      expectNothingLeaked(r, [other.teachers[0].name]);
    });

    it('a direct subgraph call with a valid token sees no more than through the gateway', async () => {
      const direct = await execute(
        p.schoolUrl,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { students(first: 100) { totalCount } } } }',
        {
          token: p.token('school-admin'),
          variables: { r: [{ __typename: 'School', id: toGlobalId('School', p.demo.schools[0].id) }] },
        },
      );
      const viaGateway = await execute(p.gatewayUrl, '{ schools { nodes { students(first: 100) { totalCount } } } }', {
        token: p.token('school-admin'),
      });
      expect(expectNoGraphQLErrors(direct)._entities[0].students.totalCount).toBe(
        expectNoGraphQLErrors(viaGateway).schools.nodes[0].students.totalCount,
      );
    });

    it('a district admin of another district sees none of this district', async () => {
      const stranger = p.tokenFor({ personId: randomUUID(), role: Role.DISTRICT_ADMIN, districtId: randomUUID() });
      const list = await execute(p.gatewayUrl, '{ schools { totalCount } }', { token: stranger });
      expect(expectNoGraphQLErrors(list).schools.totalCount).toBe(0);
      const rep = { __typename: 'School', id: toGlobalId('School', p.demo.schools[0].id) };
      const direct = await execute(
        p.schoolUrl,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { stats { students } } } }',
        { token: stranger, variables: { r: [rep] } },
      );
      expect(errorCodes(direct)).toContain('FORBIDDEN');
    });
  });

  describe('roles', () => {
    it('the district sees figures, not student rows', async () => {
      const stats = await execute(p.gatewayUrl, '{ schools { nodes { stats { students } } } }', {
        token: p.token('district-admin'),
      });
      expect(expectNoGraphQLErrors(stats).schools.nodes.length).toBe(p.demo.schools.length);
      const rows = await execute(p.gatewayUrl, students, { token: p.token('district-admin') });
      expect(errorCodes(rows)).toContain('FORBIDDEN');
      expectNothingLeaked(
        rows,
        generateSchoolRoster(p.demo, p.demo.schools[0])
          .students.slice(0, 5)
          .map((s) => s.name),
      );
    });

    it.each(['student', 'guardian'])('a %s cannot list the students of their school', async (login) => {
      const r = await execute(p.gatewayUrl, students, { token: p.token(login) });
      expect(errorCodes(r)).toContain('FORBIDDEN');
      expect(r.data).toBeNull();
    });

    it("a student cannot read another student's directory entry by id", async () => {
      const me = p.logins.find((l) => l.login === 'student')!;
      const classmate = generateSchoolRoster(p.demo, p.demo.schools[0]).students.find((s) => s.id !== me.studentId)!;
      const r = await execute(p.gatewayUrl, 'query($id: ID!) { student(id: $id) { name } }', {
        token: p.token('student'),
        variables: { id: toGlobalId('Student', classmate.id) },
      });
      expect(errorCodes(r)).toEqual(['FORBIDDEN']);
      expectNothingLeaked(r, [classmate.name]);
    });

    it('a district admin cannot read the mentees of a teacher', async () => {
      const teacher = generateSchoolRoster(p.demo, p.demo.schools[0]).teachers[0];
      const r = await execute(
        p.gatewayUrl,
        'query($id: ID!) { teacher(id: $id) { name mentees { student { name } } } }',
        { token: p.token('district-admin'), variables: { id: toGlobalId('Teacher', teacher.id) } },
      );
      expect(errorCodes(r)).toContain('FORBIDDEN');
    });
  });

  describe('bad input gets a clear error, never a stack trace', () => {
    const token = () => p.token('district-admin');
    it('unknown school id: NOT_FOUND', async () => {
      const r = await execute(p.gatewayUrl, 'query($id: ID!) { school(id: $id) { name } }', {
        token: token(),
        variables: { id: toGlobalId('School', randomUUID()) },
      });
      expect(errorCodes(r)).toEqual(['NOT_FOUND']);
      expectNothingLeaked(r);
    });

    it('malformed id: BAD_USER_INPUT naming the argument', async () => {
      const r = await execute(p.gatewayUrl, '{ school(id: "not-an-id") { name } }', { token: token() });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0].extensions?.field).toBe('id');
      expectNothingLeaked(r);
    });

    it('an id of the wrong type: BAD_USER_INPUT', async () => {
      const r = await execute(p.gatewayUrl, 'query($id: ID!) { school(id: $id) { name } }', {
        token: token(),
        variables: { id: toGlobalId('Student', randomUUID()) },
      });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0].message).toMatch(/expected a School id/);
    });

    it('too large a page: BAD_USER_INPUT naming `first`', async () => {
      const r = await execute(p.gatewayUrl, '{ schools(first: 1000) { totalCount } }', { token: token() });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'first', message: expect.stringMatching(/100/) }]);
      expectNothingLeaked(r);
    });

    it('a cursor that is not from the list: BAD_USER_INPUT naming `after`', async () => {
      const r = await execute(p.gatewayUrl, '{ schools(after: "garbage") { totalCount } }', { token: token() });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0].extensions?.field).toBe('after');
    });

    it('a query for a field that does not exist is rejected before it runs', async () => {
      const r = await execute(p.gatewayUrl, '{ schools { nodes { password } } }', { token: token() });
      expect(r.status).toBe(400);
      expect(errorCodes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });
  });
});
