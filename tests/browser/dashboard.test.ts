import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Role } from '@mentorship/auth';
import {
  createClient,
  CreateMentorRecordDocument,
  DistrictDashboardDocument,
  DistrictTrendsDocument,
  GradeComparisonDocument,
  MatchingRoundsDocument,
  MyWorkDocument,
  OpenMatchingRoundDocument,
  OwnSchoolDocument,
  RunMatchingDocument,
  SchoolBandsDocument,
  SchoolGradesDocument,
} from '@mentorship/client';
import { type RunningWebServer, startWebServer } from '@mentorship/devstack';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import { readXlsx } from '@mentorship/spreadsheet';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

import { startTestPlatform, type TestPlatform } from '../support/platform';
import { asPercent, bandText, decimal, integer, metricTexts, percent } from './zh-formats';

/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core): sign in with
 * the demo sign-in, read the figures off the screen and compare them with what the gateway
 * answers for the same token. Screenshots go to tests/browser/screenshots/ (not committed).
 * The platform's clock and the browser's are pinned to one moment of the term, so the term,
 * the weekly snapshots and "now" in the mentor's form agree on any day the test runs.
 */
const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NOW = '2026-11-24T02:00:00Z';
/** Talks mentor-1 records while the weekly snapshots are taken (two in the second week, one in the third). */
const TALKS_IN_SETUP = 3;

