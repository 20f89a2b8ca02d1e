import { Role } from '@mentorship/auth';
import { demoLogins, generateDistrict } from '@mentorship/demo-data';
import type { RunningWebServer } from '@mentorship/devstack';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import type { BrowserContext, Page } from 'playwright-core';

import { TEST_SCALE, type TestPlatform } from '../support/platform';
import { capture, LAPTOP, PHONE, startScreens } from './screen-checks';

/**
 * Every demo login × every entry of its menu × every tab of that page, as a person would open
 * them (clicking the menu, then the tabs) in Debian's chromium: no dead end (no “no permission”
 * or “page not found” on a page the menu offers, no error on a page just opened), no English
 * sentence leaking from the API, axe-core without serious or critical violations, a screenshot at
 * 390×844 and 1366×768 (tests/results/screens/roles-*), nothing wider than the screen and no short
 * label broken over two lines on the phone; the district's school table whole on a 1366 px laptop.
 */
const NOW = '2026-11-24T02:00:00Z';
const LOGINS = demoLogins(generateDistrict(TEST_SCALE)).map((l) => l.login);

/** What a dead end reads like, in either language. */
const DEAD_END = /无权|没有.{0,8}权限|页面不存在|not allowed|forbidden|unauthori[sz]ed/i;
/** Three English words in a row: a developer's message that escaped the mapping in errors.ts. */
const ENGLISH = /[A-Za-z]{2,}(?:[\s,.'’:-]+[A-Za-z]{2,}){2,}/;

describe('every role × every menu entry × both screen sizes (headless Chromium)', () => {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ platform, web, browser, stop } = await startScreens(NOW));
    // The district's dashboard reads the schools' snapshots: deliver one, as the relay would.
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
  }, 180_000);
  afterAll(() => stop?.());

  /** The error codes the API answered each page with (to say why when a screen shows an error). */
  const apiErrors = new WeakMap<Page, string[]>();

  async function signIn(login: string): Promise<Page> {
    const page = await browser.newPage();
    const seen: string[] = [];
    apiErrors.set(page, seen);
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const body = (await response.json().catch(() => null)) as {
        errors?: { extensions?: { code?: string }; path?: unknown[] }[];
      } | null;
      for (const e of body?.errors ?? [])
        seen.push(`${response.status()} ${e.extensions?.code ?? 'no code'} at ${JSON.stringify(e.path ?? [])}`);
      if (!body && response.status() >= 400) seen.push(`${response.status()} without a GraphQL body`);
    });
    await page.setViewportSize(PHONE);
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(web.url);
    await page.click(`button[data-login="${login}"]`);
    await page.waitForSelector('[data-testid="who"]');
    return page;
  }

  /** Until nothing on the screen says it is loading (panels load on their own). */
  async function settled(page: Page) {
    await page.waitForFunction(() => !document.body.innerText.includes('加载中'), undefined, { timeout: 20_000 });
  }

  /** What a person would notice on the screen as it stands: dead ends, errors, English. */
  async function readable(page: Page, screen: string) {
    const { text, alerts } = await page.evaluate(() => ({
      text:
        (document.querySelector('nav.top') as HTMLElement).innerText +
        '\n' +
        (document.querySelector('main') as HTMLElement).innerText,
      alerts: Array.from(document.querySelectorAll<HTMLElement>('main [role="alert"]')).map((e) => e.innerText),
    }));
    const api = alerts.length ? (apiErrors.get(page) ?? []) : [];
    expect({
      screen,
      deadEnd: text.match(DEAD_END)?.[0] ?? null,
      english: text.match(ENGLISH)?.[0] ?? null,
      alerts,
      api,
    }).toEqual({ screen, deadEnd: null, english: null, alerts: [], api: [] });
  }

  /** On a laptop the page is no wider than the screen; wide tables scroll inside their own box at most. */
  async function fitsLaptop(page: Page, screen: string) {
    await page.setViewportSize(LAPTOP);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.setViewportSize(PHONE);
    expect({ screen, overflow: Math.max(0, overflow) }).toEqual({ screen, overflow: 0 });
  }

  it.each(LOGINS)(
    '%s: every page and tab of the menu is usable at 390 px and 1366 px',
    async (login) => {
      const page = await signIn(login);
      const menu = await page
        .locator('[data-testid="menu"] a')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, label: (a as HTMLElement).innerText })));
      expect(menu.length).toBeGreaterThan(0);
      // The start page is the first menu entry.
      await settled(page);
      expect(await page.evaluate(() => window.location.hash.split('?')[0])).toBe(menu[0].href);

      for (const entry of menu) {
        await page.click(`[data-testid="menu"] a[href="${entry.href}"]`);
        await page.waitForFunction((href) => window.location.hash.split('?')[0] === href, entry.href);
        // The hash changes before React re-renders the menu: wait for the highlight to follow it.
        await page
          .waitForFunction(
            (label) => document.querySelector('[data-testid="menu"] a[aria-current="page"]')?.textContent === label,
            entry.label,
            { timeout: 5000 },
          )
          .catch(() => undefined);
        expect(await page.locator('[data-testid="menu"] a[aria-current="page"]').textContent()).toBe(entry.label);
        await settled(page);
        const slug = entry.href.replace(/^#\//, '').replace(/\//g, '-');
        const tabs = await page
          .locator('[role="tab"]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-tab')!));
        for (const tab of tabs.length ? tabs : [null]) {
          if (tab) {
            await page.click(`[role="tab"][data-tab="${tab}"]`);
            // The tab is kept in the address, so a reload or a shared link opens it again.
            expect(await page.evaluate(() => window.location.hash)).toBe(`${entry.href}?tab=${tab}`);
            await settled(page);
          }
          const screen = `roles-${login}-${slug}${tab ? `-${tab}` : ''}`;
          await readable(page, screen);
          await capture(page, screen);
          await fitsLaptop(page, screen);
        }
      }
      await page.close();
    },
    300_000,
  );

  it('a tab in the address survives a reload', async () => {
    const page = await signIn('school-admin');
    await page.click('[role="tab"][data-tab="roster"]');
    await page.reload();
    await page.waitForSelector('[role="tab"][data-tab="roster"][aria-selected="true"]');
    expect(await page.locator('[role="tabpanel"]').getAttribute('aria-label')).toBe('名册');
    await page.close();
  }, 60_000);

  it('the district table fits a 1366 px laptop whole: every column shown, no sideways scrolling', async () => {
    const page = await signIn('district-admin');
    await page.setViewportSize(LAPTOP);
    await page.waitForSelector('[data-testid="schools"] tbody tr');
    const fit = await page.evaluate(() => {
      const table = document.querySelector<HTMLElement>('[data-testid="schools"]')!;
      const box = table.parentElement!;
      const headers = Array.from(table.querySelectorAll<HTMLElement>('thead th'));
      return {
        hiddenColumns: headers
          .filter((th) => th.offsetParent === null || th.getBoundingClientRect().width < 20)
          .map((th) => th.innerText),
        tableWiderThanItsBox: table.scrollWidth > box.clientWidth,
        boxPastScreen: box.getBoundingClientRect().right > window.innerWidth,
        columns: headers.length,
      };
    });
    expect(fit).toEqual({ hiddenColumns: [], tableWiderThanItsBox: false, boxPastScreen: false, columns: fit.columns });
    expect(fit.columns).toBeGreaterThanOrEqual(8);
    await page.close();
  }, 60_000);
});
