import { randomUUID } from 'node:crypto';

import { type Principal, Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { comparable, startVictim, type Victim } from '../support/side-channel-victim';

/**
 * Side channels (issue 12, "No oracle"): each attack is performed for real, once with the hidden fact true and once
 * with it false, through the gateway and directly at the subgraph; the caller must get the same answer both times.
 * See services/school/SIDE-CHANNELS.md. Here: federation entry points (6): every representation gets a clean
 * refusal, never an internal error.
 */
describe('side channels: no answer depends on what the caller cannot read', () => {
  let p: Victim['p'];
  let schoolId: Victim['schoolId'];
  let victim: Victim['victim'];
  let admin: Victim['admin'];
  let mentorId: Victim['mentorId'];
  beforeAll(async () => {
    ({ p, schoolId, victim, admin, mentorId } = await startVictim());
  });
  afterAll(() => p?.stop());

  describe('federation entry points (6): every representation gets a clean refusal, never an internal error', () => {
    const ENTITIES =
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on School { id } ' +
      '... on Teacher { id } } }';
    let logged: unknown[][];
    let spy: jest.SpyInstance;
    beforeEach(() => {
      // The platform runs in this process: an internal error would be logged here, with its stack.
      process.env.LOG_INTERNAL_ERRORS = '1';
      logged = [];
      spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        logged.push(args);
      });
    });
    afterEach(() => {
      spy.mockRestore();
      delete process.env.LOG_INTERNAL_ERRORS;
    });

    /** Sends one representation alone; the answer must be a null entity with one clean error. */
    const refused = async (url: string, token: string, representation: unknown, query = ENTITIES) => {
      const r = await execute(url, query, { token, variables: { r: [representation] } });
      expect(r.status).toBe(200);
      expect(r.data?._entities).toEqual([null]);
      expect(r.errors).toHaveLength(1);
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(r.errors![0].extensions?.code);
      expect(JSON.stringify(r)).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+|SELECT|TypeError|Cannot read/);
      return { code: r.errors![0].extensions?.code as string, message: r.errors![0].message };
    };

    it(
      'school subgraph: a Student, an unowned or unknown type, and unknown, malformed or ' +
        'foreign School/Teacher ids',
      async () => {
        const other = p.demo.schools[1].id;
        const [foreignTeacher] = await p.school.query('SELECT id FROM teacher WHERE school_id = $1 LIMIT 1', [other]);
        const own = toGlobalId('Teacher', mentorId);
        // The control: a legitimate representation resolves.
        expect(
          expectNoGraphQLErrors(
            await execute(p.schoolUrl, ENTITIES, {
              token: admin,
              variables: { r: [{ __typename: 'Teacher', id: own }] },
            }),
          )._entities,
        ).toEqual([{ __typename: 'Teacher', id: own }]);
        // A bad representation fails alone; the good one beside it still resolves.
        const mixed = await execute(p.schoolUrl, ENTITIES, {
          token: admin,
          variables: {
            r: [
              { __typename: 'Student', id: victim.gid },
              { __typename: 'Teacher', id: own },
            ],
          },
        });
        expect(mixed.data?._entities).toEqual([null, { __typename: 'Teacher', id: own }]);
        expect(errorCodes(mixed)).toEqual(['NOT_FOUND']);
        for (const rep of [
          { __typename: 'Student', id: victim.gid },
          { __typename: 'Student', id: toGlobalId('Student', randomUUID()) },
          { __typename: 'Grade', id: toGlobalId('Grade', randomUUID()) },
          { __typename: 'DistrictDashboard', id: 'x' },
          { __typename: 'NoSuchType', id: 'x' },
          { id: victim.gid },
          { __typename: 'Teacher' },
          { __typename: 'Teacher', id: 42 },
        ])
          await refused(p.schoolUrl, admin, rep);
        // Unknown, malformed and foreign ids of an owned type: one answer, so existence elsewhere is not told.
        for (const type of ['School', 'Teacher']) {
          const foreign = type === 'School' ? other : foreignTeacher.id;
          const answers = [];
          for (const id of [
            toGlobalId(type, randomUUID()),
            'not-an-id',
            toGlobalId(type, 'not-a-uuid'),
            toGlobalId(type === 'School' ? 'Teacher' : 'School', randomUUID()),
            toGlobalId(type, foreign),
          ]) {
            answers.push(await refused(p.schoolUrl, admin, { __typename: type, id }));
          }
          expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
        }
        expect(logged).toEqual([]);
      },
    );

    it(
      'district subgraph: unowned types, unknown, malformed or foreign School ids, and Teacher ' +
        'representations missing or faking what @requires hands over',
      async () => {
        const stranger = p.tokenFor({ personId: randomUUID(), role: Role.DISTRICT_ADMIN, districtId: randomUUID() });
        const schoolAdmin: Principal = {
          ...p.logins.find((l) => l.login === 'school-admin')!,
          role: Role.SCHOOL_ADMIN,
        };
        for (const rep of [
          { __typename: 'Student', id: victim.gid },
          { __typename: 'TrainingCourse', id: 'x' },
          { __typename: 'NoSuchType' },
        ])
          await refused(p.districtUrl, admin, rep);
        const answers = [];
        for (const id of [toGlobalId('School', randomUUID()), 'not-an-id', toGlobalId('Teacher', schoolId)])
          answers.push(await refused(p.districtUrl, p.token('district-admin'), { __typename: 'School', id }));
        answers.push(
          await refused(p.districtUrl, stranger, { __typename: 'School', id: toGlobalId('School', schoolId) }),
        );
        expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
        const TRAINING =
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Teacher { training { complete } } } }';
        const teacher = toGlobalId('Teacher', schoolAdmin.personId);
        for (const token of [p.token('district-admin'), p.tokenFor(schoolAdmin)]) {
          for (const rep of [
            { __typename: 'Teacher', id: teacher },
            { __typename: 'Teacher', id: teacher, staffNumber: 'T001' },
            { __typename: 'Teacher', id: teacher, staffNumber: 'T001', school: { id: 'not-an-id' } },
            { __typename: 'Teacher', id: teacher, staffNumber: 'T001', school: {} },
            {
              __typename: 'Teacher',
              id: 'not-an-id',
              staffNumber: 'T001',
              school: { id: toGlobalId('School', schoolId) },
            },
          ])
            await refused(p.districtUrl, token, rep, TRAINING);
        }
        expect(logged).toEqual([]);
      },
    );

    it('through the gateway, an unknown, malformed or foreign id gets one and the same answer', async () => {
      const other = p.demo.schools[1].id;
      const answers = [];
      for (const id of [
        toGlobalId('Teacher', randomUUID()),
        toGlobalId(
          'Teacher',
          (await p.school.query('SELECT id FROM teacher WHERE school_id = $1 LIMIT 1', [other]))[0].id,
        ),
      ]) {
        const r = await execute(p.gatewayUrl, 'query($id: ID!) { teacher(id: $id) { name } }', {
          token: admin,
          variables: { id },
        });
        answers.push(comparable(r));
        expect(errorCodes(r)).toEqual(['NOT_FOUND']);
      }
      expect(answers[0]).toEqual(answers[1]);
      expect(logged).toEqual([]);
    });
  });
});
