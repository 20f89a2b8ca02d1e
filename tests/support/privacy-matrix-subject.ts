import { randomUUID } from 'node:crypto';

import { type Principal, Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { notificationTick } from '@mentorship/school';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from './platform';
import {
  CHANNEL_SECRET,
  CRISIS_TEAM_ID,
  LEAD_DIGEST_ID,
  MARK,
  REVIEW_PERIOD,
  type Subject,
} from './privacy-matrix-probes';

/**
 * The privacy matrix's subject (the demo student) and a principal for every column of PRIVACY.md, with the data the
 * rows ask about written the way a mentor, a head teacher, the crisis team and the school admin write it.
 */
export async function startMatrixSubject() {
  const p: TestPlatform = await startTestPlatform();
  const tokens = new Map<string, string>();
  const principals = new Map<string, Principal>();
  const schoolId = p.demo.schools[0].id;
  const student = p.logins.find((l) => l.login === 'student')!;
  const lead = p.logins.find((l) => l.login === 'mentor-1')!;
  const [row] = await p.school.query(
    'SELECT s.id, s.name, c.id AS classroom_id, c.head_teacher_id FROM student s JOIN classroom ' +
      'c ON c.id = s.classroom_id WHERE s.id = $1',
    [student.studentId],
  );
  const subject: Subject = {
    id: row.id,
    gid: toGlobalId('Student', row.id),
    name: row.name,
    leadMentorId: lead.personId,
    leadMentorName: lead.name,
    schoolGid: toGlobalId('School', schoolId),
  };
  CRISIS_TEAM_ID.value = p.logins.find((l) => l.login === 'crisis-team')!.personId;

  // People around the subject: teachers who have nothing to do with them, one to become a
  // supporting mentor, one whose pairing ended.
  const involved: { id: string }[] = await p.school.query(
    'SELECT DISTINCT mentor_id AS id FROM mentorship WHERE student_id = $1',
    [subject.id],
  );
  const loginIds = p.logins.map((l) => l.personId);
  const free: { id: string }[] = await p.school.query(
    `SELECT t.id FROM teacher t WHERE t.school_id = $1 AND t.left_on IS NULL AND t.id <> ALL($2) AND t.id <> $3
      ORDER BY (SELECT count(*) FROM mentorship m WHERE m.mentor_id = t.id AND m.ended_on IS NULL), t.id LIMIT 2`,
    [schoolId, [...involved.map((i) => i.id), ...loginIds], row.head_teacher_id],
  );
  const [supporting, former] = free.map((f) => f.id);
  await p.school.query(
    `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, ` +
      `started_on) VALUES ($1, $2, $3, $4, 'SUPPORTING', '2026-2027', '2026-09-01')`,
    [randomUUID(), schoolId, subject.id, supporting],
  );
  await p.school.query(
    `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, ` +
      `started_on, ended_on, end_reason) VALUES ($1, $2, $3, $4, 'SUPPORTING', '2026-2027', ` +
      `'2026-09-01', '2026-10-31', 'TEAM_CHANGED')`,
    [randomUUID(), schoolId, subject.id, former],
  );
  const otherMentor = p.logins.find((l) => l.login === 'mentor-2')!;
  const [otherSchoolMentor] = await p.school.query(
    `SELECT mentor_id FROM mentorship WHERE school_id = $1 AND ended_on IS NULL LIMIT 1`,
    [p.demo.schools[1].id],
  );
  const inSchool = { districtId: p.demo.district.id, schoolId };
  const demo = (login: string): Principal => {
    const l = p.logins.find((x) => x.login === login)!;
    return { ...l, role: Role[l.role] };
  };
  principals.set('district-admin', demo('district-admin'));
  principals.set('school-admin', demo('school-admin'));
  principals.set('grade-lead', demo('grade-lead'));
  principals.set('head-teacher', {
    personId: row.head_teacher_id,
    role: Role.HEAD_TEACHER,
    ...inSchool,
    classroomId: row.classroom_id,
  });
  principals.set('other-mentor', demo('mentor-2'));
  principals.set('mentor-other-school', {
    personId: otherSchoolMentor.mentor_id,
    role: Role.MENTOR,
    districtId: p.demo.district.id,
    schoolId: p.demo.schools[1].id,
  });
  principals.set('crisis-team', demo('crisis-team'));
  principals.set('student', demo('student'));
  principals.set('guardian', demo('guardian'));
  principals.set('lead-mentor', demo('mentor-1'));
  principals.set('supporting-mentor', { personId: supporting, role: Role.MENTOR, ...inSchool });
  principals.set('former-mentor', { personId: former, role: Role.MENTOR, ...inSchool });
  for (const [role, principal] of principals) tokens.set(role, p.tokenFor(principal));

  // Nobody but the two current mentors may be a mentor of the subject, or the matrix proves nothing.
  const current: { mentor_id: string }[] = await p.school.query(
    'SELECT mentor_id FROM mentorship WHERE student_id = $1 AND ended_on IS NULL ORDER BY role',
    [subject.id],
  );
  expect(current.map((c) => c.mentor_id).sort()).toEqual([lead.personId, supporting].sort());
  expect([row.head_teacher_id, otherMentor.personId]).not.toContain(lead.personId);

  // The data, written the way a mentor writes it.
  const leadToken = tokens.get('lead-mentor')!;
  const write = async (query: string, variables: Record<string, unknown>) =>
    expectNoGraphQLErrors(await execute(p.gatewayUrl, query, { token: leadToken, variables }));
  await write('mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { userErrors { code } } }', {
    i: { studentId: subject.gid, expectedVersion: 0, personality: MARK.archive },
  });
  await write(
    'mutation($i: SetAttentionCategoriesInput!) { setAttentionCategories(input: $i) { userErrors { code } } }',
    { i: { studentId: subject.gid, categories: ['PSYCHOLOGICAL'] } },
  );
  const rec = '{ createMentorRecord(input: $i) { record { id } userErrors { code } } }';
  const at = new Date(Date.now() - 3600_000).toISOString();
  await write(`mutation($i: CreateMentorRecordInput!) ${rec}`, {
    i: {
      idempotencyKey: randomUUID(),
      kind: 'TALK',
      studentIds: [subject.gid],
      occurredAt: at,
      content: MARK.record,
    },
  });
  const fb = await write(`mutation($i: CreateMentorRecordInput!) ${rec}`, {
    i: {
      idempotencyKey: randomUUID(),
      kind: 'WRITTEN_FEEDBACK',
      studentIds: [subject.gid],
      occurredAt: at,
      content: MARK.feedback,
    },
  });
  await write('mutation($r: ID!) { publishWrittenFeedback(recordId: $r) { userErrors { code } } }', {
    r: fb.createMentorRecord.record.id,
  });
  await write('mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { userErrors { code } } }', {
    i: { studentId: subject.gid, level: 'IMMINENT', description: MARK.crisis, idempotencyKey: randomUUID() },
  });
  const consultation = randomUUID();
  await p.school.query(
    `INSERT INTO case_consultation (id, school_id, classroom_id, held_on, recorded_by, ` +
      `attendee_ids) VALUES ($1, $2, $3, '2026-11-13', $4, $5)`,
    [consultation, schoolId, row.classroom_id, row.head_teacher_id, [lead.personId]],
  );
  await p.school.query(
    `INSERT INTO consultation_decision (consultation_id, student_id, school_id, held_on, ` +
      `decision) VALUES ($1, $2, $3, '2026-11-13', $4)`,
    [consultation, subject.id, schoolId, MARK.decision],
  );
  // Reads that the access log must hold: the mentor's, and the crisis team's of the alert.
  await write('query($id: ID!) { student(id: $id) { archive { version } } }', { id: subject.gid });
  expectNoGraphQLErrors(
    await execute(p.gatewayUrl, '{ crisisAlerts { nodes { description student { id } } } }', {
      token: tokens.get('crisis-team')!,
    }),
  );
  // Notifications: a robot channel (its secrets must never come back), then one pass of the relay
  // on a Monday morning (China time), which writes the alert's notifications and the mentors' digests.
  const channel = {
    kind: 'WECOM_ROBOT',
    name: '危机干预群',
    topics: ['CRISIS'],
    secret: CHANNEL_SECRET,
    webhookUrl: 'http://127.0.0.1:9/cgi-bin/webhook/send?robot-token=1',
  };
  const saveChannel =
    'mutation($i: SaveNotificationChannelInput!) { saveNotificationChannel(input: $i) { __typename } }';
  const adminToken = tokens.get('school-admin')!;
  expectNoGraphQLErrors(await execute(p.gatewayUrl, saveChannel, { token: adminToken, variables: { i: channel } }));
  await notificationTick(p.school, new Date('2026-11-16T01:00:00Z'), { baseMs: 30_000, maxMs: 3600_000 });
  const [digest] = await p.school.query(`SELECT id FROM notification WHERE audience = $1 AND kind = 'MENTOR_DIGEST'`, [
    lead.personId,
  ]);
  LEAD_DIGEST_ID.value = toGlobalId('Notification', digest.id);
  // A review on record, for the district's and the school admins' view of reviews.
  expectNoGraphQLErrors(
    await execute(
      p.gatewayUrl,
      `mutation($r: ID, $from: DateTimeISO!, $to: DateTimeISO!) { openAccessReview(input: { ` +
        `reason: "矩阵核查：导师查阅记录", readerId: $r, from: $from, to: $to }) { userErrors { code } } }`,
      {
        token: tokens.get('school-admin')!,
        variables: { r: toGlobalId('Teacher', lead.personId), ...REVIEW_PERIOD },
      },
    ),
  );
  return { p, subject, tokens, principals };
}
