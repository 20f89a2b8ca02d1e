import path from 'node:path';

import { Role } from '@mentorship/auth';
import { type Client, createClient } from '@mentorship/client';
import type { RunningWebServer } from '@mentorship/devstack';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import type { BrowserContext, Page } from 'playwright-core';

import type { TestPlatform } from '../support/platform';
import { accessible, LAPTOP, PHONE, SCREENS, signInTab, startScreens } from './screen-checks';

/**
 * The admin screens' browser harness: the platform (one snapshot delivered), the web server and
 * Debian's chromium pinned to NOW in China; sign-in per tab; and `everyScreen`, which photographs
 * every tab at 390×844 and 1366×768 into tests/results/screens/ (gitignored) and checks each with
 * axe-core (no serious or critical violation) and for sideways overflow of the page.
 */
export const NOW = '2026-11-24T02:00:00Z';
const SIZES = [
  { name: 'phone', ...PHONE },
  { name: 'laptop', ...LAPTOP },
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
  let stop: (() => Promise<void>) | undefined;
  const harness = { signIn, everyScreen } as AdminHarness;

  beforeAll(async () => {
    // Laptop-sized, downloads on; the app's CSP bypassed (the default) so axe-core can be injected.
    ({ platform, web, browser, stop } = await startScreens(NOW, { viewport: LAPTOP, acceptDownloads: true }));
    harness.platform = platform;
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
  afterAll(() => stop?.());

  async function signIn(login: string): Promise<{ page: Page; api: Client }> {
    const { page, token } = await signInTab(browser, web.url, login);
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
        await accessible(page, `${who}/${tab}/${size.name}`);
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
    await page.setViewportSize(LAPTOP);
  }

  return harness;
}
