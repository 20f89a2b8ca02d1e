import { randomUUID } from 'node:crypto';
import net from 'node:net';

import { createClient, MyNotificationsDocument, NotificationChannelsDocument } from '@mentorship/client';
import type { RunningWebServer } from '@mentorship/devstack';
import { toGlobalId } from '@mentorship/graphql';
import { notificationTick } from '@mentorship/school';
import type { BrowserContext, Page } from 'playwright-core';

import type { TestPlatform } from '../support/platform';
import { capture, LAPTOP, PHONE, startScreens } from './screen-checks';

/**
 * Notifications through the web in Debian's chromium: a crisis alert raised by a mentor becomes an
 * in-app notification the crisis team reads and marks read (no student's name in it); the school
 * admin configures a 企业微信 robot that is down and sees its failed attempts and its health.
 * What the screen shows is compared with the API; every screen at 390 and 1366 px with axe-core.
 */
const NOW = '2026-11-24T02:00:00Z';
const policy = { baseMs: 30_000, maxMs: 3600_000 };

describe('notification screens in headless Chromium (390 px and 1366 px)', () => {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  let stop: () => Promise<void>;
  const api = (name: string) => createClient({ url: platform.gatewayUrl, token: platform.token(name) });
  const tick = () => notificationTick(platform.school, platform.clock.now(), policy);

  beforeAll(async () => {
    process.env.NOTIFY_DEAD_AFTER_ATTEMPTS = '2';
    ({ platform, web, browser, stop } = await startScreens(NOW));
  });
  afterAll(async () => {
    delete process.env.NOTIFY_DEAD_AFTER_ATTEMPTS;
    await stop?.();
  });

  async function signIn(name: string, size = PHONE): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize(size);
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(web.url);
    await page.click(`button[data-login="${name}"]`);
    await page.waitForSelector('[data-testid="who"]');
    return page;
  }
  const settled = (page: Page) =>
    page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('加载中'));

  /** mentor-1 raises an alert about their first lead mentee; returns the student's name and the description. */
  async function raiseAlert() {
    const mentor = platform.logins.find((l) => l.login === 'mentor-1')!;
    const [row] = await platform.school.query(
      `SELECT s.id, s.name FROM mentorship m JOIN student s ON s.id = m.student_id
        WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND m.role = 'LEAD' ORDER BY s.student_number LIMIT 1`,
      [mentor.personId],
    );
    const description = `情绪低落-${randomUUID()}`;
    const answer = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.token('mentor-1')}` },
      body: JSON.stringify({
        query:
          'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } userErrors { code } } }',
        variables: {
          i: { studentId: toGlobalId('Student', row.id), level: 'HIGH', description, idempotencyKey: randomUUID() },
        },
      }),
    }).then((r) => r.json());
    expect(answer.data.raiseCrisisAlert.userErrors).toEqual([]);
    return { name: row.name as string, description };
  }

  it('a crisis alert becomes an in-app notification the crisis team sees and marks read', async () => {
    const { name, description } = await raiseAlert();
    await tick();
    const page = await signIn('crisis-team');
    await page.click('nav.top a[href="#/notifications"]');
    await page.waitForSelector('[data-testid="inbox"]');
    await settled(page);
    const inbox = await api('crisis-team').request(MyNotificationsDocument, { first: 50 });
    expect(await page.locator('[data-testid="unread-count"]').textContent()).toBe(`未读 ${inbox.unread.totalCount} 条`);
    expect(inbox.unread.totalCount).toBeGreaterThanOrEqual(1);
    const alert = inbox.notifications.nodes.find((n) => n.kind === 'CRISIS_ALERT')!;
    expect(alert).toMatchObject({ link: '#/crisis', read: false });
    const item = page.locator('[data-testid="notification"]', { hasText: alert.title }).first();
    expect(await item.getAttribute('data-read')).toBe('false');
    const shown = await page.locator('[data-testid="inbox"]').textContent();
    expect(shown).not.toContain(name);
    expect(shown).not.toContain(description);
    expect(await item.locator('a[href="#/crisis"]').count()).toBe(1);
    await capture(page, 'notifications-crisis-team');

    await item.locator('button:has-text("标为已读")').click();
    await page.waitForSelector(`[data-testid="notification"][data-read="true"]`);
    const after = await api('crisis-team').request(MyNotificationsDocument, { first: 50 });
    expect(after.notifications.nodes.find((n) => n.id === alert.id)!.read).toBe(true);
    expect(after.unread.totalCount).toBe(inbox.unread.totalCount - 1);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="unread-count"]')?.textContent === `未读 ${n} 条`,
      after.unread.totalCount,
    );
    // The link opens the crisis queue, a page of the crisis team.
    await item.locator('a[href="#/crisis"]').click();
    await page.waitForFunction(
      () => window.location.hash === '#/crisis' && document.querySelector('h1')?.textContent === '危机预警',
    );
    await page.close();

    // The mentor who raised it has no such notification: it is the crisis team's and the admins'.
    const mentorInbox = await api('mentor-1').request(MyNotificationsDocument, { first: 50 });
    expect(mentorInbox.notifications.nodes.filter((n) => n.kind === 'CRISIS_ALERT')).toEqual([]);
  }, 180_000);

  it('the school admin adds a 企业微信 robot that is down and sees its failed attempts and that it is dead', async () => {
    // A port with nobody listening: the robot is "down".
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const page = await signIn('school-admin', LAPTOP);
    await page.click('nav.top a[href="#/notifications"]');
    await page.waitForSelector('[data-testid="channel-form"]');
    await settled(page);
    const form = page.locator('[data-testid="channel-form"]');
    // A bad address is refused in Chinese, naming what is wrong.
    await form.locator('input').nth(0).fill('心理危机干预小组群');
    await form.locator('input[type="url"]').fill('ftp://example.org/robot');
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction(() =>
      /Webhook 地址有误/.test(
        document.querySelector('[data-testid="channels"] [data-testid="action-status"]')?.textContent ?? '',
      ),
    );
    await form.locator('input[type="url"]').fill(`http://127.0.0.1:${port}/cgi-bin/webhook/send?key=robot-key-1`);
    await form.locator('button[type="submit"]').click();
    await page.waitForSelector('[data-testid="channel"]');
    expect(await page.locator('[data-testid="channel-health"]').textContent()).toContain('正常');

    // An alert: the robot is tried, fails, is retried after the backoff and fails again.
    await raiseAlert();
    await tick();
    platform.clock.set(new Date(platform.clock.now().getTime() + 60_000).toISOString());
    await tick();
    const [channel] = (await api('school-admin').request(NotificationChannelsDocument)).notificationChannels;
    expect(channel.health).toBe('DEAD');
    expect(channel.recentAttempts.length).toBeGreaterThanOrEqual(2);
    expect(channel.recentAttempts.every((a) => !a.ok)).toBe(true);

    await page.reload();
    await page.waitForSelector('[data-testid="channel"][data-health="DEAD"]');
    expect(await page.locator('[data-testid="channel-health"]').textContent()).toBe(
      `已失效（连续失败 ${channel.consecutiveFailures} 次）`,
    );
    expect(await page.locator('[data-testid="attempts"] tbody tr[data-ok="false"]').count()).toBe(
      channel.recentAttempts.length,
    );
    // No secret or address key on the screen.
    expect(await page.locator('[data-testid="channels"]').textContent()).not.toContain('robot-key-1');
    await capture(page, 'notifications-channels');
  }, 180_000);
});
