import { ClassroomCoverageDocument, createClient, DistrictOverviewDocument, MatchingRoundsDocument, MyMenteesDocument, OpenMatchingRoundDocument, RunMatchingDocument, SchoolGradesDocument, type DistrictOverviewQuery } from '@mentorship/client';
import { startWebServer, type RunningWebServer } from '@mentorship/devstack';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core): sign in with
 * the demo sign-in, read the figures off the screen and compare them with what the gateway
 * answers for the same token. Screenshots go to tests/browser/screenshots/ (not committed).
 */
const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Formatted independently of the app: what a reader in China expects to see.
const integer = (n: number) => new Intl.NumberFormat('zh-CN').format(n);
const percent = (part: number, whole: number) => (whole ? new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole) : '—');

describe('web dashboard in headless Chromium', () => {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    platform = await startTestPlatform();
    web = await startWebServer({
      distDir: path.join(ROOT, 'services/web/dist'),
      port: 0,
      gatewayUrl: platform.gatewayUrl.replace('localhost', '127.0.0.1'),
      devLogin: { logins: platform.logins.map(({ login, role, name, description }) => ({ login, role, name, description })), sign: (login) => platform.token(login) },
    });
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await platform?.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  /** A fresh tab (the session lives in sessionStorage, so per tab), signed in as a demo login. */
  async function signIn(login: string): Promise<{ page: Page; token: string }> {
    const page = await browser.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(web.url);
    await page.click(`button[data-login="${login}"]`);
    await page.waitForFunction(() => sessionStorage.getItem('mentorship.session'));
    const token = (await page.evaluate(() => sessionStorage.getItem('mentorship.session')))!;
    return { page, token };
  }

  const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

  it('district admin: every school with the API’s figures, flagged, sortable, filterable; a click shows its grades', async () => {
    const { page, token } = await signIn('district-admin');
    const api = createClient({ url: platform.gatewayUrl, token });
    const overview = await api.request(DistrictOverviewDocument, { first: 100 });
    const cap = overview.district.policy.mentorStudentCap;
    await page.waitForSelector('[data-testid="schools"] tbody tr');
    expect(await page.locator('[data-testid="who"]').textContent()).toContain('区教育局');

    const rows = page.locator('[data-testid="schools"] tbody tr');
    expect(await rows.count()).toBe(overview.schools.totalCount);
    for (const school of overview.schools.nodes) {
      const row = page.locator(`tr[data-row="${school.id}"]`);
      const cell = (field: string) => row.locator(`td[data-field="${field}"]`).textContent();
      const s = school.stats;
      expect(await cell('name')).toBe(school.name);
      expect(await cell('students')).toBe(integer(s.students));
      expect(await cell('studentsWithLeadMentor')).toBe(integer(s.studentsWithLeadMentor));
      expect(await cell('coverage')).toBe(percent(s.studentsWithLeadMentor, s.students));
      expect(await cell('teachers')).toBe(integer(s.teachers));
      expect(await cell('teachersMentoring')).toBe(integer(s.teachersMentoring));
      expect(await cell('maxMentees')).toBe(integer(s.maxMenteesPerMentor));
      // Not in the API yet: shown as unavailable, never as a number.
      expect(await cell('threeTasks')).toBe('—');
      const flagged = s.studentsWithLeadMentor < s.students || s.maxMenteesPerMentor > cap;
      expect(await row.getAttribute('class')).toBe(flagged ? 'below-threshold' : null);
    }
    const total = (f: (s: DistrictOverviewQuery['schools']['nodes'][number]['stats']) => number) => overview.schools.nodes.reduce((n, school) => n + f(school.stats), 0);
    expect(await page.locator('[data-figure="coverage"]').textContent()).toBe(percent(total((s) => s.studentsWithLeadMentor), total((s) => s.students)));
    expect(await page.locator('[data-testid="trend-chart"] circle').count()).toBe(2);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'district.png'), fullPage: true });

    // Sorting: by enrolled students, then reversed.
    const byStudents = [...overview.schools.nodes].sort((a, b) => a.stats.students - b.stats.students).map((s) => s.id);
    await page.click('th[data-column="students"]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')))).toEqual(byStudents);
    await page.click('th[data-column="students"]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')))).toEqual([...byStudents].reverse());

    // Filtering by stage asks the API for that stage only.
    const stage = overview.schools.nodes[0].stage;
    const ofStage = await api.request(DistrictOverviewDocument, { stage, first: 100 });
    await page.selectOption('[data-testid="stage-filter"]', stage);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="schools"] tbody tr').length === n, ofStage.schools.totalCount);
    expect((await texts(page, 'td[data-field="name"]')).sort()).toEqual(ofStage.schools.nodes.map((s) => s.name).sort());

    // Click through to a school: its grades side by side, as the API lists them.
    const target = ofStage.schools.nodes[0];
    await page.click(`tr[data-row="${target.id}"] td[data-field="name"] a`);
    await page.waitForSelector('[data-testid="grades"] [data-grade]');
    const { school } = await api.request(SchoolGradesDocument, { schoolId: target.id });
    expect(await page.locator('[data-testid="school-name"]').textContent()).toBe(school.name);
    expect(await page.locator('[data-grade]').evaluateAll((els) => els.map((e) => e.getAttribute('data-grade')))).toEqual(school.grades.map((g) => g.name));
    for (const grade of school.grades) {
      expect(await page.locator(`[data-grade="${grade.name}"] [data-figure="classrooms"]`).textContent()).toBe(`${integer(grade.classrooms.length)} 个班`);
      expect(await texts(page, `[data-grade="${grade.name}"] tbody td:first-child`)).toEqual(grade.classrooms.map((c) => c.name));
    }
    expect(await page.locator('[data-figure="students"]').first().textContent()).toBe(integer(school.stats.students));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'district-school.png'), fullPage: true });
    await page.close();
  });

  it('mentor: exactly my mentees, as the API lists them', async () => {
    const { page, token } = await signIn('mentor-1');
    const me = platform.logins.find((l) => l.login === 'mentor-1')!;
    const { teacher } = await createClient({ url: platform.gatewayUrl, token }).request(MyMenteesDocument, { teacherId: Buffer.from(`Teacher:${me.personId}`).toString('base64url') });
    await page.waitForSelector('[data-testid="mentees"] tbody tr');
    expect(teacher.mentees.length).toBeGreaterThan(0);
    expect(await page.locator('[data-figure="mentees"]').textContent()).toBe(integer(teacher.mentees.length));
    expect(await texts(page, 'td[data-field="name"]')).toEqual(teacher.mentees.map((m) => m.student.name));
    expect(await texts(page, 'td[data-field="studentNumber"]')).toEqual(teacher.mentees.map((m) => m.student.studentNumber));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'mentor.png'), fullPage: true });
    await page.close();
  });

  it('school admin: own school’s classrooms with their coverage, and the matching round’s status and figures', async () => {
    // A round with a draft, opened and run through the typed client as the school admin would.
    const api = createClient({ url: platform.gatewayUrl, token: platform.token('school-admin') });
    const own = (await api.request(DistrictOverviewDocument, { first: 100 })).schools.nodes;
    expect(own.map((s) => s.name)).toEqual([platform.demo.schools[0].name]);
    const { school: structure } = await api.request(SchoolGradesDocument, { schoolId: own[0].id });
    const hour = 3600_000;
    const opened = await api.request(OpenMatchingRoundDocument, {
      input: { academicYear: '2026-2027', opensAt: new Date(Date.now() - hour).toISOString(), closesAt: new Date(Date.now() + 24 * hour).toISOString(), gradeIds: [structure.grades[0].id] },
    });
    expect(opened.openMatchingRound.userErrors).toEqual([]);
    expect((await api.request(RunMatchingDocument, { roundId: opened.openMatchingRound.round!.id })).runMatching.userErrors).toEqual([]);

    const { page, token } = await signIn('school-admin');
    await page.waitForSelector('[data-testid="matching-rounds"] tbody tr');
    await page.waitForFunction(() => !document.body.textContent?.includes('…'));
    const { school } = await createClient({ url: platform.gatewayUrl, token }).request(ClassroomCoverageDocument, { schoolId: own[0].id });
    for (const room of school.classrooms) {
      const cells = await texts(page, `[data-classroom="${room.name}"] td.num`);
      expect(cells).toEqual([integer(room.students.totalCount), integer(room.students.nodes.filter((s) => s.mentors.some((m) => m.role === 'LEAD')).length)]);
    }
    const [round] = (await api.request(MatchingRoundsDocument)).matchingRounds;
    const row = page.locator(`tr[data-round="${round.id}"]`);
    expect(await row.locator('.badge').textContent()).toBe('已生成草案');
    expect(await row.locator('td.num').allTextContents()).toEqual([integer(round.cap), integer(round.report!.matched), integer(round.report!.unmatched), expect.any(String), expect.any(String), expect.any(String)]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'school-admin.png'), fullPage: true });
    await page.close();
  });
});
