import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { pruneDelivered } from '@mentorship/school';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { mailText, startFakeSmtp } from '../support/fake-receivers';
import { hour, INBOX, notifyHarness, PREFERENCES, SETTINGS } from '../support/notify-harness';
import type { TestPlatform } from '../support/platform';
import { lateFollowUps, startNotificationsPlatform } from './notifications-people-setup';

/** Monday 2026-11-23, 08:30 China time: digest time. */
const MONDAY_MORNING = '2026-11-23T00:30:00Z';

describe('notifications for mentors, head teachers, students and guardians: quiet hours, opt-outs, own inbox', () => {
  let p: TestPlatform;
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
  let mentee: { id: string; gid: string; name: string };
  const { ok, raise, inboxOf, tick } = notifyHarness(() => p);
  const admin = () => p.token('school-admin');
  const to = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

  beforeAll(async () => {
    ({ p, smtp, mentee } = await startNotificationsPlatform());
  });
  afterAll(async () => Promise.all([p?.stop(), smtp?.stop()]));

  it('quiet hours defer all but crisis alerts; an opt-out stops everything but crisis alerts', async () => {
    const prefs = async (login: string, i: Record<string, unknown>) =>
      (await ok(p.token(login), PREFERENCES, { i })).setMyNotificationPreferences;
    expect(await prefs('mentor-1', { email: 'mentor1@school.test' })).toEqual({
      preferences: { optedOut: false, email: 'mentor1@school.test' },
      userErrors: [],
    });
    await prefs('mentor-2', { email: 'mentor2@school.test', optedOut: true });
    await prefs('crisis-team', { email: 'crisis1@school.test', optedOut: true });
    expect((await prefs('mentor-1', { email: 'not an address' })).userErrors).toEqual([
      { field: 'email', code: 'INVALID_EMAIL' },
    ]);
    const quiet = await ok(admin(), SETTINGS, { i: { quietHoursStart: '08:00', quietHoursEnd: '10:00' } });
    expect(quiet.updateNotificationSettings.settings).toEqual({
      quietHoursStart: '08:00',
      quietHoursEnd: '10:00',
      districtContactEmail: null,
    });
    const halfSet = await ok(admin(), SETTINGS, { i: { quietHoursStart: null } });
    expect(halfSet.updateNotificationSettings.userErrors).toEqual([{ field: 'quietHoursStart', code: 'REQUIRED' }]);

    p.clock.set(MONDAY_MORNING); // inside quiet hours
    const description = `quiet-${randomUUID()}`;
    await raise(mentee.gid, description, 'LOW');
    await tick();
    // The crisis alert goes out at once, and reaches the crisis teacher who opted out.
    expect(to('crisis1@school.test')).toHaveLength(1);
    expect(to('crisis-team@school.test')).toHaveLength(1);
    expect(await inboxOf(p.token('crisis-team'), 'CRISIS_ALERT')).toHaveLength(1);
    // The digest is in the app at once, but its e-mail waits for 10:00; the opted-out mentor gets neither.
    expect(await inboxOf(p.token('mentor-1'), 'MENTOR_DIGEST')).toHaveLength(1);
    expect(to('mentor1@school.test')).toHaveLength(0);
    const [waiting] = await p.school.query(
      `SELECT next_attempt_at FROM notification_delivery WHERE to_address = 'mentor1@school.test' AND sent_at IS NULL`,
    );
    expect(waiting.next_attempt_at.toISOString()).toBe('2026-11-23T02:00:00.000Z');

    p.clock.set('2026-11-23T02:01:00Z');
    await tick();
    expect(to('mentor1@school.test')).toHaveLength(1);
    const digest = mailText(to('mentor1@school.test')[0]);
    expect(digest).toContain('本周导师工作待办');
    expect(digest).toMatch(/家访（本学期）：\d+ 名受导学生待完成/);
    expect(digest).not.toContain(mentee.name);
    expect(to('mentor2@school.test')).toHaveLength(0);
    expect(await inboxOf(p.token('mentor-2'), 'MENTOR_DIGEST')).toHaveLength(0);
    // Nothing that left names the student or tells the story.
    for (const mail of smtp.mails) expect(mailText(mail)).not.toMatch(new RegExp(`${mentee.name}|${description}`));
  });

  it('students and guardians of the round’s grade hear that a matching round is open; nobody else', async () => {
    const student = p.logins.find((l) => l.login === 'student')!;
    const [{ grade_id: gradeId }] = await p.school.query(
      'SELECT c.grade_id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.id = $1',
      [student.studentId],
    );
    const [other] = await p.school.query(
      `SELECT s.id FROM student s JOIN classroom c ON c.id = s.classroom_id
        WHERE s.school_id = $1 AND c.grade_id <> $2 AND s.left_on IS NULL LIMIT 1`,
      [student.schoolId, gradeId],
    );
    const now = p.clock.now().getTime();
    const i = {
      academicYear: '2026-2027',
      opensAt: new Date(now - hour).toISOString(),
      closesAt: new Date(now + 48 * hour).toISOString(),
      gradeIds: [toGlobalId('Grade', gradeId)],
    };
    const openRound = 'mutation($i: OpenMatchingRoundInput!) { openMatchingRound(input: $i) { userErrors { code } } }';
    const open = await ok(admin(), openRound, { i });
    expect(open.openMatchingRound.userErrors).toEqual([]);
    await tick();
    await tick();
    const otherStudent = p.tokenFor({
      personId: other.id,
      role: Role.STUDENT,
      districtId: student.districtId,
      schoolId: student.schoolId,
      studentId: other.id,
    });
    const heard = async (token: string) => (await inboxOf(token, 'MATCHING_ROUND_OPEN')).length;
    const tokens = [p.token('student'), p.token('guardian'), otherStudent, p.token('mentor-1')];
    expect(await Promise.all(tokens.map(heard))).toEqual([1, 1, 0, 0]);
  });

  it(
    'students hear that a student survey is open and guardians that a parent survey is; the link opens ' +
      'the survey page',
    async () => {
      const now = p.clock.now().getTime();
      const openSurvey = 'mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { userErrors { code } } }';
      const window = {
        term: '2026-2027-1',
        opensAt: new Date(now - hour).toISOString(),
        closesAt: new Date(now + 48 * hour).toISOString(),
      };
      const heard = async (login: string) => inboxOf(p.token(login), 'SURVEY_OPEN');

      const forStudents = await ok(admin(), openSurvey, {
        i: { ...window, audience: 'STUDENT', questions: ['导师关心我'] },
      });
      expect(forStudents.openSurvey.userErrors).toEqual([]);
      await tick();
      await tick();
      const [studentNotice] = await heard('student');
      expect(studentNotice).toMatchObject({ title: '导师工作反馈问卷已开放', link: '#/survey', read: false });
      expect(await heard('guardian')).toHaveLength(0);
      expect(await heard('mentor-1')).toHaveLength(0);

      const forParents = await ok(admin(), openSurvey, {
        i: { ...window, audience: 'PARENT', questions: ['导师与家长沟通及时'] },
      });
      expect(forParents.openSurvey.userErrors).toEqual([]);
      await tick();
      await tick();
      expect(await heard('guardian')).toHaveLength(1);
      expect(await heard('student')).toHaveLength(1); // still only the student survey's notice
      // The matching notice opens the choosing page, a route the web has (nav.ts: #/choose).
      const [matching] = await inboxOf(p.token('student'), 'MATCHING_ROUND_OPEN');
      expect(matching.link).toBe('#/choose');
    },
  );

  it('an in-app notification is readable and markable by its recipient only, via the gateway or directly', async () => {
    const crisis = p.token('crisis-team');
    const [theirs] = await inboxOf(crisis, 'CRISIS_ALERT');
    const mark = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unreadCount userErrors { code } } }';
    const mentor2 = p.token('mentor-2');
    for (const url of [p.gatewayUrl, p.schoolUrl]) {
      const call = async (query: string, token: string, variables = {}) =>
        expectNoGraphQLErrors(await execute(url, query, { token, variables }));
      const own = (await call(INBOX, mentor2, { u: true })).notifications.totalCount;
      // Someone else's id, an unknown id and none at all answer alike: the caller's own unread count.
      for (const ids of [[theirs.id], [toGlobalId('Notification', randomUUID())], []]) {
        const answer = (await call(mark, mentor2, { ids })).markNotificationsRead;
        expect(answer).toEqual({ unreadCount: own, userErrors: [] });
      }
      expect(JSON.stringify(await call(INBOX, mentor2))).not.toContain(theirs.id);
      expect(errorCodes(await execute(url, INBOX, { token: p.token('district-admin') }))).toEqual(['FORBIDDEN']);
    }
    const readState = async (token: string) =>
      (await ok(token, INBOX)).notifications.nodes.find((n: { id: string }) => n.id === theirs.id).read;
    expect(await readState(crisis)).toBe(false);
    const after = await ok(crisis, mark, { ids: [theirs.id] });
    expect(await readState(crisis)).toBe(true);
    const unread = (await ok(crisis, INBOX, { u: true })).notifications.totalCount;
    expect(after.markNotificationsRead.unreadCount).toBe(unread);
    // Read state is per person: a second crisis teacher still has the same alert unread.
    const login = p.logins.find((l) => l.login === 'crisis-team')!;
    const [colleague] = await p.school.query(
      'SELECT id FROM teacher WHERE school_id = $1 AND id <> ALL($2) AND left_on IS NULL LIMIT 1',
      [login.schoolId, p.logins.map((l) => l.personId)],
    );
    expect(
      await readState(
        p.tokenFor({
          personId: colleague.id,
          role: Role.CRISIS_TEAM,
          districtId: login.districtId,
          schoolId: login.schoolId,
        }),
      ),
    ).toBe(false);
  });

  it('head teachers hear of late 学情会商 follow-ups daily; mentors, that the 成长寄语 deadline nears', async () => {
    const head = p.logins.find((l) => l.login === 'head-teacher')!;
    const mentor = p.logins.find((l) => l.login === 'mentor-1')!;
    await lateFollowUps(p, head, mentor, mentee.id);
    p.clock.set('2026-11-24T00:30:00Z'); // Tuesday 08:30 in China
    await tick();
    await tick();
    const late = await inboxOf(p.token('head-teacher'), 'LATE_FOLLOW_UPS');
    expect(late.map((n: { body: string }) => n.body)).toEqual([
      '您班级学情会商中有 2 项跟进任务已过期未完成，请督促落实。',
    ]);
    expect(await inboxOf(p.token('mentor-1'), 'LATE_FOLLOW_UPS')).toHaveLength(0);
    p.clock.set('2026-11-24T09:00:00Z'); // the same day in China: not again
    await tick();
    expect(await inboxOf(p.token('head-teacher'), 'LATE_FOLLOW_UPS')).toHaveLength(1);

    expect(await inboxOf(p.token('mentor-1'), 'FEEDBACK_DEADLINE')).toHaveLength(0);
    p.clock.set('2027-01-18T02:00:00Z'); // two weeks before the autumn term ends
    await tick();
    await tick();
    const [{ n }] = await p.school.query(
      `SELECT count(*)::int n FROM mentorship m JOIN student s ON s.id = m.student_id AND s.left_on IS NULL
        WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND m.role = 'LEAD'`,
      [mentor.personId],
    );
    expect((await inboxOf(p.token('mentor-1'), 'FEEDBACK_DEADLINE')).map((r: { body: string }) => r.body)).toEqual([
      `本学期成长寄语请于 2027-01-31 前发布，尚有 ${n} 名受导学生未发布。`,
    ]);
    expect(await inboxOf(p.token('mentor-2'), 'FEEDBACK_DEADLINE')).toHaveLength(0); // opted out
  });

  it('sent deliveries and their attempts go after the retention period; nothing is sent again', async () => {
    const count = async (sql: string) => Number((await p.school.query(sql))[0].n);
    const sent = await count('SELECT count(*) n FROM notification_delivery WHERE sent_at IS NOT NULL');
    const unsent = await count('SELECT count(*) n FROM notification_delivery WHERE sent_at IS NULL');
    const outbox = await count('SELECT count(*) n FROM outbox_message');
    const mails = smtp.mails.length;
    expect(sent).toBeGreaterThan(0);
    // Within the period nothing goes.
    expect(await pruneDelivered(p.school, p.clock.now(), 180)).toBe(0);
    p.clock.set(new Date(p.clock.now().getTime() + 181 * 24 * hour).toISOString());
    expect(await pruneDelivered(p.school, p.clock.now(), 180)).toBe(sent);
    expect(await count('SELECT count(*) n FROM notification_delivery WHERE sent_at IS NOT NULL')).toBe(0);
    expect(
      await count(`SELECT count(*) n FROM notification_attempt a
      WHERE NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.id = a.delivery_id)`),
    ).toBe(0);
    expect(await count('SELECT count(*) n FROM notification_delivery WHERE sent_at IS NULL')).toBe(unsent);
    expect(await count('SELECT count(*) n FROM outbox_message')).toBeGreaterThanOrEqual(outbox);
    // The alerts behind them are not queued or mailed again (no alert was raised since; new weeks'
    // digests and overdue notices are new messages, not resends).
    await tick();
    await tick();
    expect(smtp.mails.slice(mails).filter((m) => mailText(m).includes('新的危机上报'))).toEqual([]);
  });
});
