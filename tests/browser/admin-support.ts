import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Role } from '@mentorship/auth';
import { type Client, createClient } from '@mentorship/client';
import { type RunningWebServer, startWebServer } from '@mentorship/devstack';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * The admin screens' browser harness: the platform (one snapshot delivered), the web server and
 * Debian's chromium pinned to NOW in China; sign-in per tab; and `everyScreen`, which photographs
 * every tab at 390×844 and 1366×768 into tests/results/screens/ (gitignored) and checks each with
 * axe-core (no serious or critical violation) and for sideways overflow of the page.
 */
const ROOT = path.resolve(__dirname, '../..');
const SCREENS = path.join(ROOT, 'tests/results/screens');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE = require.resolve('axe-core/axe.min.js');
export const NOW = '2026-11-24T02:00:00Z';
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

export interface AdminHarness {
  platform: TestPlatform;
  signIn(login: string): Promise<{ page: Page; api: Client }>;
  everyScreen(page: Page, who: string): Promise<void>;
}

/** Registers beforeAll/afterAll in the calling describe; the returned object is filled in beforeAll. */
export function useAdminHarness(): AdminHarness {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-admin-'));
  const harness = { signIn, everyScreen } as AdminHarness;

  beforeAll(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    platform = await startTestPlatform();
    harness.platform = platform;
    platform.clock.set(NOW);
    [web, browser] = await Promise.all([
      startWebServer({
        distDir: path.join(ROOT, 'services/web/dist'),
        port: 0,
        gatewayUrl: platform.gatewayUrl.replace('localhost', '127.0.0.1'),
        devLogin: {
          logins: platform.logins.map(({ login, role, name, description }) => ({ login, role, name, description })),
          sign: (login) => platform.token(login),
        },
      }),
      chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
        viewport: { width: 1366, height: 768 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        acceptDownloads: true,
        // axe-core is injected as a script tag; the web server's CSP admits only its own bundle.
        bypassCSP: true,
      }),
    ]);
    await browser.clock.setFixedTime(new Date(NOW));
    const serviceToken = platform.tokenFor({ personId: 'school-service', role: Role.SERVICE, districtId: '*' });
    await queueSnapshots(
      platform.school,
      platform.clock.now(),
      platform.demo.schools.map((s) => s.id),
    );
    await new OutboxRelay(
      platform.school,
      deliverToDistrict(districtClient({ url: platform.districtUrl, token: () => serviceToken })),
    ).drain();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await platform?.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  async function signIn(login: string): Promise<{ page: Page; api: Client }> {
    const page = await browser.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(web.url);
    await page.click(`button[data-login="${login}"]`);
    await page.waitForFunction(() => sessionStorage.getItem('mentorship.session'));
    const token = (await page.evaluate(() => sessionStorage.getItem('mentorship.session')))!;
    return { page, api: createClient({ url: platform.gatewayUrl, token }) };
  }

  /** Each tab at both sizes: a screenshot, no loading left, and no serious or critical axe violation. */
  async function everyScreen(page: Page, who: string) {
    const tabs = await page.locator('[role="tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tab')!));
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const tab of tabs) {
        await page.click(`[role="tab"][data-tab="${tab}"]`);
        await page.waitForFunction(
          () => !document.querySelector('[role="tabpanel"] p.status[role="status"]')?.textContent?.includes('加载中'),
        );
        await page.screenshot({ path: path.join(SCREENS, `${who}-${tab}-${size.name}.png`), fullPage: true });
        if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run: (
                  c: Document,
                  o: object,
                ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map(
              (v) =>
                `${v.id}: ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(' '))
                  .join(', ')}`,
            );
        });
        expect({ screen: `${who}/${tab}/${size.name}`, violations }).toEqual({
          screen: `${who}/${tab}/${size.name}`,
          violations: [],
        });
        // Nothing cut off or pushing the page sideways: wide tables scroll inside their own box.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect({ screen: `${who}/${tab}/${size.name}`, overflow }).toEqual({
          screen: `${who}/${tab}/${size.name}`,
          overflow: 0,
        });
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  return harness;
}
