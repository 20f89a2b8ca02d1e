import { randomUUID } from 'node:crypto';

import { fromGlobalId, toGlobalId } from '@mentorship/graphql';
import { startNotifications } from '@mentorship/school';
import { errorCodes } from '@mentorship/testing';

import { mailText, startFakeRobots, startFakeSmtp } from '../support/fake-receivers';
import { CHANNELS, hour, INBOX, minute, notifyHarness, SAVE_CHANNEL, SETTINGS } from '../support/notify-harness';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/** Sunday 2026-11-15, 18:00 China time. */
const NOW = '2026-11-15T10:00:00Z';
const SECRETS = { wecomKey: 'wecom-key-7f3a9c', dingtalkSecret: 'SECdingtalk-secret-42', dingtalkToken: 'dt-token-19' };

describe('notifications: a crisis alert reaches the crisis team, through outages, and escalates', () => {
  let p: TestPlatform;
  let robots: Awaited<ReturnType<typeof startFakeRobots>>;
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
  let mentee: { id: string; gid: string; name: string };
  const { gql, ok, raise, inboxOf, tick, ...h } = notifyHarness(() => p);
  const admin = () => p.token('school-admin');
  /** Everything that left the platform, as text. */
  const outside = () => [...robots.messages.map((m) => m.content), ...smtp.mails.map(mailText)];
  const health = async () =>
    Object.fromEntries(
      (await ok(admin(), CHANNELS)).notificationChannels.map((c: { kind: string; health: string }) => [
        c.kind,
        c.health,
      ]),
    );

  beforeAll(async () => {
    [p, robots, smtp] = await Promise.all([startTestPlatform(), startFakeRobots(SECRETS), startFakeSmtp()]);
    p.clock.set(NOW);
    mentee = await h.mentee();
  });
  afterAll(async () => {
    delete process.env.NOTIFY_DEAD_AFTER_ATTEMPTS;
    await Promise.all([p?.stop(), robots?.stop(), smtp?.stop()]);
  });

  it('the school admin configures 企业微信, 钉钉 and e-mail; secrets are write-only and sealed in the database', async () => {
    const channel = async (i: Record<string, unknown>) =>
      (await ok(admin(), SAVE_CHANNEL, { i: { topics: ['CRISIS'], ...i } })).saveNotificationChannel;
    const wecom = await channel({
      kind: 'WECOM_ROBOT',
      name: '心理危机干预小组群',
      webhookUrl: robots.wecomUrl,
      secret: SECRETS.wecomKey,
    });
    const ding = await channel({
      kind: 'DINGTALK_ROBOT',
      name: '校领导钉钉群',
      webhookUrl: robots.dingtalkUrl,
      secret: SECRETS.dingtalkSecret,
    });
    const mail = await channel({
      kind: 'EMAIL',
      name: '学校邮箱',
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpSecure: false,
      smtpUser: 'notify',
      secret: 'smtp-password-9',
      from: 'notify@school.test',
      recipients: ['crisis-team@school.test'],
    });
    for (const r of [wecom, ding, mail]) expect(r.userErrors).toEqual([]);
    expect(wecom.channel).toMatchObject({ host: expect.stringMatching(/^127\.0\.0\.1:\d+$/), hasSecret: true });
    const everything = 'query { notificationChannels { id kind name host hasSecret from recipients } }';
    const listed = JSON.stringify(await ok(admin(), everything));
    const stored = JSON.stringify(await p.school.query('SELECT * FROM notification_channel'));
    for (const secret of [SECRETS.wecomKey, SECRETS.dingtalkSecret, SECRETS.dingtalkToken, 'smtp-password-9']) {
      expect(listed).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    // A DingTalk robot without its signing secret is refused, naming the field.
    expect(await channel({ kind: 'DINGTALK_ROBOT', name: 'x', webhookUrl: robots.dingtalkUrl })).toEqual({
      channel: null,
      userErrors: [{ field: 'secret', code: 'REQUIRED' }],
    });
    for (const login of ['mentor-1', 'crisis-team', 'district-admin']) {
      expect(errorCodes(await gql(p.token(login), CHANNELS))).toEqual(['FORBIDDEN']);
    }
  });

  it('an alert reaches the crisis team within the relay interval: once per channel, no name, no story', async () => {
    const description = `看到手臂有伤痕-${randomUUID()}`;
    const env = { NOTIFY_RELAY_INTERVAL_SECONDS: '1' };
    const worker = startNotifications(p.school, { log: () => undefined, now: p.clock.now, env });
    try {
      const raised = Date.now();
      await raise(mentee.gid, description);
      while (robots.messages.length < 2 || smtp.mails.length < 1) {
        // The relay interval (1 s here, 5 s by default) and the sending.
        expect(Date.now() - raised).toBeLessThan(5_000);
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
      // The link is the web's hash route (services/web/src/nav.ts), the only kind of address the dashboard opens.
      expect(text).toMatch(/危机[\s\S]*高[\s\S]*https?:\/\/[^\s/]+\/#\/crisis/);
      expect(text).not.toContain(mentee.name);
      expect(text).not.toContain(description);
    }
    // In the app: the crisis team and the school admin, nobody else; no name or description either.
    for (const login of ['crisis-team', 'school-admin']) {
      const got = await inboxOf(p.token(login), 'CRISIS_ALERT');
      expect(got).toHaveLength(1);
      expect(JSON.stringify(got)).not.toContain(mentee.name);
      expect(JSON.stringify(got)).not.toContain(description);
    }
    for (const login of ['mentor-1', 'mentor-2', 'head-teacher', 'school-admin-2', 'student']) {
      expect(await inboxOf(p.token(login), 'CRISIS_ALERT')).toEqual([]);
    }
  });

  it('a channel that is down is retried with backoff, shown as dead, then delivers once, no duplicates', async () => {
    process.env.NOTIFY_DEAD_AFTER_ATTEMPTS = '2';
    robots.messages.length = 0;
    smtp.mails.length = 0;
    robots.failNext(2); // the next two robot requests fail
    const alertId = fromGlobalId(await raise(mentee.gid, '情绪低落', 'MODERATE'), 'CrisisAlert');
    const attempts = async () =>
      (
        await p.school.query(
          `SELECT count(*)::int n, count(*) FILTER (WHERE ok)::int ok FROM notification_attempt a
         JOIN notification_delivery d ON d.id = a.delivery_id
        WHERE d.message_id IN (SELECT id FROM outbox_message WHERE payload->>'subject' = $1)`,
          [alertId],
        )
      )[0];
    await tick();
    expect(robots.messages).toHaveLength(0);
    expect(smtp.mails).toHaveLength(1);
    expect(await health()).toEqual({ WECOM_ROBOT: 'FAILING', DINGTALK_ROBOT: 'FAILING', EMAIL: 'HEALTHY' });
    await tick(); // not due again yet: nothing is attempted
    expect(await attempts()).toEqual({ n: 3, ok: 1 });

    robots.failNext(2);
    p.clock.advance(31_000); // the first retry comes after 30 s
    await tick();
    expect(await health()).toEqual({ WECOM_ROBOT: 'DEAD', DINGTALK_ROBOT: 'DEAD', EMAIL: 'HEALTHY' });
    const { notificationChannels } = await ok(admin(), CHANNELS);
    const dead = notificationChannels.find((c: { kind: string }) => c.kind === 'WECOM_ROBOT');
    expect(dead).toMatchObject({ consecutiveFailures: 2, lastError: 'HTTP 500' });

    p.clock.advance(61_000); // the second after 60 s more; the robots are back
    await tick();
    await tick();
    expect(robots.messages.map((m) => m.robot).sort()).toEqual(['dingtalk', 'wecom']);
    expect(new Set(robots.messages.map((m) => m.key)).size).toBe(2);
    expect(smtp.mails).toHaveLength(1);
    expect(await attempts()).toEqual({ n: 7, ok: 3 });
    expect(await health()).toEqual({ WECOM_ROBOT: 'HEALTHY', DINGTALK_ROBOT: 'HEALTHY', EMAIL: 'HEALTHY' });
  });

  it('an alert nobody picks up escalates: at 24 h to crisis team and admin, at 48 h to the district', async () => {
    const set = await ok(admin(), SETTINGS, { i: { districtContactEmail: 'contact@district.test' } });
    expect(set.updateNotificationSettings.userErrors).toEqual([]);
    // Earlier alerts are picked up, so only the new one can go overdue.
    const advance = 'mutation($i: AdvanceCrisisAlertInput!) { advanceCrisisAlert(input: $i) { userErrors { code } } }';
    for (const { id } of await p.school.query(`SELECT id FROM crisis_alert WHERE status = 'REPORTED'`)) {
      await ok(p.token('crisis-team'), advance, { i: { alertId: toGlobalId('CrisisAlert', id), status: 'ASSESSING' } });
    }
    const description = `夜不归宿-${randomUUID()}`;
    await raise(mentee.gid, description, 'IMMINENT');
    await tick();
    robots.messages.length = 0;
    smtp.mails.length = 0;
    p.clock.advance(23 * hour);
    await tick();
    expect(robots.messages).toHaveLength(0);

    p.clock.advance(hour + minute);
    await tick();
    await tick();
    expect(robots.messages.filter((m) => m.content.includes('逾期'))).toHaveLength(2);
    expect(smtp.mails.map((m) => m.to)).toEqual([['crisis-team@school.test']]);
    const overdue = async (login: string) => (await inboxOf(p.token(login), 'CRISIS_OVERDUE')).length;
    expect([await overdue('crisis-team'), await overdue('school-admin'), await overdue('mentor-2')]).toEqual([1, 1, 0]);

    p.clock.advance(24 * hour);
    await tick();
    await tick();
    const toDistrict = smtp.mails.filter((m) => m.to.includes('contact@district.test'));
    expect(toDistrict).toHaveLength(1);
    expect(mailText(toDistrict[0])).toContain('区教育局');
    expect([await overdue('crisis-team'), await overdue('school-admin')]).toEqual([1, 2]);
    for (const text of outside()) {
      expect(text).not.toContain(mentee.name);
      expect(text).not.toContain(description);
    }
    p.clock.advance(24 * hour);
    const before = [robots.messages.length, smtp.mails.length];
    await tick();
    expect([robots.messages.length, smtp.mails.length]).toEqual(before);
    expect(JSON.stringify(await ok(p.token('crisis-team'), INBOX))).not.toContain(description);
  });
});
