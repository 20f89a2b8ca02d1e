import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { gatewayCalls, startTestPlatform, type TestPlatform } from '../support/platform';
import { freeTrainee } from './free-trainee';

describe('training (培训): catalogue, completions, progress through federation', () => {
  let p: TestPlatform;
  let mentor: { personId: string; staffNumber: string; gid: string };
  let code: string;
  let courseId: string;
  const { gql, ok } = gatewayCalls(() => p);
  const district = () => p.token('district-admin');
  const progress =
    'query($id: ID!) { teacher(id: $id) { name training { requiredCoursesTotal requiredCoursesDone ' +
    'complete trialPeriodDays completions { completedOn passed } } } }';

  beforeAll(async () => {
    p = await startTestPlatform();
    const login = p.logins.find((l) => l.login === 'mentor-1')!;
    const [t] = await p.school.query('SELECT staff_number FROM teacher WHERE id = $1', [login.personId]);
    mentor = { personId: login.personId, staffNumber: t.staff_number, gid: toGlobalId('Teacher', login.personId) };
    [{ code }] = await p.district.query('SELECT code FROM school WHERE id = $1', [p.demo.schools[0].id]);
  });
  afterAll(() => p?.stop());

  it('the district adds required courses; a teacher sees their own progress across both subgraphs', async () => {
    const add =
      'mutation($i: AddTrainingCourseInput!) { addTrainingCourse(input: $i) { course { id title ' +
      'schoolBased } userErrors { code } } }';
    const a = await ok(district(), add, {
      i: { title: '全员导师制政策解读', topic: 'POLICY_AND_PLAN', hours: 4, required: true },
    });
    courseId = a.addTrainingCourse.course.id;
    await ok(district(), add, { i: { title: '心理健康教育基础', topic: 'MENTAL_HEALTH', hours: 6, required: true } });
    await ok(district(), add, { i: { title: '生涯指导选修', topic: 'CAREER_GUIDANCE', hours: 2, required: false } });
    expect(
      (
        await ok(district(), add, {
          i: { title: '全员导师制政策解读', topic: 'POLICY_AND_PLAN', hours: 4, required: true },
        })
      ).addTrainingCourse.userErrors,
    ).toEqual([{ code: 'DUPLICATE_COURSE' }]);
    const before = await ok(p.token('mentor-1'), progress, { id: mentor.gid });
    expect(before.teacher.training).toMatchObject({
      requiredCoursesTotal: 2,
      requiredCoursesDone: 0,
      complete: false,
      trialPeriodDays: 30,
      completions: [],
    });
    const rec =
      'mutation($i: RecordTrainingCompletionInput!) { recordTrainingCompletion(input: $i) { completion ' +
      '{ completedOn hours passed } userErrors { code } } }';
    const done = await ok(district(), rec, {
      i: {
        schoolId: toGlobalId('School', p.demo.schools[0].id),
        staffNumber: mentor.staffNumber,
        courseId,
        completedOn: '2026-10-10',
        passed: true,
      },
    });
    expect(done.recordTrainingCompletion.completion).toEqual({ completedOn: '2026-10-10', hours: 4, passed: true });
    const after = await ok(p.token('mentor-1'), progress, { id: mentor.gid });
    expect(after.teacher.training).toMatchObject({
      requiredCoursesDone: 1,
      complete: false,
      completions: [{ completedOn: '2026-10-10', passed: true }],
    });
  });

  it('bulk completions from a file: a bad row is reported by row and column and nothing is written', async () => {
    const imp =
      'mutation($f: String!, $c: Boolean) { importTrainingCompletions(format: CSV, fileBase64: $f, ' +
      'confirm: $c) { recorded applied rowErrors { row column code } userErrors { code } } }';
    const file = (rows: string[][]) =>
      Buffer.from(
        [['学校代码', '工号', '课程', '完成日期', '学时', '是否合格'], ...rows].map((r) => r.join(',')).join('\r\n'),
        'utf8',
      ).toString('base64');
    const bad = file([
      [code, mentor.staffNumber, '心理健康教育基础', '2026-10-20', '6', '是'],
      [code, 'X1', '不存在的课程', '2026-13-01', '', '也许'],
    ]);
    const res = (await ok(district(), imp, { f: bad, c: true })).importTrainingCompletions;
    expect(res).toMatchObject({
      applied: false,
      rowErrors: [
        { row: 3, column: '课程', code: 'UNKNOWN_COURSE' },
        { row: 3, column: '完成日期', code: 'BAD_DATE' },
        { row: 3, column: '是否合格', code: 'BAD_PASSED' },
      ],
    });
    expect((await p.district.query('SELECT count(*)::int n FROM training_completion'))[0].n).toBe(1);
    const good = file([[code, mentor.staffNumber, '心理健康教育基础', '2026-10-20', '6', '是']]);
    expect((await ok(district(), imp, { f: good, c: true })).importTrainingCompletions).toMatchObject({
      recorded: 1,
      applied: true,
      rowErrors: [],
    });
    expect((await ok(p.token('mentor-1'), progress, { id: mentor.gid })).teacher.training).toMatchObject({
      requiredCoursesDone: 2,
      complete: true,
    });
  });

  it(
    'the school admin sees their teachers’ training; another mentor or another school’s admin cannot, not ' +
      'even through the district subgraph',
    async () => {
      const school = await ok(
        p.token('school-admin'),
        'query($id: ID!) { school(id: $id) { teachers(first: 100) { nodes { id training { ' +
          'requiredCoursesTotal } } } } }',
        { id: toGlobalId('School', p.demo.schools[0].id) },
      );
      expect(
        school.school.teachers.nodes.every(
          (t: { training: { requiredCoursesTotal: number } }) => t.training.requiredCoursesTotal === 2,
        ),
      ).toBe(true);
      expect((await ok(p.token('school-admin'), progress, { id: mentor.gid })).teacher.training.complete).toBe(true);
      const reps = {
        r: [
          {
            __typename: 'Teacher',
            id: mentor.gid,
            staffNumber: mentor.staffNumber,
            school: { id: toGlobalId('School', p.demo.schools[0].id) },
          },
        ],
      };
      const entities =
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Teacher { training { complete ' +
        'completions { passed } } } } }';
      for (const login of ['mentor-2', 'school-admin-2', 'student']) {
        const direct = await execute(p.districtUrl, entities, { token: p.token(login), variables: reps });
        expect(errorCodes(direct)).toContain('FORBIDDEN');
        expect(JSON.stringify(direct.data ?? null)).not.toContain('completions');
      }
      expect(errorCodes(await gql(p.token('mentor-2'), progress, { id: mentor.gid }))).toContain('FORBIDDEN');
      // A forged representation: mentor-2's own id with mentor-1's staff number, straight at the district.
      const me2 = p.logins.find((l) => l.login === 'mentor-2')!;
      const forged = {
        r: [
          {
            __typename: 'Teacher',
            id: toGlobalId('Teacher', me2.personId),
            staffNumber: mentor.staffNumber,
            school: { id: toGlobalId('School', p.demo.schools[0].id) },
          },
        ],
      };
      expect(
        errorCodes(await execute(p.districtUrl, entities, { token: p.token('mentor-2'), variables: forged })),
      ).toContain('FORBIDDEN');
      // The same teacher with the right staff number reads it.
      const own = {
        r: [
          {
            __typename: 'Teacher',
            id: mentor.gid,
            staffNumber: mentor.staffNumber,
            school: { id: toGlobalId('School', p.demo.schools[0].id) },
          },
        ],
      };
      expect(
        expectNoGraphQLErrors(await execute(p.districtUrl, entities, { token: p.token('mentor-1'), variables: own }))
          ._entities[0].training.complete,
      ).toBe(true);
    },
  );

  describe('certification (聘任)', () => {
    let trainee: { id: string; gid: string; staff: string };
    const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);
    const payload =
      '{ teacher { mentorStatus trialStartedOn certifiedOn } handedOver userErrors { field code message } }';

    beforeAll(async () => {
      trainee = await freeTrainee(p);
    });

    it(
      'a trainee is certified only after the required ' + 'training and the trial period, each refusal saying why',
      async () => {
        const admin = p.token('school-admin');
        const certify = `mutation($t: ID!, $on: String) { certifyMentor(teacherId: $t, on: $on) ${payload} }`;
        const start = `mutation($t: ID!, $on: String) { startMentorTrial(teacherId: $t, on: $on) ${payload} }`;
        expect((await ok(admin, certify, { t: trainee.gid })).certifyMentor.userErrors[0].code).toBe(
          'TRIAL_NOT_STARTED',
        );
        expect((await ok(admin, start, { t: trainee.gid, on: day(-10) })).startMentorTrial.teacher).toMatchObject({
          mentorStatus: 'TRAINEE',
          trialStartedOn: day(-10),
        });
        expect((await ok(admin, certify, { t: trainee.gid })).certifyMentor.userErrors).toEqual([
          { field: 'teacherId', code: 'TRAINING_INCOMPLETE', message: expect.stringContaining('0 of 2') },
        ]);
        const rec =
          'mutation($i: RecordTrainingCompletionInput!) { recordTrainingCompletion(input: $i) { ' +
          'userErrors { code } } }';
        for (const c of await p.district.query('SELECT id FROM training_course WHERE required')) {
          await ok(district(), rec, {
            i: {
              schoolId: toGlobalId('School', p.demo.schools[0].id),
              staffNumber: trainee.staff,
              courseId: toGlobalId('TrainingCourse', c.id),
              completedOn: day(-5),
              passed: true,
            },
          });
        }
        expect((await ok(admin, certify, { t: trainee.gid })).certifyMentor.userErrors).toEqual([
          { field: 'on', code: 'TRIAL_NOT_OVER', message: expect.stringContaining('30 days') },
        ]);
        p.districtLink.cut();
        await ok(admin, start, { t: trainee.gid, on: day(-40) });
        expect((await ok(admin, certify, { t: trainee.gid })).certifyMentor.userErrors[0].code).toBe(
          'DISTRICT_UNAVAILABLE',
        );
        expect(
          (await p.school.query('SELECT mentor_status FROM teacher WHERE id = $1', [trainee.id]))[0].mentor_status,
        ).toBe('TRAINEE');
        p.districtLink.restore();
        expect((await ok(admin, certify, { t: trainee.gid, on: day(0) })).certifyMentor).toMatchObject({
          teacher: { mentorStatus: 'CERTIFIED', certifiedOn: day(0) },
          userErrors: [],
        });
        const history = await ok(
          admin,
          'query($t: ID!) { teacher(id: $t) { statusHistory { nodes { fromStatus toStatus reason } } } }',
          { t: trainee.gid },
        );
        expect(history.teacher.statusHistory.nodes.map((h: { toStatus: string }) => h.toStatus)).toEqual([
          'TRAINEE',
          'TRAINEE',
          'CERTIFIED',
        ]);
        expect(errorCodes(await gql(p.token('mentor-1'), certify, { t: trainee.gid }))).toEqual(['FORBIDDEN']);
      },
    );
  });
});
