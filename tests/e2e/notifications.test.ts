import { fromGlobalId, toGlobalId } from '@mentorship/graphql';
import { Role } from '@mentorship/auth';
import { notificationTick, startNotifications } from '@mentorship/school';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { randomUUID } from 'node:crypto';
import { mailText, startFakeRobots, startFakeSmtp } from '../support/fake-receivers';
import { startTestPlatform, type TestPlatform } from '../support/platform';

const minute = 60_000;
const hour = 60 * minute;
/** Sunday 2026-11-15, 18:00 China time. */
const NOW = '2026-11-15T10:00:00Z';
const policy = { baseMs: 30_000, maxMs: 3600_000 };
const SECRETS = { wecomKey: 'wecom-key-7f3a9c', dingtalkSecret: 'SECdingtalk-signing-secret-42', dingtalkToken: 'dt-access-token-19' };

describe('notifications: crisis alerts, retries, escalation, quiet hours and opt-outs', () => {
  let p: TestPlatform;
  let robots: Awaited<ReturnType<typeof startFakeRobots>>;
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
  let mentee: { id: string; gid: string; name: string };
  const gql = (token: string, query: string, variables: Record<string, unknown> = {}) => execute(p.gatewayUrl, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => expectNoGraphQLErrors(await gql(token, query, variables));
  const admin = () => p.token('school-admin');
  const save = 'mutation($i: SaveNotificationChannelInput!) { saveNotificationChannel(input: $i) { channel { id kind name host hasSecret health recipients } userErrors { field code } } }';
  const channels = 'query { notificationChannels { id kind name health consecutiveFailures lastError } }';
  const inbox = 'query($u: Boolean) { notifications(first: 50, unreadOnly: $u) { totalCount nodes { id kind title body link read } } }';
  const raise = (description: string, level = 'HIGH') => ok(p.token('mentor-1'), 'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } userErrors { code } } }',
    { i: { studentId: mentee.gid, level, description, idempotencyKey: randomUUID() } }).then((r) => r.raiseCrisisAlert.alert.id as string);
  const tick = () => notificationTick(p.school, p.clock.now(), policy);
  /** Everything that left the platform, as text. */
  const outside = () => [...robots.messages.map((m) => m.content), ...smtp.mails.map(mailText)];

  beforeAll(async () => {
    [p, robots, smtp] = await Promise.all([startTestPlatform(), startFakeRobots(SECRETS), startFakeSmtp()]);
    p.clock.set(NOW);
    const me = p.logins.find((l) => l.login === 'mentor-1')!;
    const [row] = await p.school.query(`SELECT s.id, s.name FROM mentorship m JOIN student s ON s.id = m.student_id WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND m.role = 'LEAD' ORDER BY s.student_number LIMIT 1`, [me.personId]);
    mentee = { id: row.id, name: row.name, gid: toGlobalId('Student', row.id) };
  });
  afterAll(async () => {
    delete process.env.NOTIFY_DEAD_AFTER_ATTEMPTS;
    await Promise.all([p?.stop(), robots?.stop(), smtp?.stop()]);
  });

  it('the school admin configures 企业微信, 钉钉 and e-mail channels; secrets are write-only and sealed in the database', async () => {
    const wecom = await ok(admin(), save, { i: { kind: 'WECOM_ROBOT', name: '心理危机干预小组群', topics: ['CRISIS'], webhookUrl: robots.wecomUrl, secret: SECRETS.wecomKey } });
    const ding = await ok(admin(), save, { i: { kind: 'DINGTALK_ROBOT', name: '校领导钉钉群', topics: ['CRISIS'], webhookUrl: robots.dingtalkUrl, secret: SECRETS.dingtalkSecret } });
    const mail = await ok(admin(), save, { i: { kind: 'EMAIL', name: '学校邮箱', topics: ['CRISIS'], smtpHost: '127.0.0.1', smtpPort: smtp.port, smtpSecure: false, smtpUser: 'notify', secret: 'smtp-password-9', from: 'notify@school.test', recipients: ['crisis-team@school.test'] } });
    for (const r of [wecom, ding, mail]) expect(r.saveNotificationChannel.userErrors).toEqual([]);
    expect(wecom.saveNotificationChannel.channel).toMatchObject({ kind: 'WECOM_ROBOT', host: expect.stringMatching(/^127\.0\.0\.1:\d+$/), hasSecret: true, health: 'HEALTHY' });
    const listed = JSON.stringify(await ok(admin(), 'query { notificationChannels { id kind name host hasSecret from recipients smtpPort health } }'));
    const stored = JSON.stringify(await p.school.query('SELECT * FROM notification_channel'));
    for (const secret of [SECRETS.wecomKey, SECRETS.dingtalkSecret, SECRETS.dingtalkToken, 'smtp-password-9']) {
      expect(listed).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    // A DingTalk robot without its signing secret is refused, naming the field.
    const unsigned = await ok(admin(), save, { i: { kind: 'DINGTALK_ROBOT', name: 'x', topics: ['CRISIS'], webhookUrl: robots.dingtalkUrl } });
    expect(unsigned.saveNotificationChannel.userErrors).toEqual([{ field: 'secret', code: 'REQUIRED' }]);
    // Nobody else configures or reads channels.
    for (const login of ['mentor-1', 'crisis-team', 'district-admin']) expect(errorCodes(await gql(p.token(login), channels))).toEqual(['FORBIDDEN']);
  });

  it('an alert reaches the crisis team within the relay interval: one message per channel, no name, no description', async () => {
    const description = `看到手臂有伤痕-${randomUUID()}`;
    const worker = startNotifications(p.school, { log: () => undefined, now: p.clock.now, env: { NOTIFY_RELAY_INTERVAL_SECONDS: '1' } });
    try {
      const raised = Date.now();
      await raise(description);
      while (robots.messages.length < 2 || smtp.mails.length < 1) {
        expect(Date.now() - raised).toBeLessThan(5_000); // the relay interval (1 s here; 5 s by default) plus sending
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 2_500)); // two more passes: nothing is sent again
    } finally {
      await worker.stop();
    }
    expect(robots.messages.map((m) => m.robot).sort()).toEqual(['dingtalk', 'wecom']);
    expect(robots.messages.find((m) => m.robot === 'dingtalk')!.signatureValid).toBe(true);
    expect(robots.refused).toEqual([]);
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]).toMatchObject({ to: ['crisis-team@school.test'], auth: 'notify:smtp-password-9' });
    for (const text of outside()) {
      expect(text).toContain('危机');
      expect(text).toContain('高');
      expect(text).toContain('/crisis');
      expect(text).not.toContain(mentee.name);
      expect(text).not.toContain(description);
    }
    // In-app: the crisis team and the school admin, nobody else; no name or description either.
    for (const login of ['crisis-team', 'school-admin']) {
      const got = (await ok(p.token(login), inbox)).notifications.nodes.filter((n: { kind: string }) => n.kind === 'CRISIS_ALERT');
      expect(got).toHaveLength(1);
      expect(JSON.stringify(got)).not.toContain(mentee.name);
      expect(JSON.stringify(got)).not.toContain(description);
    }
    for (const login of ['mentor-1', 'mentor-2', 'head-teacher', 'school-admin-2', 'student']) {
      expect((await ok(p.token(login), inbox)).notifications.nodes.filter((n: { kind: string }) => n.kind.startsWith('CRISIS'))).toEqual([]);
    }
  });

  it('a channel that is down is retried with backoff, shown as dead, and then delivers once, without duplicates', async () => {
    process.env.NOTIFY_DEAD_AFTER_ATTEMPTS = '2';
    robots.messages.length = 0;
    smtp.mails.length = 0;
    robots.failNext(2); // the first two robot requests fail
    const alertId = fromGlobalId(await raise('情绪低落', 'MODERATE'), 'CrisisAlert');
    await tick();
    // Crisis deliveries go out crisis-first: both robots hit the outage; e-mail went through.
    expect(robots.messages).toHaveLength(0);
    expect(smtp.mails).toHaveLength(1);
    const health = async () => Object.fromEntries((await ok(admin(), channels)).notificationChannels.map((c: { kind: string; health: string }) => [c.kind, c.health]));
    expect(await health()).toEqual({ WECOM_ROBOT: 'FAILING', DINGTALK_ROBOT: 'FAILING', EMAIL: 'HEALTHY' });
    await tick(); // not yet due again: nothing is attempted
    const attempts = async () => (await p.school.query(`SELECT count(*)::int n, count(*) FILTER (WHERE ok)::int ok FROM notification_attempt a JOIN notification_delivery d ON d.id = a.delivery_id WHERE d.message_id IN (SELECT id FROM outbox_message WHERE payload->>'subject' = $1)`, [alertId]))[0];
    expect(await attempts()).toEqual({ n: 3, ok: 1 });

    robots.failNext(2);
    p.clock.advance(31_000); // first retry after 30 s
    await tick();
    expect(await health()).toEqual({ WECOM_ROBOT: 'DEAD', DINGTALK_ROBOT: 'DEAD', EMAIL: 'HEALTHY' });
    const dead = (await ok(admin(), channels)).notificationChannels.find((c: { kind: string }) => c.kind === 'WECOM_ROBOT');
    expect(dead).toMatchObject({ consecutiveFailures: 2, lastError: 'HTTP 500' });

    p.clock.advance(61_000); // second retry after 60 s more; the robots are back
    await tick();
    await tick();
    expect(robots.messages.map((m) => m.robot).sort()).toEqual(['dingtalk', 'wecom']);
    expect(new Set(robots.messages.map((m) => m.key)).size).toBe(2);
    expect(smtp.mails).toHaveLength(1);
    expect(await attempts()).toEqual({ n: 7, ok: 3 });
    expect(await health()).toEqual({ WECOM_ROBOT: 'HEALTHY', DINGTALK_ROBOT: 'HEALTHY', EMAIL: 'HEALTHY' });
  });

  it('an alert nobody picks up escalates: after 24 h to the crisis team and admin, after 48 h to the district contact', async () => {
    expect((await ok(admin(), 'mutation { updateNotificationSettings(input: { districtContactEmail: "contact@district.test" }) { userErrors { code } } }')).updateNotificationSettings.userErrors).toEqual([]);
    // Earlier alerts are picked up, so only the new one can go overdue.
    for (const { id } of await p.school.query(`SELECT id FROM crisis_alert WHERE status = 'REPORTED'`)) {
      await ok(p.token('crisis-team'), 'mutation($i: AdvanceCrisisAlertInput!) { advanceCrisisAlert(input: $i) { userErrors { code } } }', { i: { alertId: toGlobalId('CrisisAlert', id), status: 'ASSESSING' } });
    }
    const description = `夜不归宿-${randomUUID()}`;
    await raise(description, 'IMMINENT');
    await tick();
    robots.messages.length = 0;
    smtp.mails.length = 0;
    p.clock.advance(23 * hour);
    await tick();
    expect(robots.messages).toHaveLength(0);

    p.clock.advance(1 * hour + minute);
    await tick();
    await tick();
    expect(robots.messages.filter((m) => m.content.includes('逾期'))).toHaveLength(2);
    expect(smtp.mails.map((m) => m.to)).toEqual([['crisis-team@school.test']]);
    const overdueFor = async (login: string) => (await ok(p.token(login), inbox)).notifications.nodes.filter((n: { kind: string }) => n.kind === 'CRISIS_OVERDUE').length;
    expect([await overdueFor('crisis-team'), await overdueFor('school-admin'), await overdueFor('mentor-2')]).toEqual([1, 1, 0]);

    p.clock.advance(24 * hour);
    await tick();
    await tick();
    const toDistrict = smtp.mails.filter((m) => m.to.includes('contact@district.test'));
    expect(toDistrict).toHaveLength(1);
    expect(mailText(toDistrict[0])).toContain('区教育局');
    expect([await overdueFor('crisis-team'), await overdueFor('school-admin')]).toEqual([1, 2]);
    for (const text of outside()) {
      expect(text).not.toContain(mentee.name);
      expect(text).not.toContain(description);
    }
    p.clock.advance(24 * hour);
    const before = [robots.messages.length, smtp.mails.length];
    await tick();
    expect([robots.messages.length, smtp.mails.length]).toEqual(before);
  });

  it('quiet hours defer all but crisis alerts; an opt-out stops everything but crisis alerts', async () => {
    const prefs = 'mutation($i: NotificationPreferencesInput!) { setMyNotificationPreferences(input: $i) { preferences { optedOut email } userErrors { field code } } }';
    expect((await ok(p.token('mentor-1'), prefs, { i: { email: 'mentor1@school.test' } })).setMyNotificationPreferences).toEqual({ preferences: { optedOut: false, email: 'mentor1@school.test' }, userErrors: [] });
    await ok(p.token('mentor-2'), prefs, { i: { email: 'mentor2@school.test', optedOut: true } });
    await ok(p.token('crisis-team'), prefs, { i: { email: 'crisis1@school.test', optedOut: true } });
    expect((await ok(p.token('mentor-1'), prefs, { i: { email: 'not an address' } })).setMyNotificationPreferences.userErrors).toEqual([{ field: 'email', code: 'INVALID_EMAIL' }]);
    const quiet = await ok(admin(), 'mutation { updateNotificationSettings(input: { quietHoursStart: "08:00", quietHoursEnd: "10:00" }) { settings { quietHoursStart quietHoursEnd districtContactEmail } } }');
    expect(quiet.updateNotificationSettings.settings).toEqual({ quietHoursStart: '08:00', quietHoursEnd: '10:00', districtContactEmail: 'contact@district.test' });

    const digests = async (login: string) => (await ok(p.token(login), inbox)).notifications.nodes.filter((n: { kind: string }) => n.kind === 'MENTOR_DIGEST');
    const [mentor1Before, mentor2Before] = [(await digests('mentor-1')).length, (await digests('mentor-2')).length];
    smtp.mails.length = 0;
    p.clock.set('2026-11-23T00:30:00Z'); // Monday 08:30 in China: digest time, inside quiet hours
    const description = `quiet-${randomUUID()}`;
    await raise(description, 'LOW');
    await tick();
    const to = (address: string) => smtp.mails.filter((m) => m.to.includes(address));
    // The crisis alert goes out at once, and reaches the crisis teacher who opted out.
    expect(to('crisis1@school.test')).toHaveLength(1);
    expect(to('crisis-team@school.test')).toHaveLength(1);
    // The digest is in the app, but its e-mail waits for 10:00; the opted-out mentor gets neither.
    expect(await digests('mentor-1')).toHaveLength(mentor1Before + 1);
    expect(to('mentor1@school.test')).toHaveLength(0);
    const [waiting] = await p.school.query(`SELECT next_attempt_at FROM notification_delivery WHERE to_address = 'mentor1@school.test' AND sent_at IS NULL`);
    expect(waiting.next_attempt_at.toISOString()).toBe('2026-11-23T02:00:00.000Z');

    p.clock.set('2026-11-23T02:01:00Z');
    await tick();
    expect(to('mentor1@school.test')).toHaveLength(1);
    const digest = mailText(to('mentor1@school.test')[0]);
    expect(digest).toContain('本周导师工作待办');
    expect(digest).toMatch(/家访（本学期）：\d+ 名受导学生待完成/);
    expect(digest).not.toContain(mentee.name);
    expect(to('mentor2@school.test')).toHaveLength(0);
    expect(await digests('mentor-2')).toHaveLength(mentor2Before);
    // The opted-out crisis teacher still sees crisis alerts in the app.
    expect((await ok(p.token('crisis-team'), inbox)).notifications.nodes.some((n: { kind: string }) => n.kind === 'CRISIS_ALERT')).toBe(true);
    await ok(admin(), 'mutation { updateNotificationSettings(input: { quietHoursStart: null, quietHoursEnd: null }) { userErrors { code } } }');
  });

  it('students and guardians of the round’s grade hear that a matching round is open; nobody else', async () => {
    const student = p.logins.find((l) => l.login === 'student')!;
    const [{ grade_id: gradeId }] = await p.school.query('SELECT c.grade_id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.id = $1', [student.studentId]);
    const [other] = await p.school.query(`SELECT s.id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.school_id = $1 AND c.grade_id <> $2 AND s.left_on IS NULL LIMIT 1`, [student.schoolId, gradeId]);
    const now = p.clock.now().getTime();
    const open = await ok(admin(), 'mutation($i: OpenMatchingRoundInput!) { openMatchingRound(input: $i) { userErrors { field code } } }',
      { i: { academicYear: '2026-2027', opensAt: new Date(now - hour).toISOString(), closesAt: new Date(now + 48 * hour).toISOString(), gradeIds: [toGlobalId('Grade', gradeId)] } });
    expect(open.openMatchingRound.userErrors).toEqual([]);
    await tick();
    await tick();
    const matching = async (token: string) => (await ok(token, inbox)).notifications.nodes.filter((n: { kind: string }) => n.kind === 'MATCHING_ROUND_OPEN');
    expect(await matching(p.token('student'))).toHaveLength(1);
    expect(await matching(p.token('guardian'))).toHaveLength(1);
    const otherStudent = p.tokenFor({ personId: other.id, role: Role.STUDENT, districtId: student.districtId, schoolId: student.schoolId, studentId: other.id });
    expect(await matching(otherStudent)).toHaveLength(0);
    expect(await matching(p.token('mentor-1'))).toHaveLength(0);
  });

  it('an in-app notification is readable and markable by its recipient only, through the gateway or directly', async () => {
    const crisis = p.token('crisis-team');
    const theirs = (await ok(crisis, inbox, { u: true })).notifications.nodes.find((n: { kind: string }) => n.kind === 'CRISIS_ALERT');
    expect(theirs).toBeDefined();
    const mark = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unreadCount userErrors { field code } } }';
    for (const url of [p.gatewayUrl, p.schoolUrl]) {
      const mentor2 = p.token('mentor-2');
      const own = expectNoGraphQLErrors(await execute(url, inbox, { token: mentor2, variables: { u: true } })).notifications.totalCount;
      // Someone else's id, an unknown id and none at all answer alike: the caller's own unread count.
      for (const ids of [[theirs.id], [toGlobalId('Notification', randomUUID())], []]) {
        expect(expectNoGraphQLErrors(await execute(url, mark, { token: mentor2, variables: { ids } })).markNotificationsRead).toEqual({ unreadCount: own, userErrors: [] });
      }
      expect(JSON.stringify(expectNoGraphQLErrors(await execute(url, inbox, { token: mentor2 })))).not.toContain(theirs.id);
      expect(errorCodes(await execute(url, inbox, { token: p.token('district-admin') }))).toEqual(['FORBIDDEN']);
    }
    expect((await ok(crisis, inbox)).notifications.nodes.find((n: { id: string }) => n.id === theirs.id).read).toBe(false);
    const after = await ok(crisis, mark, { ids: [theirs.id] });
    expect((await ok(crisis, inbox)).notifications.nodes.find((n: { id: string }) => n.id === theirs.id).read).toBe(true);
    expect(after.markNotificationsRead.unreadCount).toBe((await ok(crisis, inbox, { u: true })).notifications.totalCount);
    // Read state is per person: a second crisis teacher still has the same alert unread.
    const login = p.logins.find((l) => l.login === 'crisis-team')!;
    const [colleague] = await p.school.query('SELECT id FROM teacher WHERE school_id = $1 AND id <> ALL($2) AND left_on IS NULL LIMIT 1', [login.schoolId, p.logins.map((l) => l.personId)]);
    const second = p.tokenFor({ personId: colleague.id, role: Role.CRISIS_TEAM, districtId: login.districtId, schoolId: login.schoolId });
    expect((await ok(second, inbox)).notifications.nodes.find((n: { id: string }) => n.id === theirs.id).read).toBe(false);
  });

  it('head teachers hear of late 学情会商 follow-ups, once a day; mentors are reminded as the 成长寄语 deadline nears', async () => {
    const head = p.logins.find((l) => l.login === 'head-teacher')!;
    const mentor = p.logins.find((l) => l.login === 'mentor-1')!;
    const consultation = randomUUID();
    await p.school.query(`INSERT INTO case_consultation (id, school_id, classroom_id, held_on, recorded_by, attendee_ids) VALUES ($1, $2, $3, '2026-11-13', $4, $5)`, [consultation, head.schoolId, head.classroomId, head.personId, [mentor.personId]]);
    const task = (due: string, done: Date | null) => p.school.query(`INSERT INTO consultation_task (id, consultation_id, school_id, description, owner_id, student_id, due_on, done_at) VALUES ($1, $2, $3, '家访跟进', $4, $5, $6, $7)`, [randomUUID(), consultation, head.schoolId, mentor.personId, mentee.id, due, done]);
    await task('2026-11-20', null);
    await task('2026-11-21', null);
    await task('2026-11-19', new Date('2026-11-19T08:00:00Z'));
    await task('2026-12-20', null);
    const kinds = async (login: string, kind: string) => (await ok(p.token(login), inbox)).notifications.nodes.filter((n: { kind: string }) => n.kind === kind);
    p.clock.set('2026-11-24T00:30:00Z'); // Tuesday 08:30 in China
    await tick();
    await tick();
    const late = await kinds('head-teacher', 'LATE_FOLLOW_UPS');
    expect(late).toHaveLength(1);
    expect(late[0].body).toContain('2 项');
    expect(late[0].body).not.toContain(mentee.name);
    expect(await kinds('mentor-1', 'LATE_FOLLOW_UPS')).toHaveLength(0);
    p.clock.set('2026-11-24T09:00:00Z');
    await tick();
    expect(await kinds('head-teacher', 'LATE_FOLLOW_UPS')).toHaveLength(1);

    expect(await kinds('mentor-1', 'FEEDBACK_DEADLINE')).toHaveLength(0);
    p.clock.set('2027-01-18T02:00:00Z'); // two weeks before the autumn term ends
    await tick();
    await tick();
    const reminder = await kinds('mentor-1', 'FEEDBACK_DEADLINE');
    expect(reminder).toHaveLength(1);
    const [{ n }] = await p.school.query(`SELECT count(*)::int n FROM mentorship m JOIN student s ON s.id = m.student_id AND s.left_on IS NULL WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND m.role = 'LEAD'`, [mentor.personId]);
    expect(reminder[0].body).toBe(`本学期成长寄语请于 2027-01-31 前发布，尚有 ${n} 名受导学生未发布。`);
    // The opted-out mentor is not reminded.
    expect(await kinds('mentor-2', 'FEEDBACK_DEADLINE')).toHaveLength(0);
  });
});
