import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';
import { execute, expectNoGraphQLErrors, type GraphQLResponse } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from './platform';

/**
 * The day of work the audit-log tests read back (issue 12, item 5): a crisis team, a mentor and a head teacher do
 * their work on two days; each test file starts it on its own platform.
 */
export const DAY1 = '2026-11-16'; // China time
export const DAY2 = '2026-11-17';
export const AT_DAY1 = '2026-11-16T02:00:00.000Z'; // 10:00 in China
export const AT_DAY2 = '2026-11-17T02:00:00.000Z';
export const FROM = '2026-11-15T16:00:00.000Z'; // 00:00 of DAY1 in China
export const TO = '2026-11-17T16:00:00.000Z'; // 00:00 after DAY2
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/**
 * Data names that only appear when a student has an alert or was discussed (a mentor's read of the categories field
 * happens for every mentee alike).
 */
export const TELLING = /crisisAlert[."]|consultation/;
/** In the counts, no kind of data is named at all. */
export const ANY_DATA = /crisis|attention|consultation|archive|records/;
export const SUMMARY =
  'query($from: DateTimeISO, $to: DateTimeISO, $r: ID, $first: Int = 20, $after: String) { ' +
  'accessLogSummary(from: $from, to: $to, readerId: $r, first: $first, after: $after) { totalCount ' +
  'nodes { day reader { id name } readerRole studentsTouched readRequests writeRequests origins } ' +
  'pageInfo { endCursor hasNextPage } } }';
export const REVIEW = `mutation($i: OpenAccessReviewInput!) { openAccessReview(input: $i) {
    review { id reason from to openedAt openedBy { name } reader { id } truncated
      days { day reader { id } readerRole studentsTouched readRequests writeRequests }
      entries { hour reader { id } readerRole action student { id name } fields requests } }
    userErrors { field code } } }`;

export type Pupil = { id: string; gid: string; name: string };

export const gql = (
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers?: Record<string, string>,
) => execute(url, query, { token, variables, headers });

export async function startAuditScenario() {
  const p: TestPlatform = await startTestPlatform();
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
  let alerted: Pupil;
  let plain: Pupil;
  const schoolId = p.demo.schools[0].id;
  const login = (name: string) => p.logins.find((l) => l.login === name)!;
  const mentor = p.token('mentor-1');
  const admin = p.token('school-admin');
  const crisis = p.token('crisis-team');
  const headTeacher = p.token('head-teacher');
  const mentorId = login('mentor-1').personId;
  const crisisId = login('crisis-team').personId;
  const headTeacherId = login('head-teacher').personId;
  const rows: { id: string; name: string }[] = await p.school.query(
    `SELECT s.id, s.name FROM mentorship m JOIN student s ON s.id = m.student_id
     WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND s.left_on IS NULL ORDER BY s.student_number`,
    [mentorId],
  );
  /** mentor-1's lead mentees; `child` is the demo student (the guardian's child), `alerted` gets the alert. */
  const mentees: Pupil[] = rows.map((r) => ({ ...r, gid: toGlobalId('Student', r.id) }));
  const child = mentees.find((m) => m.id === login('student').studentId)!;
  [alerted, plain] = mentees.filter((m) => m !== child);
  expect(child && alerted && plain).toBeTruthy();
  const [d] = await p.school.query(
    `SELECT s.id, s.name FROM student s
     WHERE s.classroom_id = $1 AND s.left_on IS NULL AND s.id <> ALL($2) ORDER BY s.student_number LIMIT 1`,
    [login('head-teacher').classroomId, mentees.map((m) => m.id)],
  );
  /** A student of the head teacher's class discussed in 学情会商. */
  const discussed: Pupil = { ...d, gid: toGlobalId('Student', d.id) };
  const everyone: { id: string; name: string }[] = await p.school.query('SELECT id, name FROM student');
  const teacherNames = new Set((await p.school.query('SELECT name FROM teacher')).map((t: { name: string }) => t.name));
  const allStudentIds = new Set(everyone.map((s) => s.id));
  const allStudentNames = [...new Set(everyone.map((s) => s.name))].filter((n) => !teacherNames.has(n));

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
        'mutation($i: SetAttentionCategoriesInput!) { ' + 'setAttentionCategories(input: $i) { userErrors { code } } }',
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
    '{ me { mentees(first: 100) { nodes { id attentionCategories { category } ' +
      'crisisAlerts { nodes { level description } } } } } }',
  );
  await ok(mentor, 'query($id: ID!) { student(id: $id) { archive { version } } }', { id: child.gid });

  // The crisis team reads the school's alerts and picks this one up.
  const alerts = await ok(crisis, '{ crisisAlerts { nodes { id description student { id name } } } }');
  expect(alerts.crisisAlerts.nodes.map((a: { student: { id: string } }) => a.student.id)).toEqual([alerted.gid]);
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
    'mutation($i: RecordCaseConsultationInput!) { ' +
      'recordCaseConsultation(input: $i) { userErrors { field code } } }',
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
  const scenario = { p, schoolId, mentor, admin, crisis, headTeacher, mentorId, crisisId, headTeacherId };
  return { ...scenario, mentees, child, alerted, plain, discussed, ok, auditRows, studentsNamedIn };
}
export type AuditScenario = Awaited<ReturnType<typeof startAuditScenario>>;

/** Registers beforeAll/afterAll in the calling describe; the returned scenario is filled in beforeAll. */
export function useAuditScenario(): AuditScenario {
  const s = {} as AuditScenario;
  beforeAll(async () => void Object.assign(s, await startAuditScenario()));
  afterAll(() => s.p?.stop());
  return s;
}
