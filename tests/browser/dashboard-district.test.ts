import fs from 'node:fs';
import path from 'node:path';

import {
  createClient,
  DistrictDashboardDocument,
  DistrictTrendsDocument,
  SchoolGradesDocument,
} from '@mentorship/client';
import { readXlsx } from '@mentorship/spreadsheet';

import { SCREENSHOTS, TALKS_IN_SETUP, useDashboardBrowser } from './dashboard-setup';
import { asPercent, decimal, integer, percent } from './zh-formats';

describe('web dashboard in headless Chromium: the district admin', () => {
  const harness = useDashboardBrowser();
  const { signIn, texts } = harness;

  it(
    'district admin: every school with the snapshot figures, flags, trends and export; sortable, ' +
      'filterable; a click shows its grades',
    async () => {
      const { page, token } = await signIn('district-admin');
      const api = createClient({ url: harness.platform.gatewayUrl, token });
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
});
