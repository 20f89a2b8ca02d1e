import { type Client, createClient } from '@mentorship/client';
import type { RunningWebServer } from '@mentorship/devstack';
import { toGlobalId } from '@mentorship/graphql';
import type { BrowserContext, Page } from 'playwright-core';

import type { TestPlatform } from '../support/platform';
import { PHONE, startScreens } from './screen-checks';

/**
 * The daily work of mentors, the crisis team, head teachers, students and guardians, done through
 * the web screens in Debian's chromium and checked against the API with the same token. Work runs
 * on a phone-sized screen (390×844) or a laptop (1366×768); every screen is photographed at both
 * into tests/results/screens/ (not committed) and checked with axe-core (no serious or critical
 * violation) and, on the phone, for text that breaks mid-word or runs off the side.
 */
export const NOW = '2026-11-24T02:00:00Z';

export interface MentorScreens {
  platform: TestPlatform;
  web: RunningWebServer;
  browser: BrowserContext;
  /** A demo login by name. */
  login(name: string): TestPlatform['logins'][number];
  /** The demo student and mentor-1 as the API names them (global IDs). */
  studentId(): string;
  teacherId(name: string): string;
  api(name: string): Client;
  /** A fresh tab signed in as a demo login, phone-sized unless told. */
  signIn(name: string, size?: { width: number; height: number }): Promise<Page>;
}

/** Registers beforeAll/afterAll in the calling describe; the returned object is filled in beforeAll. */
export function useMentorScreens(): MentorScreens {
  let stop: () => Promise<void>;
  const screens = {
    login: (name: string) => screens.platform.logins.find((l) => l.login === name)!,
    studentId: () => toGlobalId('Student', screens.login('student').studentId!),
    teacherId: (name: string) => toGlobalId('Teacher', screens.login(name).personId),
    api: (name: string) => createClient({ url: screens.platform.gatewayUrl, token: screens.platform.token(name) }),
    signIn,
  } as MentorScreens;

  beforeAll(async () => {
    ({ platform: screens.platform, web: screens.web, browser: screens.browser, stop } = await startScreens(NOW));
  });
  afterAll(() => stop?.());

  async function signIn(name: string, size = PHONE): Promise<Page> {
    const page = await screens.browser.newPage();
    await page.setViewportSize(size);
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(screens.web.url);
    await page.click(`button[data-login="${name}"]`);
    await page.waitForSelector('[data-testid="who"]');
    return page;
  }

  return screens;
}
