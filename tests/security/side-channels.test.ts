import { randomUUID } from 'node:crypto';

import { type Principal, Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { exportTable } from '@mentorship/spreadsheet';
import { errorCodes, execute, expectNoGraphQLErrors, type GraphQLResponse } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * Side channels (issue 12, "No oracle"): each attack is performed for real, once with the hidden
 * fact true and once with it false, through the gateway and directly at the subgraph; the
 * caller must get the same answer both times. See services/school/SIDE-CHANNELS.md.
 */

/** An answer with what legitimately differs between two identical requests (fresh ids) taken out. */
function comparable(r: GraphQLResponse): unknown {
  return JSON.parse(
    JSON.stringify({
      data: r.data ?? null,
      errors: (r.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })),
    }),
    (key, value) => (key === 'id' ? '<id>' : value),
  );
}

describe('side channels: no answer depends on what the caller cannot read', () => {
  let p: TestPlatform;
  let schoolId: string;
  let victim: {
    id: string;
    gid: string;
    number: string;
    name: string;
    gender: string;
    grade: string;
    classroom: string;
  };
  let admin: string;
  let mentorId: string;
  const setCategories = async (categories: string[]) => {
    await p.school.query('DELETE FROM attention_flag WHERE student_id = $1', [victim.id]);
    for (const c of categories)
      await p.school.query(
        'INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at) VALUES ($1, $2, $3, $4, now())',
        [victim.id, c, schoolId, mentorId],
      );
  };
  const categoriesOf = async () =>
    (await p.school.query('SELECT category FROM attention_flag WHERE student_id = $1 ORDER BY 1', [victim.id])).map(
      (r: { category: string }) => r.category,
    );

  beforeAll(async () => {
    p = await startTestPlatform();
    schoolId = p.demo.schools[0].id;
    admin = p.token('school-admin');
    const student = p.logins.find((l) => l.login === 'student')!;
    mentorId = p.logins.find((l) => l.login === 'mentor-1')!.personId;
    const [row] = await p.school.query(
      `SELECT s.id, s.student_number, s.name, s.gender, g.name AS grade, c.name AS classroom FROM student s JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id WHERE s.id = $1`,
      [student.studentId],
    );
    victim = {
      id: row.id,
      gid: toGlobalId('Student', row.id),
      number: row.student_number,
      name: row.name,
      gender: row.gender === 'MALE' ? '男' : '女',
      grade: row.grade,
      classroom: row.classroom,
    };
  });
  afterAll(() => p?.stop());

  describe('roster import (1): the school admin cannot test a student for an attention category', () => {
    const PREVIEW = `mutation($i: PreviewRosterImportInput!) { previewRosterImport(input: $i) { preview { id created updated unchanged canConfirm missing { studentNumber } rowErrors { row column code message } } userErrors { field code message } } }`;
    const CONFIRM =
      'mutation($id: ID!) { confirmRosterImport(importId: $id) { preview { status created updated unchanged } userErrors { field code message } } }';
    const oneRow = async (category: string | null) => {
      const headers = ['学号', '姓名', '性别', '年级', '班级', ...(category === null ? [] : ['关注类别'])];
      const row = [
        victim.number,
        victim.name,
        victim.gender,
        victim.grade,
        victim.classroom,
        ...(category === null ? [] : [category]),
      ];
      return (await exportTable({ name: 'x', headers, rows: [row] }, 'CSV')).content.toString('base64');
    };
    const attempt = async (url: string, category: string | null) => {
      const preview = await execute(url, PREVIEW, {
        token: admin,
        variables: { i: { kind: 'STUDENTS', format: 'CSV', fileBase64: await oneRow(category) } },
      });
      const id = preview.data?.previewRosterImport?.preview?.id;
      const confirm = id ? await execute(url, CONFIRM, { token: admin, variables: { id } }) : null;
      return { preview, confirm };
    };

    it.each([['gateway'], ['school subgraph']])(
      'a one-row file with 关注类别 answers the same whether or not the student has the category (%s)',
      async (where) => {
        const url = where === 'gateway' ? p.gatewayUrl : p.schoolUrl;
        await setCategories(['PSYCHOLOGICAL']);
        const withFact = await attempt(url, '心理问题');
        expect(await categoriesOf()).toEqual(['PSYCHOLOGICAL']);
        await setCategories([]);
        const withoutFact = await attempt(url, '心理问题');
        // Nor can the import write a category the admin may not set.
        expect(await categoriesOf()).toEqual([]);
        expect(comparable(withFact.preview)).toEqual(comparable(withoutFact.preview));
        expect(comparable(withFact.confirm ?? withFact.preview)).toEqual(
          comparable(withoutFact.confirm ?? withoutFact.preview),
        );
        // The refusal says which column and why, and names no student.
        expect(errorCodes(withFact.preview)).toEqual(['BAD_USER_INPUT']);
        expect(withFact.preview.errors![0].extensions).toMatchObject({ field: 'fileBase64', column: '关注类别' });
        expect(withFact.preview.errors![0].message).toMatch(/关注类别.*mentor/);
        expect(JSON.stringify(withFact.preview)).not.toContain(victim.name);
      },
    );

    it('an empty 关注类别 cell is refused the same way (the column itself is not the admin’s)', async () => {
      await setCategories(['LEFT_BEHIND']);
      const empty = await attempt(p.gatewayUrl, '');
      await setCategories([]);
      const emptyWithout = await attempt(p.gatewayUrl, '');
      expect(comparable(empty.preview)).toEqual(comparable(emptyWithout.preview));
      expect(errorCodes(empty.preview)).toEqual(['BAD_USER_INPUT']);
    });

    it.each([['gateway'], ['school subgraph']])(
      'a file without the column previews and confirms the same whatever the student’s categories (%s)',
      async (where) => {
        const url = where === 'gateway' ? p.gatewayUrl : p.schoolUrl;
        await setCategories(['PSYCHOLOGICAL', 'LEFT_BEHIND']);
        const withFact = await attempt(url, null);
        expect(await categoriesOf()).toEqual(['LEFT_BEHIND', 'PSYCHOLOGICAL']);
        await setCategories([]);
        const withoutFact = await attempt(url, null);
        expect(comparable(withFact.preview)).toEqual(comparable(withoutFact.preview));
        expect(comparable(withFact.confirm!)).toEqual(comparable(withoutFact.confirm!));
        expect(expectNoGraphQLErrors(withFact.preview).previewRosterImport.preview).toMatchObject({
          created: 0,
          updated: 0,
          unchanged: 1,
        });
      },
    );

    it('the template and the student export carry no 关注类别 column', async () => {
      for (const url of [p.gatewayUrl, p.schoolUrl]) {
        const template = expectNoGraphQLErrors(
          await execute(url, '{ rosterTemplate(kind: STUDENTS, format: CSV) { base64 } }', { token: admin }),
        ).rosterTemplate.base64;
        const exported = expectNoGraphQLErrors(
          await execute(url, '{ rosterExport(kind: STUDENTS, format: CSV) { base64 } }', { token: admin }),
        ).rosterExport.base64;
        for (const file of [template, exported])
          expect(Buffer.from(file, 'base64').toString('utf8')).not.toContain('关注类别');
      }
    });
  });

  describe('federation entry points (6): every representation gets a clean refusal, never an internal error', () => {
    const ENTITIES =
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on School { id } ... on Teacher { id } } }';
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

    it('school subgraph: a Student, an unowned or unknown type, and unknown, malformed or foreign School/Teacher ids', async () => {
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
    });

    it('district subgraph: unowned types, unknown, malformed or foreign School ids, and Teacher representations missing or faking what @requires hands over', async () => {
      const stranger = p.tokenFor({ personId: randomUUID(), role: Role.DISTRICT_ADMIN, districtId: randomUUID() });
      const schoolAdmin: Principal = { ...p.logins.find((l) => l.login === 'school-admin')!, role: Role.SCHOOL_ADMIN };
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
    });

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

  describe('NOT_FOUND vs FORBIDDEN (2): a record id outside your mentees answers like no record at all', () => {
    const PUBLISH =
      'mutation($r: ID!) { publishWrittenFeedback(recordId: $r) { record { id } userErrors { field code message } } }';

    it.each([['gateway'], ['school subgraph']])(
      'publishWrittenFeedback of another mentor’s 成长寄语 and of a made-up id give the same answer (%s)',
      async (where) => {
        const url = where === 'gateway' ? p.gatewayUrl : p.schoolUrl;
        const written = expectNoGraphQLErrors(
          await execute(
            p.gatewayUrl,
            'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } userErrors { code } } }',
            {
              token: p.token('mentor-1'),
              variables: {
                i: {
                  idempotencyKey: randomUUID(),
                  kind: 'WRITTEN_FEEDBACK',
                  studentIds: [victim.gid],
                  occurredAt: new Date(Date.now() - 3600_000).toISOString(),
                  content: '寄语',
                },
              },
            },
          ),
        ).createMentorRecord.record.id;
        // mentor-2 does not mentor the victim: whether the record exists is none of their business.
        const existing = await execute(url, PUBLISH, { token: p.token('mentor-2'), variables: { r: written } });
        const madeUp = await execute(url, PUBLISH, {
          token: p.token('mentor-2'),
          variables: { r: toGlobalId('MentorRecord', randomUUID()) },
        });
        const otherSchool = await execute(url, PUBLISH, {
          token: p.token('school-admin-2'),
          variables: { r: written },
        });
        expect(comparable(existing)).toEqual(comparable(madeUp));
        expect(comparable(otherSchool)).toEqual(comparable(madeUp));
        expect(expectNoGraphQLErrors(madeUp).publishWrittenFeedback).toEqual({
          record: null,
          userErrors: [{ field: 'recordId', code: 'NOT_FOUND', message: expect.any(String) }],
        });
        expect(
          (
            await p.school.query('SELECT published_at FROM mentor_record WHERE id = $1', [
              Buffer.from(written, 'base64url').toString().split(':')[1],
            ])
          )[0].published_at,
        ).toBeNull();
      },
    );
  });

  // These held before issue 12 (the wall is the first thing each write checks); they guard that order,
  // and that an idempotency key is the caller's own: replaying a colleague's key returns nothing of theirs.
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
            AND NOT EXISTS (SELECT 1 FROM mentorship m WHERE m.student_id = s.id AND m.mentor_id = $2) AND NOT EXISTS (SELECT 1 FROM growth_archive a WHERE a.student_id = s.id) LIMIT 1`,
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
        'mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { archive { version } userErrors { field code message } } }',
        (studentId) => ({ studentId, expectedVersion: 0, personality: 'x' }),
      ],
      [
        'setAttentionCategories',
        'mutation($i: SetAttentionCategoriesInput!) { setAttentionCategories(input: $i) { attentionCategories { category } userErrors { field code message } } }',
        (studentId) => ({ studentId, categories: ['PSYCHOLOGICAL'] }),
      ],
      [
        'createMentorRecord',
        'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } userErrors { field code message } } }',
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
        'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } userErrors { field code message } } }',
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
      'replaying a colleague’s idempotency key for your own mentee creates your own record, not a replay of theirs (%s)',
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
            'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { replayed record { id author { id } } userErrors { code } } }',
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
