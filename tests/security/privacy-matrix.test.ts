import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { type Principal, Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { notificationTick } from '@mentorship/school';
import { execute, expectNoGraphQLErrors, type GraphQLResponse } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/** The matrix as written in services/school/PRIVACY.md: data row → role → allow | deny. */
function readMatrix(): { roles: string[]; rows: Map<string, Map<string, 'allow' | 'deny'>> } {
  const text = fs.readFileSync(path.join(__dirname, '../../services/school/PRIVACY.md'), 'utf8');
  // The matrix is the first table of the page; later tables explain it.
  const all = text.split('\n');
  const start = all.findIndex((l) => l.startsWith('| '));
  const end = all.findIndex((l, i) => i > start && !l.startsWith('| '));
  const lines = all.slice(start, end < 0 ? undefined : end);
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const roles = cells(lines[0]).slice(1);
  const rows = new Map<string, Map<string, 'allow' | 'deny'>>();
  for (const line of lines.slice(2)) {
    const [data, ...values] = cells(line);
    if (values.some((v) => v !== 'allow' && v !== 'deny'))
      throw new Error(`PRIVACY.md row "${data}" must say allow or deny in every cell`);
    rows.set(data, new Map(roles.map((r, i) => [r, values[i] as 'allow' | 'deny'])));
  }
  return { roles, rows };
}

const MARK = {
  archive: '隐私标记-性格',
  record: '隐私标记-谈话内容',
  crisis: '隐私标记-危机描述',
  decision: '隐私标记-会商决定',
  feedback: '隐私标记-成长寄语',
};

interface Probe {
  query: string;
  /** What only an allowed reader gets back. */
  revealed(response: GraphQLResponse, ctx: Subject): boolean;
  /** Personal rows are also tried directly against the school subgraph. */
  direct?: boolean;
  /** `_entities` is not part of the gateway's API: it is a subgraph's door, tried there. */
  subgraphOnly?: boolean;
  /** Variables beyond the subject's id. */
  variables?(ctx: Subject): Record<string, unknown>;
}

interface Subject {
  id: string;
  gid: string;
  name: string;
  leadMentorId: string;
  leadMentorName: string;
  schoolGid: string;
}

/** The review probes look at the last week (the matrix's data is written now). */
const REVIEW_PERIOD = {
  from: new Date(Date.now() - 7 * 24 * 3600_000).toISOString(),
  to: new Date(Date.now() + 24 * 3600_000).toISOString(),
};
const CRISIS_TEAM_ID = { value: '' };
/** The lead mentor's own digest (an in-app notification addressed to them). */
const LEAD_DIGEST_ID = { value: '' };
const CHANNEL_SECRET = 'wecom-robot-key-隐私标记';
/** A trail entry that could only exist because the student has an alert, a category or a decision. */
function tellsOfAlertOrDecision(e: { action: string; fields: string[]; reader?: { id: string } | null }): boolean {
  if (e.reader?.id === toGlobalId('Teacher', CRISIS_TEAM_ID.value)) return true;
  if (e.fields.some((f) => /^crisisAlert\.|^consultation\./.test(f))) return true;
  return e.action === 'WRITE' && e.fields.some((f) => /^(attentionCategories|crisisAlert|consultation)/.test(f));
}

const has = (r: GraphQLResponse, text: string) => JSON.stringify(r.data ?? null).includes(text);

/** One probe per row of the matrix. */
const PROBES: Record<string, Probe> = {
  'directory (name, class, who the mentor is)': {
    query: 'query($id: ID!) { student(id: $id) { name classroom { name } mentors { role mentor { id } } } }',
    revealed: (r, s) => has(r, s.name) && has(r, toGlobalId('Teacher', s.leadMentorId)),
  },
  '"三个一" done or not': {
    query: 'query($id: ID!) { student(id: $id) { termDuties { talk } } }',
    revealed: (r) => r.data?.student?.termDuties?.talk === true,
  },
  'growth archive': {
    query: 'query($id: ID!) { student(id: $id) { archive { personality } } }',
    revealed: (r) => has(r, MARK.archive),
    direct: true,
  },
  'attention categories': {
    query: 'query($id: ID!) { student(id: $id) { attentionCategories { category } } }',
    revealed: (r) => has(r, 'PSYCHOLOGICAL'),
    direct: true,
  },
  'work records': {
    query: 'query($id: ID!) { student(id: $id) { records { content } } }',
    revealed: (r) => has(r, MARK.record),
    direct: true,
  },
  "trajectory: every term's records, whoever wrote them": {
    query: 'query($id: ID!) { student(id: $id) { trajectory { term records { content } } } }',
    revealed: (r) => has(r, MARK.record),
    direct: true,
  },
  'consultation decisions about the student': {
    query: 'query($id: ID!) { student(id: $id) { consultationNotes { decision } } }',
    revealed: (r) => has(r, MARK.decision),
    direct: true,
  },
  'crisis alert details, on the student': {
    query: 'query($id: ID!) { student(id: $id) { crisisAlerts { description } } }',
    revealed: (r) => has(r, MARK.crisis),
    direct: true,
  },
  "crisis alert details, in the school's alert list": {
    query: '{ crisisAlerts { description student { id } } }',
    revealed: (r) => has(r, MARK.crisis),
    direct: true,
  },
  'crisis alert exists, its level and status': {
    query: '{ crisisAlerts { level status } }',
    revealed: (r) => has(r, 'IMMINENT'),
  },
  'published 成长寄语': { query: '{ myFeedback { content } }', revealed: (r) => has(r, MARK.feedback), direct: true },
  'growth archive through `_entities` (Teacher → mentees)': {
    query:
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Teacher { mentees { student { archive { personality } records { content } } } } } }',
    revealed: (r) => has(r, MARK.archive),
    subgraphOnly: true,
  },
  'access log, counts per reader and day': {
    query: '{ accessLogSummary { readerRole readRequests reader { id } } }',
    revealed: (r, s) => has(r, toGlobalId('Teacher', s.leadMentorId)),
    direct: true,
  },
  'access log, which students a reader read or wrote (a reasoned, recorded review)': {
    query: `mutation($r: ID, $from: DateTimeISO!, $to: DateTimeISO!) { openAccessReview(input: { reason: "矩阵核查：导师查阅记录", readerId: $r, from: $from, to: $to }) { review { entries { student { id } fields } } } }`,
    variables: (s) => ({ r: toGlobalId('Teacher', s.leadMentorId), ...REVIEW_PERIOD }),
    revealed: (r, s) => has(r, s.gid) && has(r, 'archive'),
    direct: true,
  },
  'access log, reviews opened (who, when, whose trail)': {
    query: 'query($s: ID!) { school(id: $s) { accessReviews { openedAt reader { id } } } }',
    variables: (s) => ({ s: s.schoolGid }),
    revealed: (r, s) => has(r, toGlobalId('Teacher', s.leadMentorId)),
  },
  // Every view of the log at once, each tried by every role: none may list the subject next to the
  // alert raised, the category set, the crisis team's reads or the consultation decision.
  'access log, which students have crisis alerts, categories or consultation decisions': {
    query: `mutation($from: DateTimeISO!, $to: DateTimeISO!) { openAccessReview(input: { reason: "矩阵核查：全校查阅记录", from: $from, to: $to }) { review { entries { student { id } action fields reader { id } } } } }`,
    variables: () => REVIEW_PERIOD,
    revealed: (r, s) =>
      (r.data?.openAccessReview?.review?.entries ?? []).some(
        (e: any) => e.student?.id === s.gid && tellsOfAlertOrDecision(e),
      ),
    direct: true,
  },
  "access log, who accessed one's own or own child's data": {
    query: '{ myDataAccess(first: 100) { nodes { day readerName readerRole action } } }',
    revealed: (r, s) => has(r, s.leadMentorName),
    direct: true,
  },
  'crisis alert notification (in-app: an alert exists, its level, where to open it)': {
    query: '{ notifications(first: 100) { nodes { kind title link } } }',
    revealed: (r) =>
      (r.data?.notifications?.nodes ?? []).some(
        (n: any) => n.kind === 'CRISIS_ALERT' && n.title.includes('紧急') && n.link === '#/crisis',
      ),
    direct: true,
  },
  'a notification naming the student or describing the crisis': {
    query: '{ notifications(first: 100) { nodes { kind title body link } } }',
    revealed: (r, s) => has(r, s.name) || has(r, MARK.crisis),
    direct: true,
  },
  "a mentor's own notifications (weekly digest of their mentees' duties)": {
    query: '{ notifications(first: 100) { nodes { id kind body } } }',
    revealed: (r) => has(r, LEAD_DIGEST_ID.value),
    direct: true,
  },
  'notification channels and their health': {
    query: '{ notificationChannels { id name health } }',
    revealed: (r) => (r.data?.notificationChannels ?? []).some((c: any) => c.name === '危机干预群'),
    direct: true,
  },
  'notification channel secrets (webhook token, signing secret, SMTP password)': {
    query: '{ notificationChannels { id kind name host hasSecret from recipients lastError } }',
    revealed: (r) => has(r, CHANNEL_SECRET) || has(r, 'robot-token'),
    direct: true,
  },
};

