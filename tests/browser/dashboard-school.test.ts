import path from 'node:path';

import {
  createClient,
  GradeComparisonDocument,
  MatchingRoundsDocument,
  OpenMatchingRoundDocument,
  OwnSchoolDocument,
  RunMatchingDocument,
  SchoolBandsDocument,
} from '@mentorship/client';

import { NOW, SCREENSHOTS, useDashboardBrowser } from './dashboard-setup';
import { bandText, integer, metricTexts } from './zh-formats';

describe('web dashboard in headless Chromium: the school admin and a grade lead', () => {
  const harness = useDashboardBrowser();
  const { signIn, texts } = harness;

  it(
    'school admin: grades and classrooms side by side with the API’s figures, and the matching round; a ' +
      'grade lead sees only their grade',
    async () => {
      // A round with a draft, opened and run through the typed client as the school admin would.
      const api = createClient({ url: harness.platform.gatewayUrl, token: harness.platform.token('school-admin') });
      const own = (await api.request(OwnSchoolDocument)).schools.nodes;
      expect(own.map((s) => s.name)).toEqual([harness.platform.demo.schools[0].name]);
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
      const partial = await createClient({ url: harness.platform.gatewayUrl, token: lead.token }).execute(
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
