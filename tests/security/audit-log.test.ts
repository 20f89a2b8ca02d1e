import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors, type GraphQLResponse } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * Issue 12, item 5: the access log told the school admin which children have crisis alerts,
 * attention categories and consultation decisions. Here a crisis team, a mentor and a head
 * teacher do their work; then every view of the log is read as each role would, through the
 * gateway and directly at the school subgraph.
 */
const DAY1 = '2026-11-16'; // China time
const DAY2 = '2026-11-17';
const AT_DAY1 = '2026-11-16T02:00:00.000Z'; // 10:00 in China
const AT_DAY2 = '2026-11-17T02:00:00.000Z';
const FROM = '2026-11-15T16:00:00.000Z'; // 00:00 of DAY1 in China
const TO = '2026-11-17T16:00:00.000Z'; // 00:00 after DAY2
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/**
 * Data names that only appear when a student has an alert or was discussed (a mentor's read of the categories field
 * happens for every mentee alike).
 */
const TELLING = /crisisAlert[."]|consultation/;
/** In the counts, no kind of data is named at all. */
const ANY_DATA = /crisis|attention|consultation|archive|records/;

describe('the audit trail watches without telling (issue 12, item 5)', () => {
  let p: TestPlatform;
  let schoolId: string;
  let mentor: string;
  let admin: string;
  let crisis: string;
  let headTeacher: string;
  let mentorId: string;
  let crisisId: string;
  let headTeacherId: string;
  /**
   * mentor-1's lead mentees; `child` is the demo student (the guardian's child), `alerted` gets the alert and the
   * category.
   */
  let mentees: { id: string; gid: string; name: string }[];
  let child: { id: string; gid: string; name: string };
  let alerted: { id: string; gid: string; name: string };
  let plain: { id: string; gid: string; name: string };
  /** A student of the head teacher's class discussed in 学情会商. */
  let discussed: { id: string; gid: string; name: string };
  let allStudentIds: Set<string>;
  let allStudentNames: string[];

  const gql = (
    url: string,
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ) => execute(url, query, { token, variables, headers });
  const ok = async (
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ) => expectNoGraphQLErrors(await gql(p.gatewayUrl, token, query, variables, headers));
  const auditRows = (where: string, params: unknown[]) =>
    p.school.query(
      `SELECT action, student_id, fields, sealed, request_id, actor_id FROM access_log WHERE ${where}`,
      params,
    );

  /** Every student id, global id or name of the school anywhere in a response. */
  function studentsNamedIn(response: GraphQLResponse): string[] {
    const text = JSON.stringify(response);
    const found: string[] = [];
    for (const uuid of text.match(UUID) ?? []) if (allStudentIds.has(uuid.toLowerCase())) found.push(uuid);
    for (const token of text.match(/[A-Za-z0-9_-]{20,}/g) ?? []) {
      const decoded = Buffer.from(token, 'base64url').toString('utf8');
      if (decoded.startsWith('Student:')) found.push(decoded);
    }
    for (const name of allStudentNames) if (text.includes(`"${name}"`)) found.push(name);
    return found;
  }

  const SUMMARY =
    'query($from: DateTimeISO, $to: DateTimeISO, $r: ID) { accessLogSummary(from: $from, to: $to, readerId: $r) { day reader { id name } readerRole studentsTouched readRequests writeRequests origins } }';
  const REVIEW = `mutation($i: OpenAccessReviewInput!) { openAccessReview(input: $i) {
    review { id reason from to openedAt openedBy { name } reader { id } truncated
      days { day reader { id } readerRole studentsTouched readRequests writeRequests }
      entries { hour reader { id } readerRole action student { id name } fields requests } }
    userErrors { field code } } }`;

  beforeAll(async () => {
    p = await startTestPlatform();
    schoolId = p.demo.schools[0].id;
    const login = (name: string) => p.logins.find((l) => l.login === name)!;
    mentor = p.token('mentor-1');
    admin = p.token('school-admin');
    crisis = p.token('crisis-team');
    headTeacher = p.token('head-teacher');
    mentorId = login('mentor-1').personId;
    crisisId = login('crisis-team').personId;
    headTeacherId = login('head-teacher').personId;
    const rows: { id: string; name: string }[] = await p.school.query(
      `SELECT s.id, s.name FROM mentorship m JOIN student s ON s.id = m.student_id WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND s.left_on IS NULL ORDER BY s.student_number`,
      [mentorId],
    );
    mentees = rows.map((r) => ({ ...r, gid: toGlobalId('Student', r.id) }));
    child = mentees.find((m) => m.id === login('student').studentId)!;
    [alerted, plain] = mentees.filter((m) => m !== child);
    expect(child && alerted && plain).toBeTruthy();
    const [d] = await p.school.query(
      `SELECT s.id, s.name FROM student s WHERE s.classroom_id = $1 AND s.left_on IS NULL AND s.id <> ALL($2) ORDER BY s.student_number LIMIT 1`,
      [login('head-teacher').classroomId, mentees.map((m) => m.id)],
    );
    discussed = { ...d, gid: toGlobalId('Student', d.id) };
    const everyone: { id: string; name: string }[] = await p.school.query('SELECT id, name FROM student');
    const teacherNames = new Set(
      (await p.school.query('SELECT name FROM teacher')).map((t: { name: string }) => t.name),
    );
    allStudentIds = new Set(everyone.map((s) => s.id));
    allStudentNames = [...new Set(everyone.map((s) => s.name))].filter((n) => !teacherNames.has(n));

    // Day 1, 10:00: the mentor raises an alert and sets a category on one mentee, records a talk
    // with the child, reads every mentee's categories and alerts, and the child's archive.
    p.clock.set(AT_DAY1);
    const occurredAt = '2026-11-16T01:00:00.000Z';
    const raised = await ok(
      mentor,
      'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } userErrors { code } } }',
      {
        i: {
          studentId: alerted.gid,
          level: 'HIGH',
          description: '情绪低落，提到不想上学',
          idempotencyKey: randomUUID(),
        },
      },
    );
    expect(raised.raiseCrisisAlert.userErrors).toEqual([]);
    expect(
      (
        await ok(
          mentor,
          'mutation($i: SetAttentionCategoriesInput!) { setAttentionCategories(input: $i) { userErrors { code } } }',
          { i: { studentId: alerted.gid, categories: ['PSYCHOLOGICAL'] } },
        )
      ).setAttentionCategories.userErrors,
    ).toEqual([]);
    expect(
      (
        await ok(
          mentor,
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
          {
            i: {
              idempotencyKey: randomUUID(),
              kind: 'TALK',
              studentIds: [child.gid],
              occurredAt,
              content: '谈了学习计划',
            },
          },
        )
      ).createMentorRecord.userErrors,
    ).toEqual([]);
    await ok(
      mentor,
      '{ me { mentees(first: 100) { nodes { id attentionCategories { category } crisisAlerts { level description } } } } }',
    );
    await ok(mentor, 'query($id: ID!) { student(id: $id) { archive { version } } }', { id: child.gid });

    // The crisis team reads the school's alerts and picks this one up.
    const alerts = await ok(crisis, '{ crisisAlerts { id description student { id name } } }');
    expect(alerts.crisisAlerts.map((a: { student: { id: string } }) => a.student.id)).toEqual([alerted.gid]);
    expect(
      (
        await ok(
          crisis,
          'mutation($i: AdvanceCrisisAlertInput!) { advanceCrisisAlert(input: $i) { userErrors { code } } }',
          { i: { alertId: raised.raiseCrisisAlert.alert.id, status: 'ASSESSING' } },
        )
      ).advanceCrisisAlert.userErrors,
    ).toEqual([]);

    // The head teacher records a 学情会商 about one student of the class and reads it back.
    const classroomGid = toGlobalId('Classroom', login('head-teacher').classroomId!);
    const recorded = await ok(
      headTeacher,
      'mutation($i: RecordCaseConsultationInput!) { recordCaseConsultation(input: $i) { userErrors { field code } } }',
      {
        i: {
          classroomId: classroomGid,
          heldOn: '2026-11-15',
          attendeeIds: [toGlobalId('Teacher', headTeacherId)],
          decisions: [{ studentId: discussed.gid, decision: '约家长面谈' }],
          tasks: [],
        },
      },
    );
    expect(recorded.recordCaseConsultation.userErrors).toEqual([]);
    await ok(
      headTeacher,
      'query($c: ID!) { caseConsultations(classroomId: $c) { nodes { decisions { decision student { id } } } } }',
      { c: classroomGid },
    );

    // Day 2: the mentor reads one other mentee's archive (not the child's).
    p.clock.set(AT_DAY2);
    await ok(mentor, 'query($id: ID!) { student(id: $id) { archive { version } } }', { id: plain.gid });
  });
  afterAll(() => p?.stop());

  describe('the school admin', () => {
    it('can no longer list the trail by student: the query that named 余静欣 next to crisisAlert.description is gone, through the gateway and at the subgraph', async () => {
      const attack = '{ accessLog(first: 200) { entries { actorRole fields student { id name } } } }';
      for (const url of [p.gatewayUrl, p.schoolUrl]) {
        const res = await gql(url, admin, attack);
        expect(res.data ?? null).toBeNull();
        expect(studentsNamedIn(res)).toEqual([]);
        expect(JSON.stringify(res)).not.toMatch(TELLING);
      }
    });

    it('sees counts per reader and day, right, and nothing that names a student or the data read — through the gateway and at the subgraph', async () => {
      const viaGateway = await gql(p.gatewayUrl, admin, SUMMARY, { from: FROM, to: TO });
      const direct = await gql(p.schoolUrl, admin, SUMMARY, { from: FROM, to: TO });
      expect(viaGateway.errors ?? []).toEqual([]);
      expect(direct.data).toEqual(viaGateway.data);
      expect(studentsNamedIn(viaGateway)).toEqual([]);
      expect(JSON.stringify(viaGateway)).not.toMatch(ANY_DATA);
      const row = (reader: string, day: string) =>
        viaGateway.data.accessLogSummary.find(
          (r: any) => r.reader.id === toGlobalId('Teacher', reader) && r.day === day,
        );
      // Mentor, day 1: every mentee touched (the mentees page), two reading requests, three writes (alert, category,
      // talk).
      // From where: the client's address as the gateway saw it.
      expect(row(mentorId, DAY1)).toMatchObject({
        readerRole: 'MENTOR',
        studentsTouched: mentees.length,
        readRequests: 2,
        writeRequests: 3,
        origins: ['127.0.0.1'],
      });
      expect(row(mentorId, DAY2)).toMatchObject({
        readerRole: 'MENTOR',
        studentsTouched: 1,
        readRequests: 1,
        writeRequests: 0,
      });
      expect(row(crisisId, DAY1)).toMatchObject({
        readerRole: 'CRISIS_TEAM',
        studentsTouched: 1,
        readRequests: 1,
        writeRequests: 1,
      });
      expect(row(headTeacherId, DAY1)).toMatchObject({
        readerRole: 'HEAD_TEACHER',
        studentsTouched: 1,
        readRequests: 1,
        writeRequests: 1,
      });
      expect(viaGateway.data.accessLogSummary).toHaveLength(4);
      // Newest day first, then by reader: an order made of days and reader ids only.
      const keys = viaGateway.data.accessLogSummary.map((r: any) => `${r.day}/${r.reader.id}`);
      expect(keys).toEqual([...keys].sort((a: string, b: string) => b.slice(0, 10).localeCompare(a.slice(0, 10)) || 0));
    });

    it('a review needs a written reason; without one nothing is shown and nothing recorded', async () => {
      for (const reason of ['', '   ', '看看']) {
        const res = await ok(admin, REVIEW, { i: { reason, from: FROM, to: TO } });
        expect(res.openAccessReview).toEqual({
          review: null,
          userErrors: [{ field: 'reason', code: 'REASON_REQUIRED' }],
        });
      }
      expect(await p.school.query('SELECT count(*)::int AS n FROM access_review')).toEqual([{ n: 0 }]);
      const tooLong = await ok(admin, REVIEW, {
        i: { reason: '核查导师的查阅记录是否异常', from: '2026-10-01T00:00:00Z', to: TO },
      });
      expect(tooLong.openAccessReview.userErrors).toEqual([{ field: 'to', code: 'INVALID_RANGE' }]);
      expect(
        errorCodes(
          await gql(p.gatewayUrl, mentor, REVIEW, { i: { reason: '核查导师的查阅记录是否异常', from: FROM, to: TO } }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await gql(p.schoolUrl, crisis, REVIEW, { i: { reason: '核查导师的查阅记录是否异常', from: FROM, to: TO } }),
        ),
      ).toEqual(['FORBIDDEN']);
    });

    it('a review of a mentor shows whom they read and wrote, by hour, and the alerted mentee exactly like any other', async () => {
      const reason = '家长投诉导师过度查阅档案，核查 11 月 16–17 日记录';
      const res = await ok(admin, REVIEW, {
        i: { reason, readerId: toGlobalId('Teacher', mentorId), from: FROM, to: TO },
      });
      const review = res.openAccessReview.review;
      expect(res.openAccessReview.userErrors).toEqual([]);
      expect(review).toMatchObject({ reason, reader: { id: toGlobalId('Teacher', mentorId) }, truncated: false });
      expect(JSON.stringify(review)).not.toMatch(TELLING);
      expect(
        review.entries.filter((e: any) => e.action === 'WRITE' && e.fields.includes('attentionCategories')),
      ).toEqual([]);
      const of = (s: { gid: string }) =>
        review.entries.filter((e: any) => e.student.id === s.gid).map(({ student, ...e }: any) => e);
      // The child: read (the mentees page and the archive) and written (the talk) on day 1.
      expect(of(child)).toEqual([
        {
          hour: AT_DAY1,
          reader: { id: toGlobalId('Teacher', mentorId) },
          readerRole: 'MENTOR',
          action: 'READ',
          fields: ['archive', 'attentionCategories', 'crisisAlerts'],
          requests: 2,
        },
        {
          hour: AT_DAY1,
          reader: { id: toGlobalId('Teacher', mentorId) },
          readerRole: 'MENTOR',
          action: 'WRITE',
          fields: ['records'],
          requests: 1,
        },
      ]);
      // The mentee with the alert and the category looks exactly like one without: the raise, the
      // category and the alert's description are counted in `days`, never listed.
      const untouched = mentees.find((m) => m !== child && m !== alerted && m !== plain)!;
      expect(of(alerted)).toEqual(of(untouched));
      expect(of(alerted)).toEqual([
        {
          hour: AT_DAY1,
          reader: { id: toGlobalId('Teacher', mentorId) },
          readerRole: 'MENTOR',
          action: 'READ',
          fields: ['attentionCategories', 'crisisAlerts'],
          requests: 1,
        },
      ]);
      expect(of(plain)).toEqual([
        {
          hour: AT_DAY2,
          reader: expect.anything(),
          readerRole: 'MENTOR',
          action: 'READ',
          fields: ['archive'],
          requests: 1,
        },
        {
          hour: AT_DAY1,
          reader: expect.anything(),
          readerRole: 'MENTOR',
          action: 'READ',
          fields: ['attentionCategories', 'crisisAlerts'],
          requests: 1,
        },
      ]);
      expect(new Set(review.entries.map((e: any) => e.student.id))).toEqual(new Set(mentees.map((m) => m.gid)));
      expect(review.days).toEqual([
        {
          day: DAY2,
          reader: { id: toGlobalId('Teacher', mentorId) },
          readerRole: 'MENTOR',
          studentsTouched: 1,
          readRequests: 1,
          writeRequests: 0,
        },
        {
          day: DAY1,
          reader: { id: toGlobalId('Teacher', mentorId) },
          readerRole: 'MENTOR',
          studentsTouched: mentees.length,
          readRequests: 2,
          writeRequests: 3,
        },
      ]);
      // Ordered by hour, reader and student id: nothing about what was read decides the order.
      const order = review.entries.map((e: any) => [
        e.hour,
        Buffer.from(e.student.id, 'base64url').toString().slice(8),
      ]);
      expect(order).toEqual([...order].sort((a, b) => b[0].localeCompare(a[0]) || a[1].localeCompare(b[1])));
    });

    it('a review of the crisis team or the head teacher counts their work and lists no student', async () => {
      for (const [reader, role] of [
        [crisisId, 'CRISIS_TEAM'],
        [headTeacherId, 'HEAD_TEACHER'],
      ] as const) {
        for (const url of [p.gatewayUrl, p.schoolUrl]) {
          const res = await gql(url, admin, REVIEW, {
            i: {
              reason: '例行季度核查：查阅量与时间分布',
              readerId: toGlobalId('Teacher', reader),
              from: FROM,
              to: TO,
            },
          });
          const review = expectNoGraphQLErrors(res).openAccessReview.review;
          expect(review.entries).toEqual([]);
          expect(review.days).toEqual([
            {
              day: DAY1,
              reader: { id: toGlobalId('Teacher', reader) },
              readerRole: role,
              studentsTouched: 1,
              readRequests: 1,
              writeRequests: 1,
            },
          ]);
          expect(studentsNamedIn(res)).toEqual([]);
          expect(JSON.stringify(res)).not.toMatch(TELLING);
        }
      }
      // Every reader at once: the alerted and the discussed student never appear but as the mentor's mentee.
      const all = await ok(admin, REVIEW, { i: { reason: '例行季度核查：全校查阅记录', from: FROM, to: TO } });
      const listed = all.openAccessReview.review.entries.map((e: any) => `${e.reader.id}/${e.student.id}`);
      expect(listed.filter((l: string) => l.endsWith(discussed.gid))).toEqual([]);
      expect(listed.filter((l: string) => l.endsWith(alerted.gid))).toEqual([
        `${toGlobalId('Teacher', mentorId)}/${alerted.gid}`,
      ]);
    });

    it('every review is on record: who, when, whose trail and why for the school admin; who and when for the district', async () => {
      const [admin1] = p.logins.filter((l) => l.login === 'school-admin');
      const stored = await p.school.query(
        'SELECT reason, opened_by, reader_id FROM access_review ORDER BY opened_at, reason',
      );
      expect(stored.length).toBe(6); // one review of the mentor, four of crisis team and head teacher, one of everyone
      expect(stored.every((r: { opened_by: string }) => r.opened_by === admin1.personId)).toBe(true);
      const school = toGlobalId('School', schoolId);
      const mine = await ok(
        admin,
        'query($s: ID!) { school(id: $s) { accessReviews(first: 10) { reason openedAt openedBy { name } reader { id } } } }',
        { s: school },
      );
      expect(mine.school.accessReviews).toHaveLength(6);
      expect(mine.school.accessReviews.map((r: any) => r.reason)).toContain(
        '家长投诉导师过度查阅档案，核查 11 月 16–17 日记录',
      );
      const district = p.token('district-admin');
      const seen = await ok(
        district,
        'query($s: ID!) { school(id: $s) { accessReviews(first: 10) { openedAt openedBy { name } reader { id } } } }',
        { s: school },
      );
      expect(seen.school.accessReviews).toHaveLength(6);
      expect(seen.school.accessReviews[0].openedBy).toEqual({ name: admin1.name });
      // The reason may name a child: it stays in the school.
      expect(
        errorCodes(
          await gql(p.gatewayUrl, district, 'query($s: ID!) { school(id: $s) { accessReviews { reason } } }', {
            s: school,
          }),
        ),
      ).toContain('FORBIDDEN');
      // Another school's admin sees nothing of these.
      const other = p.token('school-admin-2');
      expect(
        JSON.stringify(
          await gql(p.gatewayUrl, other, 'query($s: ID!) { school(id: $s) { accessReviews { openedAt } } }', {
            s: school,
          }),
        ),
      ).not.toContain('openedAt":"');
    });
  });

  describe('a guardian (PIPL right of access)', () => {
    const MINE = '{ myDataAccess(first: 100) { nodes { day readerName readerRole action } } }';

    it('sees who read and wrote their own child’s data, by day, and nothing of another child', async () => {
      const mentorName = p.logins.find((l) => l.login === 'mentor-1')!.name;
      for (const url of [p.gatewayUrl, p.schoolUrl]) {
        const res = expectNoGraphQLErrors(await gql(url, p.token('guardian'), MINE));
        // Day 2's read was of another mentee: it is not the child's.
        expect(res.myDataAccess.nodes).toEqual([
          { day: DAY1, readerName: mentorName, readerRole: 'MENTOR', action: 'READ' },
          { day: DAY1, readerName: mentorName, readerRole: 'MENTOR', action: 'WRITE' },
        ]);
      }
      expect(expectNoGraphQLErrors(await gql(p.gatewayUrl, p.token('student'), MINE)).myDataAccess.nodes).toHaveLength(
        2,
      );
    });

    it('the guardian of the child with the alert is not told of it: no crisis team, no write of the alert or the category', async () => {
      const guardianOfAlerted = p.tokenFor({
        personId: randomUUID(),
        role: Role.GUARDIAN,
        districtId: p.demo.district.id,
        schoolId,
        studentId: alerted.id,
      });
      const res = expectNoGraphQLErrors(await gql(p.gatewayUrl, guardianOfAlerted, MINE));
      const guardianOfUntouched = p.tokenFor({
        personId: randomUUID(),
        role: Role.GUARDIAN,
        districtId: p.demo.district.id,
        schoolId,
        studentId: mentees.find((m) => m !== child && m !== alerted && m !== plain)!.id,
      });
      expect(res.myDataAccess.nodes).toEqual(
        expectNoGraphQLErrors(await gql(p.gatewayUrl, guardianOfUntouched, MINE)).myDataAccess.nodes,
      );
      expect(JSON.stringify(res)).not.toContain('CRISIS_TEAM');
      const guardianOfDiscussed = p.tokenFor({
        personId: randomUUID(),
        role: Role.GUARDIAN,
        districtId: p.demo.district.id,
        schoolId,
        studentId: discussed.id,
      });
      expect(expectNoGraphQLErrors(await gql(p.schoolUrl, guardianOfDiscussed, MINE)).myDataAccess.nodes).toEqual([]);
    });

    it('staff cannot ask it', async () => {
      for (const token of [admin, mentor, crisis])
        expect(errorCodes(await gql(p.gatewayUrl, token, MINE))).toEqual(['FORBIDDEN']);
    });
  });

  describe('writes are audited in their own transaction', () => {
    it('each write of personal data leaves exactly one row per student, with the write', async () => {
      const rows = await auditRows(`action = 'WRITE' ORDER BY actor_id, fields[1]`, []);
      const summary = rows.map(
        (r: any) =>
          `${r.actor_id === mentorId ? 'mentor' : r.actor_id === crisisId ? 'crisis' : 'head'}:${r.fields.join()}:${r.sealed ? 'sealed' : 'open'}:${r.student_id === alerted.id ? 'alerted' : r.student_id === child.id ? 'child' : r.student_id === discussed.id ? 'discussed' : '?'}`,
      );
      expect(summary.sort()).toEqual([
        'crisis:crisisAlert.status:sealed:alerted',
        'head:consultation:sealed:discussed',
        'mentor:attentionCategories:sealed:alerted',
        'mentor:crisisAlert:sealed:alerted',
        'mentor:records:open:child',
      ]);
    });

    it('a refused or conflicting write leaves no audit row; of three racing first edits, exactly the one that committed is audited', async () => {
      const before = (await p.school.query(`SELECT count(*)::int AS n FROM access_log WHERE action = 'WRITE'`))[0].n;
      // Not the caller's mentee: refused inside the transaction.
      const stranger = discussed;
      expect(
        errorCodes(
          await gql(
            p.gatewayUrl,
            mentor,
            'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
            {
              i: {
                idempotencyKey: randomUUID(),
                kind: 'TALK',
                studentIds: [stranger.gid],
                occurredAt: '2026-11-16T01:00:00Z',
                content: 'x',
              },
            },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      const edit =
        'mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { archive { version } userErrors { code } } }';
      const racing = await Promise.all(
        ['甲', '乙', '丙'].map((habits) =>
          ok(mentor, edit, { i: { studentId: plain.gid, expectedVersion: 0, habits } }),
        ),
      );
      expect(racing.map((r) => r.editGrowthArchive.userErrors[0]?.code ?? 'OK').sort()).toEqual([
        'OK',
        'VERSION_CONFLICT',
        'VERSION_CONFLICT',
      ]);
      const stale = await ok(mentor, edit, { i: { studentId: plain.gid, expectedVersion: 0, habits: '丁' } });
      expect(stale.editGrowthArchive.userErrors).toEqual([{ code: 'VERSION_CONFLICT' }]);
      const after = await auditRows(`action = 'WRITE' ORDER BY id`, []);
      expect(after.length).toBe(before + 1);
      expect(after[after.length - 1]).toMatchObject({
        student_id: plain.id,
        fields: ['archive'],
        sealed: false,
        actor_id: mentorId,
      });
      // A replayed record (same idempotency key) wrote nothing the second time: no second row.
      const input = {
        idempotencyKey: randomUUID(),
        kind: 'TALK',
        studentIds: [plain.gid],
        occurredAt: '2026-11-16T01:00:00Z',
        content: '再谈',
      };
      const create =
        'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { replayed userErrors { code } } }';
      await ok(mentor, create, { i: input });
      expect((await ok(mentor, create, { i: input })).createMentorRecord.replayed).toBe(true);
      expect(
        (await auditRows(`action = 'WRITE' AND student_id = $1 AND fields = ARRAY['records']`, [plain.id])).length,
      ).toBe(1);
    });

    it('publishing a 成长寄语 is audited once; a second one for the same term is refused and leaves nothing', async () => {
      const create =
        'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } userErrors { code } } }';
      const publish = 'mutation($r: ID!) { publishWrittenFeedback(recordId: $r) { userErrors { code } } }';
      const feedback = async () =>
        (
          await ok(mentor, create, {
            i: {
              idempotencyKey: randomUUID(),
              kind: 'WRITTEN_FEEDBACK',
              studentIds: [plain.gid],
              occurredAt: '2026-11-16T01:00:00Z',
              content: '继续加油',
            },
          })
        ).createMentorRecord.record.id;
      const [first, second] = [await feedback(), await feedback()];
      expect((await ok(mentor, publish, { r: first })).publishWrittenFeedback.userErrors).toEqual([]);
      expect((await ok(mentor, publish, { r: second })).publishWrittenFeedback.userErrors).toEqual([
        { code: 'FEEDBACK_ALREADY_PUBLISHED' },
      ]);
      expect(
        await auditRows(`action = 'WRITE' AND student_id = $1 AND fields = ARRAY['records.publish']`, [plain.id]),
      ).toEqual([expect.objectContaining({ sealed: false, actor_id: mentorId })]);
    });

    it('a request that reads many students still writes its reads in one statement, and a write adds one', async () => {
      p.schoolStatements.reset();
      await ok(
        mentor,
        '{ me { mentees(first: 100) { nodes { archive { version } attentionCategories { category } records { kind } crisisAlerts { description } } } } }',
      );
      expect(p.schoolStatements.statements.filter((s) => /INSERT INTO access_log/.test(s))).toHaveLength(1);
      p.schoolStatements.reset();
      await ok(
        mentor,
        'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
        {
          i: {
            idempotencyKey: randomUUID(),
            kind: 'GROUP_ACTIVITY',
            studentIds: mentees.map((m) => m.gid),
            occurredAt: '2026-11-16T01:00:00Z',
            content: '读书会',
            place: '图书馆',
            topic: '共读',
          },
        },
      );
      expect(p.schoolStatements.statements.filter((s) => /INSERT INTO access_log/.test(s))).toHaveLength(1);
    });
  });

  describe('the request id', () => {
    it('is the platform’s own: a client-supplied x-request-id is neither stored nor forwarded by the gateway (nor a claimed address)', async () => {
      const chosen = `forged-${randomUUID()}`;
      await ok(
        mentor,
        'query($id: ID!) { student(id: $id) { archive { version } } }',
        { id: child.gid },
        { 'x-request-id': chosen, 'x-client-address': '10.6.6.6' },
      );
      await ok(
        mentor,
        'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
        {
          i: {
            idempotencyKey: randomUUID(),
            kind: 'TALK',
            studentIds: [child.gid],
            occurredAt: '2026-11-16T01:00:00Z',
            content: '又谈',
          },
        },
        { 'x-request-id': chosen },
      );
      expect(await auditRows('request_id = $1', [chosen])).toEqual([]);
      const latest = await auditRows(`student_id = $1 ORDER BY id DESC LIMIT 2`, [child.id]);
      expect(latest).toHaveLength(2);
      for (const row of latest)
        expect(row.request_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // Nor is a claimed address: the gateway says where the request came from.
      expect(
        await p.school.query('SELECT DISTINCT origin FROM access_log WHERE request_id = ANY($1)', [
          latest.map((r: { request_id: string }) => r.request_id),
        ]),
      ).toEqual([{ origin: '127.0.0.1' }]);
      expect(latest[0].request_id).not.toBe(latest[1].request_id);
    });
  });
});
