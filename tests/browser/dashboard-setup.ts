import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { Role } from '@mentorship/auth';
import { createClient, CreateMentorRecordDocument, MyWorkDocument } from '@mentorship/client';
import type { RunningWebServer } from '@mentorship/devstack';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import type { BrowserContext, Page } from 'playwright-core';

import type { TestPlatform } from '../support/platform';
import { signInTab, startScreens } from './screen-checks';

/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core): sign in with
 * the demo sign-in, read the figures off the screen and compare them with what the gateway
 * answers for the same token. Screenshots go to tests/browser/screenshots/ (not committed).
 * The platform's clock and the browser's are pinned to one moment of the term, so the term,
 * the weekly snapshots and "now" in the mentor's form agree on any day the test runs.
 */
export const SCREENSHOTS = path.join(__dirname, 'screenshots');
export const NOW = '2026-11-24T02:00:00Z';
/** Talks mentor-1 records while the weekly snapshots are taken (two in the second week, one in the third). */
export const TALKS_IN_SETUP = 3;

export interface DashboardBrowser {
  platform: TestPlatform;
  signIn(login: string): Promise<{ page: Page; token: string }>;
  texts(page: Page, selector: string): Promise<string[]>;
}

/**
 * Registers beforeAll/afterAll in the calling describe: the platform with three weekly snapshots
 * delivered, the web server and chromium; the returned object is filled in beforeAll.
 */
export function useDashboardBrowser(): DashboardBrowser {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  let stop: (() => Promise<void>) | undefined;

  /** Three weeks of snapshots delivered to the district, with talks recorded in between, so the trend moves. */
  async function deliverWeeklySnapshots() {
    const serviceToken = platform.tokenFor({ personId: 'school-service', role: Role.SERVICE, districtId: '*' });
    const schoolIds = platform.demo.schools.map((s) => s.id);
    const mentor = createClient({ url: platform.gatewayUrl, token: platform.token('mentor-1') });
    const talkWith = async (studentIds: string[]) => {
      for (const id of studentIds) {
        const { createMentorRecord } = await mentor.request(CreateMentorRecordDocument, {
          input: {
            idempotencyKey: randomUUID(),
            kind: 'TALK',
            studentIds: [id],
            occurredAt: platform.clock.now().toISOString(),
            content: '谈了学习计划',
          },
        });
        expect(createMentorRecord.userErrors).toEqual([]);
      }
    };
    const mentees = [
      ...new Set(
        (await mentor.request(MyWorkDocument, {})).me.pendingTasks
          .filter((t) => t.kind === 'TALK')
          .map((t) => t.student.id),
      ),
    ];
    expect(mentees.length).toBeGreaterThan(TALKS_IN_SETUP);
    platform.clock.set('2026-11-10T02:00:00Z');
    await queueSnapshots(platform.school, platform.clock.now(), schoolIds);
    platform.clock.set('2026-11-17T02:00:00Z');
    await talkWith(mentees.slice(0, 2));
    await queueSnapshots(platform.school, platform.clock.now(), schoolIds);
    platform.clock.set(NOW);
    await talkWith(mentees.slice(2, TALKS_IN_SETUP));
    await queueSnapshots(platform.school, platform.clock.now(), schoolIds);
    expect(
      await new OutboxRelay(
        platform.school,
        deliverToDistrict(districtClient({ url: platform.districtUrl, token: () => serviceToken })),
      ).drain(),
    ).toEqual({ delivered: 3 * schoolIds.length, failed: null });
  }

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // Laptop-wide, downloads on (the report export), the app's own CSP enforced.
    const viewport = { width: 1440, height: 900 };
    ({ platform, web, browser, stop } = await startScreens(NOW, { viewport, acceptDownloads: true, bypassCSP: false }));
    harness.platform = platform;
    await deliverWeeklySnapshots();
  });
  afterAll(() => stop?.());

  /** A fresh tab (the session lives in sessionStorage, so per tab), signed in as a demo login. */
  const signIn = (login: string) => signInTab(browser, web.url, login);

  const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

  const harness = { signIn, texts } as DashboardBrowser;
  return harness;
}