describe('web dashboard in headless Chromium', () => {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));

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
    platform = await startTestPlatform();
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
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        acceptDownloads: true,
      }),
      deliverWeeklySnapshots(),
    ]);
    // The browser's "now" (the mentor form's occurredAt) is the platform's.
    await browser.clock.setFixedTime(new Date(NOW));
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

  it(
    'district admin: every school with the snapshot figures, flags, trends and export; sortable, ' +
      'filterable; a click shows its grades',
    async () => {
      const { page, token } = await signIn('district-admin');
      const api = createClient({ url: platform.gatewayUrl, token });
      const { districtDashboard: dashboard } = await api.request(DistrictDashboardDocument, {});
      await page.waitForSelector('[data-testid="schools"] tbody tr');
      expect(await page.locator('[data-testid="who"]').textContent()).toContain('区教育局');

      const rows = page.locator('[data-testid="schools"] tbody tr');
      expect(await rows.count()).toBe(dashboard.schools.length);
      expect(dashboard.totals.schoolsReporting).toBe(dashboard.schools.length);
      expect(dashboard.totals.talkDone).toBe(TALKS_IN_SETUP);
      for (const { school, figures, flags, planFiled, trainingRate } of dashboard.schools) {
        const f = figures!;
        const row = page.locator(`tr[data-row="${school.id}"]`);
        const cells = await row
          .locator('td')
          .evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-field'), td.textContent])));
        expect(cells).toEqual({
          name: school.name,
          stage: expect.any(String),
          students: integer(f.students),
          studentsWithLeadMentor: integer(f.studentsWithLeadMentor),
          coverage: asPercent(f.coverage),
          teachersMentoring: integer(f.teachersMentoring),
          ratio: decimal(f.menteesPerMentor),
          maxMentees: integer(f.maxMenteesPerMentor),
          mentorsAboveCap: integer(f.mentorsAboveCap),
          homeVisit: percent(f.homeVisitDone, f.students),
          talk: percent(f.talkDone, f.students),
          writtenFeedback: percent(f.writtenFeedbackDone, f.students),
          allDuties: percent(f.allDutiesDone, f.students),
          training: trainingRate === null ? '—' : asPercent(trainingRate),
          evaluation: f.evaluation
            ? `优秀 ${integer(f.evaluation.excellent)} · 合格 ${integer(f.evaluation.qualified)} · 待改进 ` +
              `${integer(f.evaluation.needsImprovement)}`
            : '—',
          plan: planFiled ? '已报送' : '未报送',
          flags: expect.any(String),
        });
        expect(
          await row.locator('[data-flag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag'))),
        ).toEqual(flags);
        expect(await row.getAttribute('class')).toBe(flags.length ? 'below-threshold' : null);
      }
      expect(dashboard.schools.some((r) => r.flags.includes('PLAN_NOT_FILED'))).toBe(true);
      expect(await page.locator('[data-figure="coverage"]').textContent()).toBe(asPercent(dashboard.totals.coverage));
      expect(await page.locator('[data-figure="allDuties"]').textContent()).toBe(
        percent(dashboard.totals.allDutiesDone, dashboard.totals.students),
      );

      // Trends: a point per week per series (three weekly snapshots were delivered).
      const { districtTrends } = await api.request(DistrictTrendsDocument, {});
      expect(districtTrends.map((t) => t.week)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
      await page.waitForSelector('[data-testid="trend-chart"] circle');
      expect(await page.locator('[data-testid="trend-chart"] [data-series] circle').count()).toBe(
        3 * districtTrends.length,
      );
      expect(
        await page.locator('[data-testid="trend-chart"] [data-series="谈心谈话完成率"] title').allTextContents(),
      ).toEqual(districtTrends.map((t) => expect.stringContaining(percent(t.figures.talkDone, t.figures.students))));
      await page.screenshot({ path: path.join(SCREENSHOTS, 'district.png'), fullPage: true });

      // Export: an .xlsx download with Chinese headers, a row per school.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export"]')]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const sheet = await readXlsx(fs.readFileSync((await download.path())!));
      expect(sheet[0].slice(0, 3)).toEqual(['学校代码', '学校', '学段']);
      expect(sheet).toHaveLength(dashboard.schools.length + 1);

      // Sorting: by enrolled students, then reversed.
      const byStudents = [...dashboard.schools]
        .sort((a, b) => a.figures!.students - b.figures!.students)
        .map((r) => r.school.id);
      await page.click('th[data-column="students"]');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')))).toEqual(byStudents);
      await page.click('th[data-column="students"]');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')))).toEqual(
        [...byStudents].reverse(),
      );

      // Filtering by stage asks the API for that stage only.
      const stage = dashboard.schools[0].school.stage;
      const ofStage = (await api.request(DistrictDashboardDocument, { stage })).districtDashboard;
      await page.selectOption('[data-testid="stage-filter"]', stage);
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="schools"] tbody tr').length === n,
        ofStage.schools.length,
      );
      expect((await texts(page, 'td[data-field="name"]')).sort()).toEqual(
        ofStage.schools.map((r) => r.school.name).sort(),
      );

      // Click through to a school: its grades side by side, as the API lists them.
      const target = ofStage.schools[0];
      await page.click(`tr[data-row="${target.school.id}"] td[data-field="name"] a`);
      await page.waitForSelector('[data-testid="grades"] [data-grade]');
      const { school } = await api.request(SchoolGradesDocument, { schoolId: target.school.id });
      expect(await page.locator('[data-testid="school-name"]').textContent()).toBe(school.name);
      expect(
        await page.locator('[data-grade]').evaluateAll((els) => els.map((e) => e.getAttribute('data-grade'))),
      ).toEqual(school.grades.map((g) => g.name));
      for (const grade of school.grades) {
        expect(await page.locator(`[data-grade="${grade.name}"] [data-figure="classrooms"]`).textContent()).toBe(
          `${integer(grade.classrooms.length)} 个班`,
        );
        expect(await texts(page, `[data-grade="${grade.name}"] tbody td:first-child`)).toEqual(
          grade.classrooms.map((c) => c.name),
        );
      }
      expect(await page.locator('[data-figure="students"]').first().textContent()).toBe(integer(school.stats.students));
      await page.waitForSelector('[data-testid="snapshot"]');
      expect(await page.locator('[data-testid="snapshot"] [data-figure="allDuties"]').textContent()).toBe(
        percent(target.figures!.allDutiesDone, target.figures!.students),
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, 'district-school.png'), fullPage: true });
      await page.close();
    },
  );

  it(
    'mentor: my mentees with their 三个一 and pending tasks as the API lists them; recording a talk shrinks ' +
      'the list',
    async () => {
      const { page, token } = await signIn('mentor-1');
      const api = createClient({ url: platform.gatewayUrl, token });
      const { me } = await api.request(MyWorkDocument, {});
      await page.waitForSelector('[data-testid="mentees"] tbody tr');
      expect(me.mentees.totalCount).toBeGreaterThan(0);
      expect(await page.locator('[data-figure="mentees"]').textContent()).toBe(integer(me.mentees.totalCount));
      expect(await texts(page, '[data-testid="mentees"] td[data-field="name"]')).toEqual(
        me.mentees.nodes.map((m) => m.name),
      );
      expect(await texts(page, 'td[data-field="talk"]')).toEqual(
        me.mentees.nodes.map((m) => (m.termDuties.talk ? '✓ 已完成' : '未完成')),
      );
      expect(me.mentees.nodes.filter((m) => m.termDuties.talk)).toHaveLength(TALKS_IN_SETUP);
      expect(await page.locator('[data-figure="pending"]').textContent()).toBe(integer(me.pendingTasks.length));
      expect(await page.locator('[data-testid="pending"] tbody tr').count()).toBe(me.pendingTasks.length);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'mentor.png'), fullPage: true });

      // Record a talk with a mentee who still needs one: that task leaves the list.
      const task = me.pendingTasks.find((t) => t.kind === 'TALK' && t.required - t.done === 1)!;
      expect(await page.locator(`[data-task="${task.student.id}/TALK/${task.period}"]`).count()).toBe(1);
      await page.selectOption('select[name="student"]', task.student.id);
      await page.selectOption('select[name="kind"]', 'TALK');
      await page.fill('input[name="topic"]', '期中考试后的学习计划');
      await page.fill('textarea[name="content"]', '聊了期中考试的情况，约定每周复盘一次。');
      await page.click('form.record button[type="submit"]');
      await page.waitForSelector('[data-testid="record-message"].done');
      // The talk counts for this month and for the term: every TALK task of that student goes.
      const after = (await api.request(MyWorkDocument, {})).me;
      const talksOf = (tasks: typeof me.pendingTasks) =>
        tasks.filter((t) => t.student.id === task.student.id && t.kind === 'TALK').length;
      expect(talksOf(after.pendingTasks)).toBe(0);
      expect(after.pendingTasks).toHaveLength(me.pendingTasks.length - talksOf(me.pendingTasks));
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="pending"] tbody tr').length === n,
        after.pendingTasks.length,
      );
      expect(await page.locator('[data-figure="pending"]').textContent()).toBe(integer(after.pendingTasks.length));
      expect(await page.locator(`[data-task="${task.student.id}/TALK/${task.period}"]`).count()).toBe(0);
      expect(await page.locator(`tr[data-student="${task.student.id}"] td[data-field="talk"]`).textContent()).toBe(
        '✓ 已完成',
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, 'mentor-recorded.png'), fullPage: true });
      await page.close();
    },
  );

  it(
    'school admin: grades and classrooms side by side with the API’s figures, and the matching round; a ' +
      'grade lead sees only their grade',
    async () => {
      // A round with a draft, opened and run through the typed client as the school admin would.
      const api = createClient({ url: platform.gatewayUrl, token: platform.token('school-admin') });
      const own = (await api.request(OwnSchoolDocument)).schools.nodes;
      expect(own.map((s) => s.name)).toEqual([platform.demo.schools[0].name]);
      const { school } = await api.request(GradeComparisonDocument, { schoolId: own[0].id });
      const hour = 3600_000;
      const opened = await api.request(OpenMatchingRoundDocument, {
        input: {
          academicYear: '2026-2027',
          opensAt: new Date(Date.parse(NOW) - hour).toISOString(),
          closesAt: new Date(Date.parse(NOW) + 24 * hour).toISOString(),
          gradeIds: [school.grades[0].id],
        },
      });
      expect(opened.openMatchingRound.userErrors).toEqual([]);
      expect(
        (await api.request(RunMatchingDocument, { roundId: opened.openMatchingRound.round!.id })).runMatching
          .userErrors,
      ).toEqual([]);

      const { page } = await signIn('school-admin');
      await page.waitForSelector('[data-testid="matching-rounds"] tbody tr');
      expect(
        await page.locator('[data-grade]').evaluateAll((els) => els.map((e) => e.getAttribute('data-grade'))),
      ).toEqual(school.grades.map((g) => g.name));
      for (const grade of school.grades) {
        expect(await texts(page, `[data-grade="${grade.name}"] [data-testid="grade-metrics"] dd`)).toEqual(
          metricTexts(grade.metrics!),
        );
        for (const room of grade.classrooms)
          expect(await texts(page, `[data-classroom="${room.name}"] td.num`)).toEqual(metricTexts(room.metrics!));
      }
      expect(school.grades.some((g) => g.metrics!.talkDone > 0)).toBe(true);
      // Attention students and open crisis alerts: one band each for the whole school, none per grade or class.
      const bands = (await api.request(SchoolBandsDocument, { schoolId: own[0].id })).school.metrics;
      expect(await texts(page, '[data-testid="school-bands"] strong')).toEqual([
        bandText(bands.attentionStudents),
        bandText(bands.openCrisisAlerts),
      ]);
      expect(await page.locator('th', { hasText: '关注学生' }).count()).toBe(0);
      const [round] = (await api.request(MatchingRoundsDocument)).matchingRounds.nodes;
      const row = page.locator(`tr[data-round="${round.id}"]`);
      expect(await row.locator('.badge').textContent()).toBe('已生成草案');
      expect(await row.locator('td.num').allTextContents()).toEqual([
        integer(round.cap),
        integer(round.report!.matched),
        integer(round.report!.unmatched),
        expect.any(String),
        expect.any(String),
        expect.any(String),
      ]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'school-admin.png'), fullPage: true });
      await page.close();

      // The grade lead: their own grade's figures; the others withheld by the API, not shown as zeros
      // nor as a table of refusals: named with their number of classes only.
      const lead = await signIn('grade-lead');
      const partial = await createClient({ url: platform.gatewayUrl, token: lead.token }).execute(
        GradeComparisonDocument,
        { schoolId: own[0].id },
      );
      const readable = partial.data.school.grades.filter((g) => g.metrics);
      expect(readable).toHaveLength(1);
      expect(partial.errors.length).toBeGreaterThanOrEqual(school.grades.length - 1);
      expect(new Set(partial.errors.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
      await lead.page.waitForSelector('[data-testid="grades"] [data-grade]');
      expect(await texts(lead.page, '[data-testid="grade-metrics"] dd')).toEqual(metricTexts(readable[0].metrics!));
      expect(await lead.page.locator('[data-testid="grade-other"]').count()).toBe(school.grades.length - 1);
      expect(await lead.page.locator('[data-testid="grades"] table').count()).toBe(1);
      expect(await lead.page.locator('main').innerText()).not.toMatch(/无权|权限/);
      expect(await lead.page.locator('[data-testid="school-bands"]').count()).toBe(0);
      await lead.page.screenshot({ path: path.join(SCREENSHOTS, 'grade-lead.png'), fullPage: true });
      await lead.page.close();
    },
  );
});
