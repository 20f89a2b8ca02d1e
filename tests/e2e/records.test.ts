import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

const hour = 3600_000;
const NOW = '2026-11-15T10:00:00Z';

describe("a mentor's daily work: archive, records, 三个一, crisis alerts, consultations", () => {
  let p: TestPlatform;
  let mentor: string;
  /** mentor-1's lead mentees, by student number: [uuid, global id]. */
  let mentees: { id: string; gid: string; name: string }[];
  const gql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    execute(p.gatewayUrl, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await gql(token, query, variables));
  const createRecord = `mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id kind term content } replayed userErrors { field code } } }`;
  const record = (token: string, input: Record<string, unknown>) =>
    ok(token, createRecord, {
      i: { idempotencyKey: randomUUID(), occurredAt: NOW, content: '谈了学习计划', ...input },
    });

  beforeAll(async () => {
    p = await startTestPlatform();
    p.clock.set(NOW);
    mentor = p.token('mentor-1');
    const me = p.logins.find((l) => l.login === 'mentor-1')!;
    const rows = await p.school.query(
      `SELECT s.id, s.name FROM mentorship m JOIN student s ON s.id = m.student_id WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND m.role = 'LEAD' ORDER BY s.student_number`,
      [me.personId],
    );
    mentees = rows.map((r: { id: string; name: string }) => ({
      id: r.id,
      name: r.name,
      gid: toGlobalId('Student', r.id),
    }));
    expect(mentees.length).toBeGreaterThan(3);
  });
  afterAll(() => p?.stop());

  describe('growth archive', () => {
    const edit = `mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { archive { version familyStructure personality guardians { name relation phone } monthlyNotes { month note } examResults { term exam band } updatedBy { name } } userErrors { field code message } } }`;

    it('starts empty at version 0, and an edit names the version it read', async () => {
      const read = await ok(
        mentor,
        'query($id: ID!) { student(id: $id) { archive { version personality guardians { name } } } }',
        { id: mentees[0].gid },
      );
      expect(read.student.archive).toEqual({ version: 0, personality: null, guardians: [] });
      const first = await ok(mentor, edit, {
        i: {
          studentId: mentees[0].gid,
          expectedVersion: 0,
          familyStructure: 'LEFT_BEHIND',
          personality: '内向，做事认真',
          guardians: [{ name: '王奶奶', relation: '祖母', phone: '13800000000' }],
          monthlyNotes: [{ month: '2026-11', note: '期中后情绪低落' }],
          examResults: [{ term: '2026-2027-1', exam: '期中 数学', band: 'FROM_10_TO_30' }],
        },
      });
      expect(first.editGrowthArchive.userErrors).toEqual([]);
      expect(first.editGrowthArchive.archive).toMatchObject({
        version: 1,
        familyStructure: 'LEFT_BEHIND',
        personality: '内向，做事认真',
        examResults: [{ band: 'FROM_10_TO_30' }],
        updatedBy: { name: p.logins.find((l) => l.login === 'mentor-1')!.name },
      });
    });

    it('a stale version is a conflict and overwrites nothing', async () => {
      const stale = await ok(mentor, edit, {
        i: { studentId: mentees[0].gid, expectedVersion: 0, personality: '覆盖' },
      });
      expect(stale.editGrowthArchive).toEqual({
        archive: null,
        userErrors: [
          { field: 'expectedVersion', code: 'VERSION_CONFLICT', message: expect.stringContaining('version 1') },
        ],
      });
      const [row] = await p.school.query('SELECT version, personality FROM growth_archive WHERE student_id = $1', [
        mentees[0].id,
      ]);
      expect(row).toEqual({ version: 1, personality: '内向，做事认真' });
    });

    it('two mentors editing at once: exactly one wins, the other gets a conflict', async () => {
      const results = await Promise.all(
        ['甲', '乙', '丙'].map((habits) =>
          ok(mentor, edit, { i: { studentId: mentees[0].gid, expectedVersion: 1, habits } }),
        ),
      );
      const codes = results.map((r) => r.editGrowthArchive.userErrors[0]?.code ?? 'OK').sort();
      expect(codes).toEqual(['OK', 'VERSION_CONFLICT', 'VERSION_CONFLICT']);
      const [row] = await p.school.query('SELECT version FROM growth_archive WHERE student_id = $1', [mentees[0].id]);
      expect(row.version).toBe(2);
    });

    it('exam results are bands; no rank exists anywhere in the API', async () => {
      const type = await ok(mentor, '{ __type(name: "ExamResult") { fields { name } } }');
      expect(type.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['band', 'exam', 'term']);
    });

    it('bad input is named by field', async () => {
      const bad = await ok(mentor, edit, {
        i: { studentId: mentees[0].gid, expectedVersion: 2, monthlyNotes: [{ month: '2026-13', note: 'x' }] },
      });
      expect(bad.editGrowthArchive.userErrors).toEqual([
        { field: 'monthlyNotes[0].month', code: 'INVALID_MONTH', message: expect.any(String) },
      ]);
    });

    it('attention categories record who set them and when; the category filter only runs over my mentees', async () => {
      const set = await ok(
        mentor,
        'mutation($i: SetAttentionCategoriesInput!) { setAttentionCategories(input: $i) { attentionCategories { category setAt setBy { name } } userErrors { code } } }',
        { i: { studentId: mentees[1].gid, categories: ['LEFT_BEHIND', 'ECONOMIC_HARDSHIP'] } },
      );
      expect(set.setAttentionCategories.attentionCategories.map((f: { category: string }) => f.category)).toEqual([
        'ECONOMIC_HARDSHIP',
        'LEFT_BEHIND',
      ]);
      // Another student of the school, not mine, in the same category:
      const [other] = await p.school.query(
        `SELECT s.id FROM student s WHERE s.school_id = $1 AND s.id NOT IN (SELECT student_id FROM mentorship WHERE mentor_id = $2) LIMIT 1`,
        [p.demo.schools[0].id, p.logins.find((l) => l.login === 'mentor-1')!.personId],
      );
      await p.school.query(
        `INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at) VALUES ($1, 'LEFT_BEHIND', $2, $3, now())`,
        [other.id, p.demo.schools[0].id, p.logins.find((l) => l.login === 'mentor-1')!.personId],
      );
      const filtered = await ok(
        mentor,
        '{ me { mentees(first: 50, category: LEFT_BEHIND) { totalCount nodes { id } } } }',
      );
      expect(filtered.me.mentees).toEqual({ totalCount: 1, nodes: [{ id: mentees[1].gid }] });
    });
  });

  describe('work records', () => {
    it('a retried request with the same idempotency key creates one record, not two', async () => {
      const input = {
        idempotencyKey: randomUUID(),
        kind: 'HOME_VISIT',
        studentIds: [mentees[0].gid],
        occurredAt: NOW,
        content: '家访：与祖母谈学习环境',
        place: '学生家',
      };
      const [a, b, c] = await Promise.all([0, 1, 2].map(() => ok(mentor, createRecord, { i: input })));
      const ids = new Set([a, b, c].map((r) => r.createMentorRecord.record.id));
      expect(ids.size).toBe(1);
      expect([a, b, c].filter((r) => r.createMentorRecord.replayed)).toHaveLength(2);
      const [{ n }] = await p.school.query('SELECT count(*)::int n FROM mentor_record WHERE idempotency_key = $1', [
        input.idempotencyKey,
      ]);
      expect(n).toBe(1);
      const reused = await ok(mentor, createRecord, { i: { ...input, content: '别的内容' } });
      expect(reused.createMentorRecord.userErrors).toEqual([
        { field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' },
      ]);
    });

    it('refuses what does not make sense, by field, and writes nothing', async () => {
      const before = await p.school.query('SELECT count(*)::int n FROM mentor_record');
      const cases: [Record<string, unknown>, { field: string; code: string }][] = [
        [
          { kind: 'TALK', studentIds: [mentees[0].gid, mentees[1].gid] },
          { field: 'studentIds', code: 'ONE_STUDENT_ONLY' },
        ],
        [
          { kind: 'PARENT_CONTACT', studentIds: [mentees[0].gid] },
          { field: 'contactMethod', code: 'REQUIRED' },
        ],
        [
          { kind: 'GROUP_ACTIVITY', studentIds: [mentees[0].gid, mentees[1].gid], topic: '读书会' },
          { field: 'place', code: 'REQUIRED' },
        ],
        [
          { kind: 'OPTIONAL_ACTION', studentIds: [mentees[0].gid], optionalAction: '一起打游戏' },
          { field: 'optionalAction', code: 'UNKNOWN_OPTIONAL_ACTION' },
        ],
        [
          {
            kind: 'TALK',
            studentIds: [mentees[0].gid],
            occurredAt: new Date(Date.parse(NOW) + 48 * hour).toISOString(),
          },
          { field: 'occurredAt', code: 'IN_THE_FUTURE' },
        ],
      ];
      for (const [input, error] of cases)
        expect((await record(mentor, input)).createMentorRecord.userErrors).toEqual([error]);
      expect(await p.school.query('SELECT count(*)::int n FROM mentor_record')).toEqual(before);
    });

    it("a mentor cannot write about someone else's mentee", async () => {
      const other = await record(p.token('mentor-2'), { kind: 'TALK', studentIds: [mentees[0].gid] }).catch((e) => e);
      expect(String(other)).toContain('FORBIDDEN');
    });

    it('a group activity is one record about many students', async () => {
      const group = await record(mentor, {
        kind: 'GROUP_ACTIVITY',
        studentIds: mentees.slice(0, 3).map((m) => m.gid),
        place: '图书馆',
        topic: '读书分享会',
      });
      expect(group.createMentorRecord.userErrors).toEqual([]);
      const [{ n }] = await p.school.query('SELECT count(*)::int n FROM record_student WHERE record_id = $1', [
        Buffer.from(group.createMentorRecord.record.id, 'base64url').toString().split(':')[1],
      ]);
      expect(n).toBe(3);
    });

    it('a 成长寄语 once published is read by the student and their guardian; one per student per term', async () => {
      const student = p.logins.find((l) => l.login === 'student')!;
      const gid = toGlobalId('Student', student.studentId!);
      const first = await record(mentor, {
        kind: 'WRITTEN_FEEDBACK',
        studentIds: [gid],
        content: '你这学期进步很大，继续加油！',
      });
      const second = await record(mentor, { kind: 'WRITTEN_FEEDBACK', studentIds: [gid], content: '第二份寄语' });
      expect((await ok(p.token('student'), '{ myFeedback { content } }')).myFeedback).toEqual([]);
      const publish =
        'mutation($r: ID!) { publishWrittenFeedback(recordId: $r) { record { publishedAt } userErrors { code } } }';
      expect(
        (await ok(mentor, publish, { r: first.createMentorRecord.record.id })).publishWrittenFeedback.userErrors,
      ).toEqual([]);
      expect(
        (await ok(mentor, publish, { r: second.createMentorRecord.record.id })).publishWrittenFeedback.userErrors,
      ).toEqual([{ code: 'FEEDBACK_ALREADY_PUBLISHED' }]);
      for (const login of ['student', 'guardian']) {
        const mine = await ok(p.token(login), '{ myFeedback { term content mentorName } }');
        expect(mine.myFeedback).toEqual([
          {
            term: '2026-2027-1',
            content: '你这学期进步很大，继续加油！',
            mentorName: p.logins.find((l) => l.login === 'mentor-1')!.name,
          },
        ]);
      }
      // Another student of the school reads nothing of it.
      const [other] = await p.school.query('SELECT id FROM student WHERE school_id = $1 AND id <> $2 LIMIT 1', [
        p.demo.schools[0].id,
        student.studentId,
      ]);
      const otherToken = p.tokenFor({
        personId: other.id,
        role: Role.STUDENT,
        districtId: p.demo.district.id,
        schoolId: p.demo.schools[0].id,
        studentId: other.id,
      });
      expect((await ok(otherToken, '{ myFeedback { content } }')).myFeedback).toEqual([]);
    });
  });

  describe('三个一 and the to-do list', () => {
    it("pending tasks equal a hand-made fixture of this term's and this month's rules", async () => {
      // Fresh mentees for a clean slate: the last two of mentor-1's list.
      const [a, b] = mentees.slice(-2);
      await record(mentor, { kind: 'HOME_VISIT', studentIds: [a.gid] });
      await record(mentor, { kind: 'TALK', studentIds: [a.gid], occurredAt: '2026-11-03T08:00:00Z' });
      await record(mentor, { kind: 'PARENT_CONTACT', studentIds: [a.gid], contactMethod: 'PHONE' });
      await record(mentor, { kind: 'TALK', studentIds: [b.gid], occurredAt: '2026-10-20T08:00:00Z' });
      await record(mentor, { kind: 'TALK', studentIds: [b.gid], occurredAt: '2026-07-01T08:00:00Z' }); // last term: counts for nothing now
      const { me } = await ok(mentor, '{ me { pendingTasks { student { id } kind period required done } } }');
      const of = (s: { gid: string }) =>
        me.pendingTasks
          .filter((t: { student: { id: string } }) => t.student.id === s.gid)
          .map(({ student, ...t }: { student: unknown }) => t);
      expect(of(a)).toEqual([
        { kind: 'PARENT_CONTACT', period: 'TERM', required: 2, done: 1 },
        { kind: 'WRITTEN_FEEDBACK', period: 'TERM', required: 1, done: 0 },
      ]);
      expect(of(b)).toEqual([
        { kind: 'HOME_VISIT', period: 'TERM', required: 1, done: 0 },
        { kind: 'PARENT_CONTACT', period: 'TERM', required: 2, done: 0 },
        { kind: 'TALK', period: 'MONTH', required: 1, done: 0 },
        { kind: 'WRITTEN_FEEDBACK', period: 'TERM', required: 1, done: 0 },
      ]);
      // In December the November talk no longer counts for the month, but still for the term.
      p.clock.set('2026-12-02T08:00:00Z');
      const december = await ok(mentor, '{ me { pendingTasks { student { id } kind period } } }');
      expect(
        december.me.pendingTasks
          .filter((t: { student: { id: string } }) => t.student.id === a.gid)
          .map((t: { kind: string; period: string }) => `${t.kind}/${t.period}`),
      ).toEqual(['PARENT_CONTACT/TERM', 'TALK/MONTH', 'WRITTEN_FEEDBACK/TERM']);
      p.clock.set(NOW);
    });

    it('a school sets its own frequency rules, but cannot drop 三个一', async () => {
      const set =
        'mutation($r: [DutyRuleInput!]!) { setDutyRules(rules: $r) { rules { kind period minCount } userErrors { code } } }';
      const dropped = await ok(p.token('school-admin'), set, { r: [{ kind: 'TALK', period: 'TERM', minCount: 1 }] });
      expect(dropped.setDutyRules.userErrors).toEqual([{ code: 'THREE_DUTIES_REQUIRED' }]);
      const rules = [
        { kind: 'HOME_VISIT', period: 'TERM', minCount: 1 },
        { kind: 'TALK', period: 'TERM', minCount: 1 },
        { kind: 'WRITTEN_FEEDBACK', period: 'TERM', minCount: 1 },
        { kind: 'OPTIONAL_ACTION', period: 'TERM', minCount: 2 },
      ];
      expect((await ok(p.token('school-admin'), set, { r: rules })).setDutyRules.userErrors).toEqual([]);
      const { me } = await ok(mentor, '{ me { pendingTasks { student { id } kind } } }');
      expect(me.pendingTasks.some((t: { kind: string }) => t.kind === 'OPTIONAL_ACTION')).toBe(true);
      expect(me.pendingTasks.some((t: { kind: string }) => t.kind === 'PARENT_CONTACT')).toBe(false);
      expect(errorCodes(await gql(mentor, set, { r: rules }))).toEqual(['FORBIDDEN']);
    });

    it('school leaders see completion counts per grade and classroom, equal to the records, and never the contents', async () => {
      const [{ classroom_id: classroomId }] = await p.school.query(
        'SELECT c.grade_id, s.classroom_id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.id = $1',
        [mentees.at(-2)!.id],
      );
      const q = `query($c: ID!) { classroom(id: $c) { dutyCompletion { term students homeVisitDone talkDone writtenFeedbackDone allDone } } grade: classroom(id: $c) { grade { id dutyCompletion { students homeVisitDone } } } }`;
      const res = await ok(p.token('grade-lead'), q, { c: toGlobalId('Classroom', classroomId) });
      const [expected] = await p.school.query(
        `SELECT count(*)::int students, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM record_student rs WHERE rs.student_id = s.id AND rs.term = '2026-2027-1' AND rs.kind = 'HOME_VISIT'))::int hv
           FROM student s WHERE s.classroom_id = $1 AND s.left_on IS NULL`,
        [classroomId],
      );
      expect(res.classroom.dutyCompletion).toMatchObject({
        term: '2026-2027-1',
        students: expected.students,
        homeVisitDone: expected.hv,
      });
      expect(res.grade.grade.dutyCompletion.homeVisitDone).toBeGreaterThanOrEqual(expected.hv);
      const contents = await gql(
        p.token('grade-lead'),
        'query($id: ID!) { student(id: $id) { records { content } } }',
        { id: mentees.at(-2)!.gid },
      );
      expect(errorCodes(contents)).toEqual(['FORBIDDEN']);
    });
  });

  describe('crisis alerts', () => {
    let alertId: string;
    const raise = `mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id status level description } userErrors { field code } } }`;
    const advance = `mutation($i: AdvanceCrisisAlertInput!) { advanceCrisisAlert(input: $i) { alert { status referredTo history { status actor { name } } } userErrors { field code } } }`;

    it('a mentor raises an alert about a mentee; a retried request raises it once', async () => {
      const input = {
        studentId: mentees[2].gid,
        level: 'HIGH',
        description: '多次提到不想活了',
        idempotencyKey: randomUUID(),
      };
      const [a, b] = [await ok(mentor, raise, { i: input }), await ok(mentor, raise, { i: input })];
      expect(a.raiseCrisisAlert.alert).toMatchObject({
        status: 'REPORTED',
        level: 'HIGH',
        description: '多次提到不想活了',
      });
      expect(b.raiseCrisisAlert.alert.id).toBe(a.raiseCrisisAlert.alert.id);
      alertId = a.raiseCrisisAlert.alert.id;
      const other = await gql(p.token('mentor-2'), raise, { i: { ...input, idempotencyKey: randomUUID() } });
      expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    });

    it('the school admin sees that it exists, its level and status, not its details; the crisis team sees all', async () => {
      const admin = await ok(p.token('school-admin'), '{ crisisAlerts { id level status overdue } }');
      expect(admin.crisisAlerts).toEqual([{ id: alertId, level: 'HIGH', status: 'REPORTED', overdue: false }]);
      for (const field of ['description', 'student { name }', 'referredTo', 'history { status }']) {
        expect(errorCodes(await gql(p.token('school-admin'), `{ crisisAlerts { ${field} } }`))).toContain('FORBIDDEN');
      }
      const team = await ok(
        p.token('crisis-team'),
        '{ crisisAlerts { description student { id } raisedBy { name } } }',
      );
      expect(team.crisisAlerts).toEqual([
        {
          description: '多次提到不想活了',
          student: { id: mentees[2].gid },
          raisedBy: { name: p.logins.find((l) => l.login === 'mentor-1')!.name },
        },
      ]);
      expect(errorCodes(await gql(p.token('school-admin-2'), '{ crisisAlerts { id } }'))).toEqual([]);
      expect((await ok(p.token('school-admin-2'), '{ crisisAlerts { id } }')).crisisAlerts).toEqual([]);
    });

    it('not picked up within 24 hours it is flagged overdue (controllable clock), until the crisis team picks it up', async () => {
      p.clock.advance(23 * hour);
      expect((await ok(p.token('school-admin'), '{ crisisAlerts(overdueOnly: true) { id } }')).crisisAlerts).toEqual(
        [],
      );
      p.clock.advance(2 * hour);
      expect(
        (await ok(p.token('school-admin'), '{ crisisAlerts(overdueOnly: true) { id overdue } }')).crisisAlerts,
      ).toEqual([{ id: alertId, overdue: true }]);
      const picked = await ok(p.token('crisis-team'), advance, { i: { alertId, status: 'ASSESSING' } });
      expect(picked.advanceCrisisAlert.alert.status).toBe('ASSESSING');
      expect((await ok(p.token('school-admin'), '{ crisisAlerts { overdue } }')).crisisAlerts).toEqual([
        { overdue: false },
      ]);
    });

    it('REPORTED → ASSESSING → REFERRED (to whom) → CLOSED, each step with who and when; no skipping back', async () => {
      const noTarget = await ok(p.token('crisis-team'), advance, { i: { alertId, status: 'REFERRED' } });
      expect(noTarget.advanceCrisisAlert.userErrors).toEqual([{ field: 'referredTo', code: 'REQUIRED' }]);
      const referred = await ok(p.token('crisis-team'), advance, {
        i: { alertId, status: 'REFERRED', referredTo: '区未成年人心理健康辅导中心' },
      });
      expect(referred.advanceCrisisAlert.alert).toMatchObject({
        status: 'REFERRED',
        referredTo: '区未成年人心理健康辅导中心',
      });
      const back = await ok(p.token('crisis-team'), advance, { i: { alertId, status: 'ASSESSING' } });
      expect(back.advanceCrisisAlert.userErrors).toEqual([{ field: 'status', code: 'INVALID_TRANSITION' }]);
      const closed = await ok(p.token('crisis-team'), advance, {
        i: { alertId, status: 'CLOSED', note: '已转介并跟进' },
      });
      const crisisName = p.logins.find((l) => l.login === 'crisis-team')!.name;
      expect(closed.advanceCrisisAlert.alert.history).toEqual([
        { status: 'REPORTED', actor: { name: p.logins.find((l) => l.login === 'mentor-1')!.name } },
        { status: 'ASSESSING', actor: { name: crisisName } },
        { status: 'REFERRED', actor: { name: crisisName } },
        { status: 'CLOSED', actor: { name: crisisName } },
      ]);
      expect(errorCodes(await gql(mentor, advance, { i: { alertId, status: 'CLOSED' } }))).toEqual(['FORBIDDEN']);
      p.clock.set(NOW);
    });
  });

  describe('school settings', () => {
    it('the school admin sets the crisis pick-up time; alerts go overdue by it', async () => {
      const update =
        'mutation($i: SchoolSettingsInput!) { updateSchoolSettings(input: $i) { settings { crisisPickupHours } userErrors { field code } } }';
      expect(
        (await ok(p.token('school-admin'), update, { i: { crisisPickupHours: 0 } })).updateSchoolSettings.userErrors,
      ).toEqual([{ field: 'crisisPickupHours', code: 'INVALID_HOURS' }]);
      expect(errorCodes(await gql(mentor, update, { i: { crisisPickupHours: 2 } }))).toEqual(['FORBIDDEN']);
      expect(
        (await ok(p.token('school-admin'), update, { i: { crisisPickupHours: 2 } })).updateSchoolSettings.settings,
      ).toEqual({ crisisPickupHours: 2 });
      const raised = await ok(
        mentor,
        'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } } }',
        { i: { studentId: mentees[3].gid, level: 'MODERATE', description: '情绪低落', idempotencyKey: randomUUID() } },
      );
      p.clock.advance(3 * hour);
      const alerts = (await ok(p.token('school-admin'), '{ crisisAlerts(overdueOnly: true) { id } }')).crisisAlerts;
      expect(alerts).toContainEqual({ id: raised.raiseCrisisAlert.alert.id });
      p.clock.set(NOW);
      await ok(p.token('school-admin'), update, { i: { crisisPickupHours: 24 } });
    });
  });

  describe('case consultations (学情会商)', () => {
    it("the head teacher records the class's meeting; each mentor reads only the decisions about their own mentees", async () => {
      const head = p.logins.find((l) => l.login === 'head-teacher')!;
      const pairs = await p.school.query(
        `SELECT s.id AS student_id, m.mentor_id FROM student s JOIN mentorship m ON m.student_id = s.id AND m.ended_on IS NULL AND m.role = 'LEAD'
          WHERE s.classroom_id = $1 ORDER BY s.student_number`,
        [head.classroomId],
      );
      const x = pairs[0];
      const y = pairs.find((r: { mentor_id: string }) => r.mentor_id !== x.mentor_id && r.mentor_id !== head.personId);
      const input = {
        classroomId: toGlobalId('Classroom', head.classroomId!),
        heldOn: '2026-11-13',
        attendeeIds: [toGlobalId('Teacher', x.mentor_id), toGlobalId('Teacher', y.mentor_id)],
        decisions: [
          { studentId: toGlobalId('Student', x.student_id), decision: '数学需要个别辅导' },
          { studentId: toGlobalId('Student', y.student_id), decision: '与家长沟通作息' },
        ],
        tasks: [
          {
            description: '周三约谈家长',
            ownerId: toGlobalId('Teacher', y.mentor_id),
            studentId: toGlobalId('Student', y.student_id),
            dueOn: '2026-11-20',
          },
        ],
      };
      const mutation =
        'mutation($i: RecordCaseConsultationInput!) { recordCaseConsultation(input: $i) { consultation { id heldOn decisions { decision } } userErrors { field code } } }';
      const saved = await ok(p.token('head-teacher'), mutation, { i: input });
      expect(saved.recordCaseConsultation.consultation.decisions).toHaveLength(2);
      const tokenOf = (personId: string) =>
        p.tokenFor({ personId, role: Role.MENTOR, districtId: p.demo.district.id, schoolId: p.demo.schools[0].id });
      const notes = 'query($id: ID!) { student(id: $id) { consultationNotes { heldOn decision } } }';
      expect(
        (await ok(tokenOf(x.mentor_id), notes, { id: toGlobalId('Student', x.student_id) })).student.consultationNotes,
      ).toEqual([{ heldOn: '2026-11-13', decision: '数学需要个别辅导' }]);
      expect(errorCodes(await gql(tokenOf(x.mentor_id), notes, { id: toGlobalId('Student', y.student_id) }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(
        errorCodes(
          await gql(
            tokenOf(x.mentor_id),
            'query($c: ID!) { caseConsultations(classroomId: $c) { decisions { decision } } }',
            { c: input.classroomId },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      // The owner sees and completes the task.
      const tasks = await ok(tokenOf(y.mentor_id), '{ me { consultationTasks { id description dueOn doneAt } } }');
      expect(tasks.me.consultationTasks).toEqual([
        { id: expect.any(String), description: '周三约谈家长', dueOn: '2026-11-20', doneAt: null },
      ]);
      const done = await ok(
        tokenOf(y.mentor_id),
        'mutation($t: ID!) { completeConsultationTask(taskId: $t) { task { doneAt } userErrors { code } } }',
        { t: tasks.me.consultationTasks[0].id },
      );
      expect(done.completeConsultationTask.task.doneAt).not.toBeNull();
      // Another class's head teacher cannot record for this class.
      const [otherRoom] = await p.school.query(
        'SELECT id, head_teacher_id FROM classroom WHERE school_id = $1 AND id <> $2 LIMIT 1',
        [p.demo.schools[0].id, head.classroomId],
      );
      const otherHead = p.tokenFor({
        personId: otherRoom.head_teacher_id,
        role: Role.HEAD_TEACHER,
        districtId: p.demo.district.id,
        schoolId: p.demo.schools[0].id,
        classroomId: otherRoom.id,
      });
      expect(errorCodes(await gql(otherHead, mutation, { i: input }))).toEqual(['FORBIDDEN']);
      const outsider = await ok(p.token('head-teacher'), mutation, {
        i: { ...input, decisions: [{ studentId: mentees[0].gid, decision: 'x' }], tasks: [] },
      });
      if (!pairs.some((r: { student_id: string }) => r.student_id === mentees[0].id))
        expect(outsider.recordCaseConsultation.userErrors).toEqual([
          { field: 'decisions[0].studentId', code: 'NOT_IN_CLASSROOM' },
        ]);
    });

    it('a retried send with the same idempotency key records the meeting once; a malformed key is refused', async () => {
      const head = p.logins.find((l) => l.login === 'head-teacher')!;
      const [row] = await p.school.query(
        'SELECT id FROM student WHERE classroom_id = $1 AND left_on IS NULL ORDER BY student_number LIMIT 1',
        [head.classroomId],
      );
      const idempotencyKey = randomUUID();
      const input = {
        classroomId: toGlobalId('Classroom', head.classroomId!),
        heldOn: '2026-11-12',
        attendeeIds: [],
        decisions: [{ studentId: toGlobalId('Student', row.id), decision: '先观察一周' }],
        tasks: [],
        idempotencyKey,
      };
      const mutation =
        'mutation($i: RecordCaseConsultationInput!) { recordCaseConsultation(input: $i) { consultation { id } userErrors { field code } } }';
      const first = await ok(p.token('head-teacher'), mutation, { i: input });
      const again = await ok(p.token('head-teacher'), mutation, { i: input });
      expect(again.recordCaseConsultation.consultation.id).toBe(first.recordCaseConsultation.consultation.id);
      const [{ n }] = await p.school.query(
        "SELECT count(*)::int AS n FROM case_consultation WHERE classroom_id = $1 AND held_on = '2026-11-12'",
        [head.classroomId],
      );
      expect(n).toBe(1);
      // A new form (a new key) is a new meeting record.
      await ok(p.token('head-teacher'), mutation, { i: { ...input, idempotencyKey: randomUUID() } });
      const bad = await ok(p.token('head-teacher'), mutation, { i: { ...input, idempotencyKey: 'x' } });
      expect(bad.recordCaseConsultation.userErrors).toEqual([
        { field: 'idempotencyKey', code: 'INVALID_IDEMPOTENCY_KEY' },
      ]);
    });
  });

  describe('access log', () => {
    it('every read of personal data is logged with who, which student, which fields and the platform’s request id; the admin sees counts, not the data', async () => {
      const requestId = `test-${randomUUID()}`;
      await execute(
        p.gatewayUrl,
        'query($id: ID!) { student(id: $id) { archive { personality } attentionCategories { category } } }',
        { token: mentor, variables: { id: mentees[1].gid }, headers: { 'x-request-id': requestId } },
      );
      const [row] = await p.school.query(
        `SELECT actor_id, actor_role, action, student_id, fields, sealed, request_id FROM access_log WHERE student_id = $1 AND action = 'READ' ORDER BY id DESC LIMIT 1`,
        [mentees[1].id],
      );
      // The gateway names the request itself: the client's x-request-id is not what the log keeps.
      expect(row).toEqual({
        actor_id: p.logins.find((l) => l.login === 'mentor-1')!.personId,
        actor_role: 'MENTOR',
        action: 'READ',
        student_id: mentees[1].id,
        fields: ['archive', 'attentionCategories'],
        sealed: false,
        request_id: expect.not.stringMatching(requestId),
      });
      const log = await ok(
        p.token('school-admin'),
        '{ accessLogSummary { reader { name } readerRole studentsTouched readRequests } }',
      );
      expect(log.accessLogSummary).toContainEqual(
        expect.objectContaining({
          reader: { name: p.logins.find((l) => l.login === 'mentor-1')!.name },
          readerRole: 'MENTOR',
        }),
      );
      expect(
        errorCodes(
          await gql(p.token('school-admin'), 'query($id: ID!) { student(id: $id) { archive { personality } } }', {
            id: mentees[1].gid,
          }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(mentor, '{ accessLogSummary { day } }'))).toEqual(['FORBIDDEN']);
    });
  });

  describe('cost', () => {
    it('a page of mentees with archives, categories, latest records and duties costs the same few statements for 5 or 15 mentees', async () => {
      const query = `query($n: Int!) { me { mentees(first: $n) { totalCount nodes { name archive { version personality } attentionCategories { category } records(first: 3) { kind content } termDuties { homeVisit talk writtenFeedback } crisisAlerts { level } mentors { role } } } } }`;
      const count = async (n: number) => {
        await ok(mentor, query, { n }); // warm the schema caches
        p.schoolStatements.reset();
        const res = await ok(mentor, query, { n });
        expect(res.me.mentees.nodes).toHaveLength(Math.min(n, res.me.mentees.totalCount));
        return p.schoolStatements.count;
      };
      const five = await count(5);
      const fifteen = await count(15);
      expect(fifteen).toBe(five);
      expect(fifteen).toBeLessThanOrEqual(12);
    });
  });
});
