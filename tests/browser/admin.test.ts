import { Role } from '@mentorship/auth';
import { createClient, DistrictDashboardDocument, DistrictPolicyDocument, MatchingRoundDetailDocument, MatchingRoundsDocument, type Client } from '@mentorship/client';
import { startWebServer, type RunningWebServer } from '@mentorship/devstack';
import { toGlobalId } from '@mentorship/graphql';
import { deliverToDistrict, OutboxRelay, queueSnapshots } from '@mentorship/school';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * The school and district admins' screens in Debian's chromium, at a phone (390×844) and a laptop
 * (1366×768): the work is done through the UI and what the screen shows is compared with the API.
 * Every screen is photographed at both sizes into tests/results/screens/ (gitignored) and checked
 * with axe-core: no serious or critical violation.
 */
const ROOT = path.resolve(__dirname, '../..');
const SCREENS = path.join(ROOT, 'tests/results/screens');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE = require.resolve('axe-core/axe.min.js');
const NOW = '2026-11-24T02:00:00Z';
const SIZES = [{ name: 'phone', width: 390, height: 844 }, { name: 'laptop', width: 1366, height: 768 }] as const;
const percent = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v));
const decimal = (n: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(n);

describe('admin screens in headless Chromium', () => {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-admin-'));

  beforeAll(async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    platform = await startTestPlatform();
    platform.clock.set(NOW);
    [web, browser] = await Promise.all([
      startWebServer({
        distDir: path.join(ROOT, 'services/web/dist'),
        port: 0,
        gatewayUrl: platform.gatewayUrl.replace('localhost', '127.0.0.1'),
        devLogin: { logins: platform.logins.map(({ login, role, name, description }) => ({ login, role, name, description })), sign: (login) => platform.token(login) },
      }),
      chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
    await queueSnapshots(platform.school, platform.clock.now(), platform.demo.schools.map((s) => s.id));
    await new OutboxRelay(platform.school, deliverToDistrict(platform.districtUrl, () => serviceToken)).drain();
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
        await page.waitForFunction(() => !document.querySelector('[role="tabpanel"] p.status[role="status"]')?.textContent?.includes('加载中'));
        await page.screenshot({ path: path.join(SCREENS, `${who}-${tab}-${size.name}.png`), fullPage: true });
        if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect({ screen: `${who}/${tab}/${size.name}`, violations }).toEqual({ screen: `${who}/${tab}/${size.name}`, violations: [] });
        // Nothing cut off or pushing the page sideways: wide tables scroll inside their own box.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect({ screen: `${who}/${tab}/${size.name}`, overflow }).toEqual({ screen: `${who}/${tab}/${size.name}`, overflow: 0 });
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim();

  it('a school admin runs a round from opening to publishing, and the screen says what the API says', async () => {
    const { page, api } = await signIn('school-admin');
    const [student] = await platform.school.query(
      `SELECT s.id, c.grade_id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.id = $1`, [platform.logins.find((l) => l.login === 'student')!.personId],
    );
    await page.click('[role="tab"][data-tab="matching"]');
    await page.waitForSelector('[data-testid="open-round"]');
    await page.selectOption('[data-testid="open-round"] select[name="grade"]', toGlobalId('Grade', student.grade_id));
    await page.fill('[data-testid="open-round"] input[type="datetime-local"] >> nth=0', '2026-11-24T09:00');
    // submitPreferences checks the window against the real clock (not the platform's): keep it open past today (a round must close within its academic year).
    await page.fill('[data-testid="open-round"] input[type="datetime-local"] >> nth=1', '2027-08-30T18:00');
    await page.click('[data-testid="open-round"] button[type="submit"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="open-round"] [data-testid="action-status"]')?.textContent?.includes('正在提交'));
    expect(await text(page, '[data-testid="open-round"] [data-testid="action-status"]')).toContain('已开启匹配轮次');
    await page.waitForSelector('[data-testid="round-detail"][data-status="OPEN"]');
    const [round] = (await api.request(MatchingRoundsDocument)).matchingRounds;
    expect(round.status).toBe('OPEN');
    expect(await text(page, '[data-figure="preferencesReceived"]')).toBe('0');

    // A student ranks two mentors; the admin refreshes and sees it arrive.
    const asStudent = (query: string, variables: Record<string, unknown>) => fetch(platform.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.token('student')}` }, body: JSON.stringify({ query, variables }),
    }).then((r) => r.json());
    const eligible = await asStudent('query($r: ID!) { eligibleMentors(roundId: $r) { id } }', { r: round.id });
    const mentors = eligible.data.eligibleMentors.slice(0, 2).map((m: { id: string }) => m.id);
    const submitted = await asStudent('mutation($i: SubmitPreferencesInput!) { submitPreferences(input: $i) { userErrors { code } } }', { i: { roundId: round.id, mentorIds: mentors } });
    expect(submitted.data.submitPreferences.userErrors).toEqual([]);
    await page.click('[data-testid="round-detail"] button:has-text("刷新")');
    await page.waitForFunction(() => document.querySelector('[data-figure="preferencesReceived"]')?.textContent === '1');

    await page.click('[data-testid="run-matching"]');
    await page.waitForSelector('[data-testid="round-detail"][data-status="DRAFTED"] [data-testid="matching-report"]');
    const drafted = (await api.request(MatchingRoundDetailDocument, { id: round.id })).matchingRound;
    const report = drafted.report!;
    expect(await text(page, '[data-figure="matched"]')).toBe(String(report.matched));
    expect(await text(page, '[data-figure="firstChoiceRate"]')).toBe(percent(report.firstChoiceRate ?? null));
    expect(await text(page, '[data-figure="topThreeRate"]')).toBe(percent(report.topThreeRate ?? null));
    expect(await text(page, '[data-figure="meanWithStudents"]')).toBe(report.mentorLoad.meanWithStudents === null ? '—' : decimal(report.mentorLoad.meanWithStudents));
    expect(await text(page, '[data-figure="blockingPairs"]')).toBe(report.blockingPairs === null ? '—' : String(report.blockingPairs));
    expect(await page.locator('[data-testid="mentor-loads"] tbody tr').count()).toBe(drafted.mentors.length);
    expect(await page.locator('[data-testid="unmatched"] li').count()).toBe(drafted.unmatched.nodes.length);

    // Adjust with a reason: move a matched student to the least loaded mentor with room.
    const moved = drafted.draft.nodes.find((o) => o.mentor)!;
    const target = [...drafted.mentors].filter((m) => m.teacher.id !== moved.mentor!.id && m.load < m.capacity).sort((a, b) => a.load - b.load)[0];
    await page.selectOption('[data-testid="adjust-student"]', moved.student.id);
    await page.selectOption('[data-testid="adjust-mentor"]', target.teacher.id);
    await page.fill('[data-testid="adjust-match"] input', '家长申请，与班主任商定');
    await page.click('[data-testid="adjust-match"] button[type="submit"]');
    await page.waitForSelector('[data-testid="adjustments"] li');
    const adjusted = (await api.request(MatchingRoundDetailDocument, { id: round.id })).matchingRound;
    expect(adjusted.adjustments.map((a) => [a.student.name, a.fromMentor?.name, a.toMentor?.name, a.reason])).toEqual([[moved.student.name, moved.mentor!.name, target.teacher.name, '家长申请，与班主任商定']]);
    expect(await text(page, '[data-figure="matchedManual"]')).toBe(String(adjusted.report!.matchedByPhase.manual));
    await page.click('[data-testid="publish-round"]');
    await page.waitForSelector('[data-testid="round-detail"][data-status="PUBLISHED"]');
    expect((await api.request(MatchingRoundDetailDocument, { id: round.id })).matchingRound.status).toBe('PUBLISHED');
    await page.close();
  });

  it('a roster import: the preview shows the row errors and writes nothing; a clean file previews, then confirms', async () => {
    const { page } = await signIn('school-admin');
    const [room] = await platform.school.query(`SELECT g.name AS grade, c.name FROM classroom c JOIN grade g ON g.id = c.grade_id WHERE c.school_id = $1 ORDER BY g.level, c.name LIMIT 1`, [platform.demo.schools[0].id]);
    const csv = (rows: string[][]) => Buffer.from([['学号', '姓名', '性别', '年级', '班级'], ...rows].map((r) => r.join(',')).join('\r\n'), 'utf8');
    const count = async () => (await platform.school.query(`SELECT count(*)::int n FROM student WHERE student_number = '29990001'`))[0].n;
    await page.click('[role="tab"][data-tab="roster"]');
    await page.selectOption('[data-testid="roster-kind"]', 'STUDENTS');
    await page.setInputFiles('[data-testid="roster-file"]', { name: 'students.csv', mimeType: 'text/csv', buffer: csv([['29990001', '新同学', '未知', room.grade, room.name]]) });
    await page.click('[data-testid="roster-preview"]');
    await page.waitForSelector('[data-testid="row-errors"] tbody tr');
    expect(await page.locator('[data-testid="row-errors"] tbody tr td').allTextContents()).toEqual(['2', '性别', '性别应填 男 或 女。']);
    expect(await page.locator('[data-testid="roster-confirm"]').isDisabled()).toBe(true);
    expect(await count()).toBe(0);

    await page.setInputFiles('[data-testid="roster-file"]', { name: 'students.csv', mimeType: 'text/csv', buffer: csv([['29990001', '新同学', '女', room.grade, room.name]]) });
    await page.click('[data-testid="roster-preview"]');
    await page.waitForSelector('[data-testid="roster-preview-result"] [data-figure="created"]');
    expect(await text(page, '[data-figure="created"]')).toBe('1');
    expect(await count()).toBe(0);
    await page.click('[data-testid="roster-confirm"]');
    await page.waitForSelector('[data-testid="roster-confirmed"]');
    expect(await text(page, '[data-testid="roster-confirmed"]')).toContain('新增 1');
    expect(await count()).toBe(1);
    await everyScreen(page, 'school-admin');
    await page.close();
  });

  it('the district edits its policy and the dashboard follows; the table fits 1366 px', async () => {
    const { page, api } = await signIn('district-admin');
    await page.waitForSelector('[data-testid="schools"] tbody tr');
    const before = (await api.request(DistrictDashboardDocument, {})).districtDashboard;
    const flagged = (d: typeof before) => d.schools.filter((r) => r.flags.length > 0).length;
    expect(await text(page, '[data-figure="flagged"]')).toBe(String(flagged(before)));
    // The whole table is visible at 1366 px: no column cut off, no horizontal scroll.
    expect(await page.locator('.fit').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

    await page.click('[role="tab"][data-tab="policy"]');
    await page.waitForSelector('[data-testid="policy-panel"] input[name="coverageThresholdPercent"]');
    for (const [name, value] of [['coverageThresholdPercent', '0'], ['trainingRatePercent', '0'], ['dutiesLagPoints', '100']]) await page.fill(`input[name="${name}"]`, value);
    await page.click('[data-testid="save-policy"]');
    await page.waitForSelector('[data-testid="action-status"].saved');
    expect((await api.request(DistrictPolicyDocument)).district.policy).toMatchObject({ coverageThresholdPercent: 0, trainingRatePercent: 0, dutiesLagPoints: 100 });

    await page.click('[role="tab"][data-tab="dashboard"]');
    await page.waitForSelector('[data-testid="schools"] tbody tr');
    const after = (await api.request(DistrictDashboardDocument, {})).districtDashboard;
    expect(after.schools.some((r) => r.flags.includes('COVERAGE_BELOW_THRESHOLD'))).toBe(false);
    expect(await text(page, '[data-figure="flagged"]')).toBe(String(flagged(after)));
    expect(await page.locator('[data-testid="attention"] li').count()).toBe(flagged(after));
    for (const row of after.schools) {
      expect(await page.locator(`tr[data-row="${row.school.id}"] [data-flag]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')))).toEqual(row.flags);
    }
    await everyScreen(page, 'district-admin');
    await page.close();
  });
});
