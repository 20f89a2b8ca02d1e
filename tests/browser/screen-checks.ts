import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { type RunningWebServer, startWebServer } from '@mentorship/devstack';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * Checks every screen of the browser tests runs: a full-page screenshot at a phone's and a
 * laptop's size (tests/results/screens/, not committed), axe-core with no serious or critical
 * violation, and on the phone no horizontal overflow and no short label broken over two lines.
 */
export const SCREENS = path.resolve(__dirname, '../results/screens');
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1366, height: 768 };
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The platform, the web server with the demo sign-in, and Debian's chromium (phone-sized unless
 * `viewport` says otherwise, zh-CN, Shanghai), with the platform's and the browser's clocks pinned to `now`.
 */
export async function startScreens(
  now: string,
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean; bypassCSP?: boolean } = {},
): Promise<{ platform: TestPlatform; web: RunningWebServer; browser: BrowserContext; stop: () => Promise<void> }> {
  fs.mkdirSync(SCREENS, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const platform = await startTestPlatform();
  platform.clock.set(now);
  const [web, browser] = await Promise.all([
    startWebServer({
      distDir: path.join(ROOT, 'services/web/dist'),
      port: 0,
      gatewayUrl: platform.gatewayUrl.replace('localhost', '127.0.0.1'),
      devLogin: {
        logins: platform.logins.map(({ login, role, name, description }) => ({ login, role, name, description })),
        sign: (l) => platform.token(l),
      },
    }),
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: options.viewport ?? PHONE,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: options.acceptDownloads,
      // axe-core is injected by the test; the app's CSP admits only its own bundle.
      bypassCSP: options.bypassCSP ?? true,
    }),
  ]);
  await browser.clock.setFixedTime(new Date(now));
  const stop = async () => {
    await browser.close();
    await web.stop();
    await platform.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { platform, web, browser, stop };
}

/**
 * A fresh tab (the session lives in sessionStorage, so per tab) signed in as a demo login, and the session's token;
 * an error thrown on the page fails the test.
 */
export async function signInTab(browser: BrowserContext, webUrl: string, login: string) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(webUrl);
  await page.click(`button[data-login="${login}"]`);
  await page.waitForFunction(() => sessionStorage.getItem('mentorship.session'));
  const token = (await page.evaluate(() => sessionStorage.getItem('mentorship.session')))!;
  return { page, token };
}

/** No serious or critical axe-core violation on the page as it stands. */
export async function accessible(page: Page, screen: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
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
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  expect({ screen, violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({
    screen,
    violations: [],
  });
}

/** On a phone: nothing wider than the screen, and no menu item or button broken over two lines ("退/出"). */
export async function fitsPhone(page: Page, screen: string) {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      out.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>('nav.top a, nav.top button, button, th, .chip'),
    )) {
      if (!el.offsetParent || el.innerText.trim().length > 8) continue;
      // One line box per line of text: a short label on two lines is broken mid-word.
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)),
      );
      if (lines.size > 1) out.push(`"${el.innerText.trim()}" breaks over ${lines.size} lines`);
    }
    return out;
  });
  expect({ screen, problems }).toEqual({ screen, problems: [] });
}

/** The screen at both sizes: photographed, checked with axe, and on the phone for fit. */
export async function capture(page: Page, screen: string) {
  const original = page.viewportSize();
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SCREENS, `${screen}-${size.width}.png`), fullPage: true });
    await accessible(page, `${screen}@${size.width}`);
    if (size === PHONE) await fitsPhone(page, screen);
  }
  if (original) await page.setViewportSize(original);
}
