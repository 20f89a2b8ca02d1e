import { randomUUID } from 'node:crypto';

import { generateSchoolRoster } from '@mentorship/demo-data';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { expectNothingLeaked } from '../support/graphql-leaks';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * Security probes, roles and bad input: each role sees what it may, and bad input gets a clear error, never a stack
 * trace.
 */
describe('security probes: the attack is tried for real and fails', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p?.stop());

  const students = '{ schools { nodes { students(first: 5) { nodes { name } } } } }';

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