describe('the privacy matrix in services/school/PRIVACY.md, walked cell by cell', () => {
  const matrix = readMatrix();
  let p: TestPlatform;
  let subject: Subject;
  const tokens = new Map<string, string>();
  const principals = new Map<string, Principal>();

  beforeAll(async () => {
    p = await startTestPlatform();
    const schoolId = p.demo.schools[0].id;
    const student = p.logins.find((l) => l.login === 'student')!;
    const lead = p.logins.find((l) => l.login === 'mentor-1')!;
    const [row] = await p.school.query(
      'SELECT s.id, s.name, c.id AS classroom_id, c.head_teacher_id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.id = $1',
      [student.studentId],
    );
    subject = {
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
      `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on) VALUES ($1, $2, $3, $4, 'SUPPORTING', '2026-2027', '2026-09-01')`,
      [randomUUID(), schoolId, subject.id, supporting],
    );
    await p.school.query(
      `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on, ended_on, end_reason) VALUES ($1, $2, $3, $4, 'SUPPORTING', '2026-2027', '2026-09-01', '2026-10-31', 'TEAM_CHANGED')`,
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
      `INSERT INTO case_consultation (id, school_id, classroom_id, held_on, recorded_by, attendee_ids) VALUES ($1, $2, $3, '2026-11-13', $4, $5)`,
      [consultation, schoolId, row.classroom_id, row.head_teacher_id, [lead.personId]],
    );
    await p.school.query(
      `INSERT INTO consultation_decision (consultation_id, student_id, school_id, held_on, decision) VALUES ($1, $2, $3, '2026-11-13', $4)`,
      [consultation, subject.id, schoolId, MARK.decision],
    );
    // Reads that the access log must hold: the mentor's, and the crisis team's of the alert.
    await write('query($id: ID!) { student(id: $id) { archive { version } } }', { id: subject.gid });
    expectNoGraphQLErrors(
      await execute(p.gatewayUrl, '{ crisisAlerts { description student { id } } }', {
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
    const [digest] = await p.school.query(
      `SELECT id FROM notification WHERE audience = $1 AND kind = 'MENTOR_DIGEST'`,
      [lead.personId],
    );
    LEAD_DIGEST_ID.value = toGlobalId('Notification', digest.id);
    // A review on record, for the district's and the school admins' view of reviews.
    expectNoGraphQLErrors(
      await execute(
        p.gatewayUrl,
        `mutation($r: ID, $from: DateTimeISO!, $to: DateTimeISO!) { openAccessReview(input: { reason: "矩阵核查：导师查阅记录", readerId: $r, from: $from, to: $to }) { userErrors { code } } }`,
        {
          token: tokens.get('school-admin')!,
          variables: { r: toGlobalId('Teacher', lead.personId), ...REVIEW_PERIOD },
        },
      ),
    );
  });
  afterAll(() => p?.stop());

  it('has a probe for every row and a column for every role the issue names', () => {
    expect([...matrix.rows.keys()].sort()).toEqual(Object.keys(PROBES).sort());
    expect(matrix.roles).toEqual([
      'district-admin',
      'school-admin',
      'grade-lead',
      'head-teacher',
      'other-mentor',
      'mentor-other-school',
      'crisis-team',
      'student',
      'guardian',
      'lead-mentor',
      'supporting-mentor',
      'former-mentor',
    ]);
  });

  const cells = [...matrix.rows].flatMap(([data, byRole]) =>
    [...byRole].map(([role, verdict]) => [data, role, verdict] as const),
  );

  it.each(cells)('%s — %s: %s', async (data, role, verdict) => {
    const probe = PROBES[data];
    const token = tokens.get(role)!;
    const variables = {
      ...probe.variables?.(subject),
      id: subject.gid,
      reps: [
        { __typename: 'Teacher', id: toGlobalId('Teacher', principals.get('lead-mentor')!.personId) },
        { __typename: 'Teacher', id: toGlobalId('Teacher', principals.get('supporting-mentor')!.personId) },
      ],
    };
    const viaGateway = await execute(probe.subgraphOnly ? p.schoolUrl : p.gatewayUrl, probe.query, {
      token,
      variables,
    });
    if (verdict === 'allow') {
      // Through `_entities` the lead mentor's other mentees are rightly refused to a supporting mentor.
      if (!probe.subgraphOnly) expect(viaGateway.errors ?? []).toEqual([]);
      expect(probe.revealed(viaGateway, subject)).toBe(true);
      return;
    }
    expect(probe.revealed(viaGateway, subject)).toBe(false);
    expect(JSON.stringify(viaGateway)).not.toMatch(/隐私标记/);
    if (probe.direct) {
      const direct = await execute(p.schoolUrl, probe.query, { token, variables });
      expect(probe.revealed(direct, subject)).toBe(false);
      expect(JSON.stringify(direct)).not.toMatch(/隐私标记/);
    }
  });
});
