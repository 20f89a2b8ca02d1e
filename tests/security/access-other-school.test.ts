import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { generateSchoolRoster } from '@mentorship/demo-data';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { expectNothingLeaked } from '../support/graphql-leaks';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * Security probes, another school's students: by id, by filter, through `_entities`, and another district.
 */
describe('security probes: the attack is tried for real and fails', () => {
  let p: TestPlatform;
  let other: ReturnType<typeof generateSchoolRoster>; // roster of a school that is not the school admin's
  beforeAll(async () => {
    p = await startTestPlatform();
    other = generateSchoolRoster(p.demo, p.demo.schools[1]);
  });
  afterAll(() => p?.stop());

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
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { students { ' +
          'nodes { name } } stats { students } } } }',
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
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { students(first: ' +
          '100) { totalCount } } } }',
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
});
