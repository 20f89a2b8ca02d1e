import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { comparable, startVictim, type Victim } from '../support/side-channel-victim';

/**
 * Side channels (issue 12, "No oracle"): each attack is performed for real, once with the hidden fact true and once
 * with it false, through the gateway and directly at the subgraph; the caller must get the same answer both times.
 * See services/school/SIDE-CHANNELS.md. Here: mentor writes (2): a student who is not your mentee answers like one
 * who does not exist.
 */
describe('side channels: no answer depends on what the caller cannot read', () => {
  let p: Victim['p'];
  let schoolId: Victim['schoolId'];
  let victim: Victim['victim'];
  let setCategories: Victim['setCategories'];
  let categoriesOf: Victim['categoriesOf'];
  beforeAll(async () => {
    ({ p, schoolId, victim, setCategories, categoriesOf } = await startVictim());
  });
  afterAll(() => p?.stop());

  describe('mentor writes (2): a student who is not your mentee answers like one who does not exist', () => {
    let targets: string[];
    const KEY = 'same-key-every-time';
    beforeAll(async () => {
      // The victim has personal data (an archive at version 1, a category, a crisis alert), written by their mentor.
      const lead = p.token('mentor-1');
      const write = async (query: string, i: Record<string, unknown>) =>
        expect(
          expectNoGraphQLErrors(await execute(p.gatewayUrl, query, { token: lead, variables: { i } })),
        ).toBeTruthy();
      await write('mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { userErrors { code } } }', {
        studentId: victim.gid,
        expectedVersion: 0,
        personality: '内向',
      });
      await write('mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { userErrors { code } } }', {
        studentId: victim.gid,
        level: 'MODERATE',
        description: '情绪低落',
        idempotencyKey: randomUUID(),
      });
      // The victim's mentor has used the key the attacker will send.
      await write('mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }', {
        idempotencyKey: KEY,
        kind: 'TALK',
        studentIds: [victim.gid],
        occurredAt: new Date(Date.now() - 3600_000).toISOString(),
        content: 'x',
      });
      await write('mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { userErrors { code } } }', {
        studentId: victim.gid,
        level: 'MODERATE',
        description: 'x',
        idempotencyKey: KEY,
      });
      await setCategories(['PSYCHOLOGICAL']);
      const mentor2 = p.logins.find((l) => l.login === 'mentor-2')!.personId;
      const [plain] = await p.school.query(
        `SELECT s.id FROM student s WHERE s.school_id = $1 AND s.left_on IS NULL AND s.id <> $3
            AND NOT EXISTS (SELECT 1 FROM mentorship m WHERE m.student_id = s.id AND m.mentor_id = $2)
            AND NOT EXISTS (SELECT 1 FROM growth_archive a WHERE a.student_id = s.id) LIMIT 1`,
        [schoolId, mentor2, victim.id],
      );
      const [foreign] = await p.school.query('SELECT id FROM student WHERE school_id = $1 LIMIT 1', [
        p.demo.schools[1].id,
      ]);
      expect(
        await p.school.query('SELECT 1 FROM mentorship WHERE student_id = $1 AND mentor_id = $2 AND ended_on IS NULL', [
          victim.id,
          mentor2,
        ]),
      ).toEqual([]);
      targets = [
        victim.gid,
        toGlobalId('Student', plain.id),
        toGlobalId('Student', randomUUID()),
        toGlobalId('Student', foreign.id),
      ];
    });

    const WRITES: [string, string, (studentId: string) => Record<string, unknown>][] = [
      [
        'editGrowthArchive',
        'mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { archive { ' +
          'version } userErrors { field code message } } }',
        (studentId) => ({ studentId, expectedVersion: 0, personality: 'x' }),
      ],
      [
        'setAttentionCategories',
        'mutation($i: SetAttentionCategoriesInput!) { setAttentionCategories(input: $i) { ' +
          'attentionCategories { category } userErrors { field code message } } }',
        (studentId) => ({ studentId, categories: ['PSYCHOLOGICAL'] }),
      ],
      [
        'createMentorRecord',
        'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } ' +
          'userErrors { field code message } } }',
        (studentId) => ({
          idempotencyKey: KEY,
          kind: 'TALK',
          studentIds: [studentId],
          occurredAt: new Date(Date.now() - 3600_000).toISOString(),
          content: 'x',
        }),
      ],
      [
        'raiseCrisisAlert',
        'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } ' +
          'userErrors { field code message } } }',
        (studentId) => ({ studentId, level: 'MODERATE', description: 'x', idempotencyKey: KEY }),
      ],
    ];
    const cases = WRITES.flatMap(
      ([name, query, input]) =>
        [
          ['gateway', name, query, input],
          ['school subgraph', name, query, input],
        ] as const,
    );

    it.each(cases)(
      '%s: %s gives one answer for a non-mentee with data, one without, a made-up id and another school’s student',
      async (where, _name, query, input) => {
        const url = where === 'gateway' ? p.gatewayUrl : p.schoolUrl;
        const answers = [];
        for (const studentId of targets)
          answers.push(await execute(url, query, { token: p.token('mentor-2'), variables: { i: input(studentId) } }));
        for (const a of answers) expect(comparable(a)).toEqual(comparable(answers[0]));
        expect(errorCodes(answers[0])).toEqual(['FORBIDDEN']);
        expect(await categoriesOf()).toEqual(['PSYCHOLOGICAL']);
      },
    );

    it.each([['gateway'], ['school subgraph']])(
      'replaying a colleague’s idempotency key for your own mentee creates your own record, not ' +
        'a replay of theirs (%s)',
      async (where) => {
        const url = where === 'gateway' ? p.gatewayUrl : p.schoolUrl;
        const mentor2 = p.logins.find((l) => l.login === 'mentor-2')!.personId;
        const [own] = await p.school.query(
          'SELECT student_id FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL LIMIT 1',
          [mentor2],
        );
        const key = `${KEY}-${where.length}`;
        const input = {
          idempotencyKey: key,
          kind: 'TALK',
          studentIds: [toGlobalId('Student', own.student_id)],
          occurredAt: new Date(Date.now() - 7200_000).toISOString(),
          content: 'x',
        };
        const theirs = await execute(
          p.gatewayUrl,
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } } }',
          { token: p.token('mentor-1'), variables: { i: { ...input, studentIds: [victim.gid] } } },
        );
        const mine = expectNoGraphQLErrors(
          await execute(
            url,
            'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { replayed ' +
              'record { id author { id } } userErrors { code } } }',
            { token: p.token('mentor-2'), variables: { i: input } },
          ),
        ).createMentorRecord;
        expect(mine).toMatchObject({
          replayed: false,
          userErrors: [],
          record: { author: { id: toGlobalId('Teacher', mentor2) } },
        });
        expect(mine.record.id).not.toBe(expectNoGraphQLErrors(theirs).createMentorRecord.record.id);
      },
    );
  });
});
