import fs from 'node:fs';

import {
  createClient,
  MyGrowthRecordDocument,
  MyWorkDocument,
  RecognitionsDocument,
  StudentTrajectoryDocument,
  TermCloseDocument,
} from '@mentorship/client';
import type { RunningWebServer } from '@mentorship/devstack';
import { toGlobalId } from '@mentorship/graphql';
import type { BrowserContext, Page } from 'playwright-core';

import { pdfText } from '../support/pdf-text';
import type { TestPlatform } from '../support/platform';
import { capture, LAPTOP, PHONE, startScreens } from './screen-checks';

/**
 * 学期总结 through the web in Debian's chromium: the school admin reads the checklist, closes the
 * term, downloads the term report, proposes and publishes the 优秀导师 and prints a certificate;
 * the mentor then sees the recognition in their 成长轨迹; the district sees the school closed.
 * What the screen shows is compared with the API; every screen photographed at 390 and 1366 px
 * and checked with axe-core.
 */
// In 2026-2027-1, and before the real time: the browser's clock is pinned here and the demo sign-in's
// tokens are signed at the real time (a later pinned clock would read them as expired).
const NOW = '2026-11-24T02:00:00Z';
const TERM = '2026-2027-1';
const percent = (v: number) => new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(v);

describe('学期总结 screens in headless Chromium (390 px and 1366 px)', () => {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  let stop: () => Promise<void>;
  const api = (name: string) => createClient({ url: platform.gatewayUrl, token: platform.token(name) });

  beforeAll(async () => {
    ({ platform, web, browser, stop } = await startScreens(NOW));
    // The term's evaluation, opened and published by the admin (its screens are another test's).
    const admin = platform.token('school-admin');
    const call = (query: string, variables = {}) =>
      fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    const opened = await call(
      `mutation { openEvaluationCycle(input: { term: "${TERM}" }) { cycle { id } userErrors { code } } }`,
    );
    expect(opened.data.openEvaluationCycle.userErrors).toEqual([]);
    const published = await call('mutation($c: ID!) { publishEvaluationCycle(cycleId: $c) { userErrors { code } } }', {
      c: opened.data.openEvaluationCycle.cycle.id,
    });
    expect(published.data.publishEvaluationCycle.userErrors).toEqual([]);
  });
  afterAll(() => stop?.());

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
  const actionDone = (page: Page, scope: string) =>
    page.waitForFunction((s) => {
      const t = document.querySelector(`${s} [data-testid="action-status"]`)?.textContent ?? '';
      return t !== '' && !t.includes('正在提交');
    }, scope);

  it('the school admin closes the term, downloads the report, publishes 优秀导师; the mentor sees it in 成长轨迹', async () => {
    const page = await signIn('school-admin');
    await page.click('nav.top a[href="#/term"]');
    await page.waitForSelector('[data-testid="checklist"]');
    await settled(page);
    const before = (await api('school-admin').request(TermCloseDocument, { term: TERM })).termCloseChecklist;
    expect(await page.locator('[data-item="openCrisisAlerts"] td').textContent()).toBe(String(before.openCrisisAlerts));
    expect(await page.locator('[data-item="studentsWithoutPublishedFeedback"] td').textContent()).toBe(
      String(before.studentsWithoutPublishedFeedback),
    );
    expect(await page.locator('[data-item="evaluationPublished"] td').textContent()).toBe('已公布');
    await capture(page, 'term-checklist');

    if (!before.readyToClose) {
      expect(await page.locator('[data-testid="close-term"]').isDisabled()).toBe(true);
      await page.check('[data-testid="accept-open"]');
    }
    await page.click('[data-testid="close-term"]');
    await page.waitForSelector('[data-testid="term-closed"]');
    const closed = (await api('school-admin').request(TermCloseDocument, { term: TERM })).termClose!;
    expect(closed.sentToDistrict).toBe(true);
    expect(await page.locator('[data-testid="frozen-coverage"]').textContent()).toBe(percent(closed.figures.coverage));

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="report-pdf"]')]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = fs.readFileSync((await download.path())!);
    const text = pdfText(pdf.toString('base64')).replace(/\s+/g, '');
    expect(text).toContain(closed.figures.schoolName.replace(/\s+/g, ''));
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="report-xlsx"]')]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    await capture(page, 'term-closed');

    // 优秀导师: everyone at or above 0 points, so the demo mentor is on the list.
    await page.selectOption('[data-testid="recognition"] select >> nth=1', 'min');
    await page.fill('[data-testid="rule-value"]', '0');
    await page.click('[data-testid="propose"]');
    await page.waitForSelector('[data-testid="recognition-list"][data-status="PROPOSED"]');
    const draft = (await api('school-admin').request(RecognitionsDocument)).recognitions.nodes[0];
    expect(
      await page
        .locator('[data-testid="recognition-list"][data-status="PROPOSED"] [data-testid="recognized-mentor"]')
        .count(),
    ).toBe(draft.mentors.length);
    await capture(page, 'term-recognition-draft');
    await page.click('[data-testid="publish-recognition"]');
    await page.waitForSelector('[data-testid="recognition-list"][data-status="PUBLISHED"]');
    const published = (await api('school-admin').request(RecognitionsDocument)).recognitions.nodes[0];
    expect(published).toMatchObject({ status: 'PUBLISHED', sentToDistrict: true });
    const mentorName = platform.logins.find((l) => l.login === 'mentor-1')!.name;
    const mine = published.mentors.find((m) => m.name === mentorName)!;
    expect(mine).toBeDefined();
    const [certificate] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('[data-testid="recognition-list"][data-status="PUBLISHED"] [data-testid="recognized-mentor"]', {
          hasText: mentorName,
        })
        .locator('[data-testid="certificate"]')
        .click(),
    ]);
    const certificateText = pdfText(fs.readFileSync((await certificate.path())!).toString('base64')).replace(
      /\s+/g,
      '',
    );
    expect(certificateText).toContain(`${mentorName}老师`);
    expect(certificateText).toContain('优秀导师');
    await capture(page, 'term-recognition-published');
    await page.close();

    // The mentor's 成长轨迹 shows the rank, as the API says.
    const mentor = await signIn('mentor-1');
    await mentor.click('nav.top a[href="#/growth"]');
    await mentor.waitForSelector('[data-testid="growth"]');
    await settled(mentor);
    const record = (await api('mentor-1').request(MyGrowthRecordDocument)).me.teacher!.growthRecord;
    const term = record.find((g) => g.term === TERM)!;
    expect(term.recognitionRanks).toEqual([mine.rank]);
    expect(
      await mentor
        .locator(`[data-testid="growth-term"][data-term="${TERM}"] [data-testid="growth-recognition"]`)
        .textContent(),
    ).toContain(`第 ${mine.rank} 名`);
    expect(await mentor.locator('[data-testid="growth-term"]').count()).toBe(record.length);
    const [exported] = await Promise.all([mentor.waitForEvent('download'), mentor.click('[data-testid="growth-pdf"]')]);
    expect(exported.suggestedFilename()).toMatch(/\.pdf$/);
    await capture(mentor, 'growth-own');

    // A mentee's page shows the student's path term by term, as the API gives it to the mentor.
    const [mentee] = (await api('mentor-1').request(MyWorkDocument, { first: 1 })).me.mentees.nodes;
    const path = (await api('mentor-1').request(StudentTrajectoryDocument, { studentId: mentee.id })).student
      .trajectory;
    await mentor.goto(`${web.url}#/mentor/student/${mentee.id}`);
    await mentor.waitForSelector('[data-testid="trajectory"] h2');
    await mentor.waitForFunction(
      () => !document.querySelector('[data-testid="trajectory"]')?.textContent?.includes('加载中'),
    );
    expect(await mentor.locator('[data-testid="trajectory-term"]').count()).toBe(path.length);
    for (const t of path) {
      expect(
        await mentor.locator(`[data-testid="trajectory-term"][data-term="${t.term}"] summary`).textContent(),
      ).toContain(`${t.records.length} 条记录`);
    }
    await mentor.close();

    // The school admin reads the same teacher's record.
    const admin = await signIn('school-admin', LAPTOP);
    const mentorId = toGlobalId('Teacher', platform.logins.find((l) => l.login === 'mentor-1')!.personId);
    await admin.goto(`${web.url}#/growth/${mentorId}`);
    await admin.waitForSelector(`[data-testid="growth-term"][data-term="${TERM}"] [data-testid="growth-recognition"]`);
    await capture(admin, 'growth-admin');
    await admin.close();
  }, 240_000);

  it('the district admin sees which schools closed the term and downloads the district report', async () => {
    const page = await signIn('district-admin', LAPTOP);
    await page.click('nav.top a[href="#/term"]');
    await page.waitForSelector('[data-testid="district-term"]');
    await settled(page);
    const closedRows = await page.locator('[data-testid="school-term"][data-closed="true"]').count();
    expect(closedRows).toBe(1);
    expect(await page.locator('[data-testid="schools-closed"]').textContent()).toBe('1');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="district-report-pdf"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await capture(page, 'district-term');
  }, 120_000);
});
