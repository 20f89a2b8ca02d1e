import {
  DistrictDashboardDocument,
  DistrictPolicyDocument,
  EvaluationCyclesDocument,
  MatchingRoundDetailDocument,
  MatchingRoundsDocument,
  SchoolSurveysDocument,
} from '@mentorship/client';
import { toGlobalId } from '@mentorship/graphql';
import type { Page } from 'playwright-core';

import { useAdminHarness } from './admin-support';
import { decimal, rateOrDash as percent } from './zh-formats';

/**
 * The school and district admins' screens in Debian's chromium, at a phone (390×844) and a laptop
 * (1366×768): the work is done through the UI and what the screen shows is compared with the API.
 * Every screen is photographed at both sizes and checked with axe-core (admin-support.ts).
 */
describe('admin screens in headless Chromium', () => {
  const h = useAdminHarness();
  const signIn = (login: string) => h.signIn(login);
  const everyScreen = (page: Page, who: string) => h.everyScreen(page, who);

  const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim();

  it('a school admin runs a round from opening to publishing, and the screen says what the API says', async () => {
    const { page, api } = await signIn('school-admin');
    const [student] = await h.platform.school.query(
      `SELECT s.id, c.grade_id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.id = $1`,
      [h.platform.logins.find((l) => l.login === 'student')!.personId],
    );
    await page.click('[role="tab"][data-tab="matching"]');
    await page.waitForSelector('[data-testid="open-round"]');
    await page.selectOption('[data-testid="open-round"] select[name="grade"]', toGlobalId('Grade', student.grade_id));
    await page.fill('[data-testid="open-round"] input[type="datetime-local"] >> nth=0', '2026-11-24T09:00');
    // submitPreferences checks the window against the real clock (not the platform's): keep it open
    // past today (a round must close within its academic year).
    await page.fill('[data-testid="open-round"] input[type="datetime-local"] >> nth=1', '2027-08-30T18:00');
    await page.click('[data-testid="open-round"] button[type="submit"]');
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[data-testid="open-round"] [data-testid="action-status"]')
          ?.textContent?.includes('正在提交'),
    );
    expect(await text(page, '[data-testid="open-round"] [data-testid="action-status"]')).toContain('已开启匹配轮次');
    await page.waitForSelector('[data-testid="round-detail"][data-status="OPEN"]');
    const [round] = (await api.request(MatchingRoundsDocument)).matchingRounds.nodes;
    expect(round.status).toBe('OPEN');
    expect(await text(page, '[data-figure="preferencesReceived"]')).toBe('0');

    // A student ranks two mentors; the admin refreshes and sees it arrive.
    const asStudent = (query: string, variables: Record<string, unknown>) =>
      fetch(h.platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${h.platform.token('student')}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    const eligible = await asStudent('query($r: ID!) { eligibleMentors(roundId: $r) { nodes { id } } }', {
      r: round.id,
    });
    const mentors = eligible.data.eligibleMentors.nodes.slice(0, 2).map((m: { id: string }) => m.id);
    const submitted = await asStudent(
      'mutation($i: SubmitPreferencesInput!) { submitPreferences(input: $i) { userErrors { code } } }',
      { i: { roundId: round.id, mentorIds: mentors } },
    );
    expect(submitted.data.submitPreferences.userErrors).toEqual([]);
    await page.click('[data-testid="round-detail"] button:has-text("刷新")');
    await page.waitForFunction(
      () => document.querySelector('[data-figure="preferencesReceived"]')?.textContent === '1',
    );

    await page.click('[data-testid="run-matching"]');
    await page.waitForSelector('[data-testid="round-detail"][data-status="DRAFTED"] [data-testid="matching-report"]');
    const drafted = (await api.request(MatchingRoundDetailDocument, { id: round.id })).matchingRound;
    const report = drafted.report!;
    expect(await text(page, '[data-figure="matched"]')).toBe(String(report.matched));
    expect(await text(page, '[data-figure="firstChoiceRate"]')).toBe(percent(report.firstChoiceRate ?? null));
    expect(await text(page, '[data-figure="topThreeRate"]')).toBe(percent(report.topThreeRate ?? null));
    expect(await text(page, '[data-figure="meanWithStudents"]')).toBe(
      report.mentorLoad.meanWithStudents === null ? '—' : decimal(report.mentorLoad.meanWithStudents),
    );
    expect(await text(page, '[data-figure="blockingPairs"]')).toBe(
      report.blockingPairs === null ? '—' : String(report.blockingPairs),
    );
    expect(await page.locator('[data-testid="mentor-loads"] tbody tr').count()).toBe(drafted.mentors.length);
    expect(await page.locator('[data-testid="unmatched"] li').count()).toBe(drafted.unmatched.nodes.length);

    // Adjust with a reason: move a matched student to the least loaded mentor with room.
    const moved = drafted.draft.nodes.find((o) => o.mentor)!;
    const target = [...drafted.mentors]
      .filter((m) => m.teacher.id !== moved.mentor!.id && m.load < m.capacity)
      .sort((a, b) => a.load - b.load)[0];
    await page.selectOption('[data-testid="adjust-student"]', moved.student.id);
    await page.selectOption('[data-testid="adjust-mentor"]', target.teacher.id);
    await page.fill('[data-testid="adjust-match"] input', '家长申请，与班主任商定');
    await page.click('[data-testid="adjust-match"] button[type="submit"]');
    await page.waitForSelector('[data-testid="adjustments"] li');
    const adjusted = (await api.request(MatchingRoundDetailDocument, { id: round.id })).matchingRound;
    expect(adjusted.adjustments.map((a) => [a.student.name, a.fromMentor?.name, a.toMentor?.name, a.reason])).toEqual([
      [moved.student.name, moved.mentor!.name, target.teacher.name, '家长申请，与班主任商定'],
    ]);
    expect(await text(page, '[data-figure="matchedManual"]')).toBe(String(adjusted.report!.matchedByPhase.manual));
    await page.click('[data-testid="publish-round"]');
    await page.waitForSelector('[data-testid="round-detail"][data-status="PUBLISHED"]');
    expect((await api.request(MatchingRoundDetailDocument, { id: round.id })).matchingRound.status).toBe('PUBLISHED');
    await page.close();
  });

  it('roster import: row errors in the preview and nothing written; a clean file previews, then confirms', async () => {
    const { page } = await signIn('school-admin');
    const [room] = await h.platform.school.query(
      `SELECT g.name AS grade, c.name FROM classroom c JOIN grade g ON g.id = c.grade_id
        WHERE c.school_id = $1 ORDER BY g.level, c.name LIMIT 1`,
      [h.platform.demo.schools[0].id],
    );
    const csv = (rows: string[][]) =>
      Buffer.from([['学号', '姓名', '性别', '年级', '班级'], ...rows].map((r) => r.join(',')).join('\r\n'), 'utf8');
    const count = async () =>
      (await h.platform.school.query(`SELECT count(*)::int n FROM student WHERE student_number = '29990001'`))[0].n;
    await page.click('[role="tab"][data-tab="roster"]');
    await page.selectOption('[data-testid="roster-kind"]', 'STUDENTS');
    await page.setInputFiles('[data-testid="roster-file"]', {
      name: 'students.csv',
      mimeType: 'text/csv',
      buffer: csv([['29990001', '新同学', '未知', room.grade, room.name]]),
    });
    await page.click('[data-testid="roster-preview"]');
    await page.waitForSelector('[data-testid="row-errors"] tbody tr');
    expect(await page.locator('[data-testid="row-errors"] tbody tr td').allTextContents()).toEqual([
      '2',
      '性别',
      '性别应填 男 或 女。',
    ]);
    expect(await page.locator('[data-testid="roster-confirm"]').isDisabled()).toBe(true);
    expect(await count()).toBe(0);

    await page.setInputFiles('[data-testid="roster-file"]', {
      name: 'students.csv',
      mimeType: 'text/csv',
      buffer: csv([['29990001', '新同学', '女', room.grade, room.name]]),
    });
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

  it(
    'a school admin opens an evaluation from the district template, reads rubric and scores, publishes; ' +
      'opens a survey and reads its state',
    async () => {
      const { page, api } = await signIn('school-admin');
      await page.click('[role="tab"][data-tab="evaluation"]');
      // The tab is in the address: a reload lands on it again.
      expect(await page.evaluate(() => window.location.hash)).toBe('#/school?tab=evaluation');
      await page.reload();
      await page.waitForSelector('[data-testid="evaluation-panel"]');
      await page.waitForSelector('text=尚未开启任何考核');

      await page.click('button:has-text("开启本学期考核")');
      await page.waitForSelector('text=已开启考核（使用区考核模板）');
      await page.waitForSelector('[data-testid="rubric"] tbody tr');
      const [cycle] = (await api.request(EvaluationCyclesDocument, {})).evaluationCycles.nodes;
      expect(cycle).toMatchObject({ term: '2026-2027-1', status: 'OPEN' });
      expect(await page.locator('[data-testid="rubric"] tbody td:first-child').allTextContents()).toEqual(
        cycle.rubric.map((r) => r.label),
      );
      expect(await page.locator('[data-testid="results"] tbody tr').count()).toBe(cycle.results.nodes.length);
      expect(await page.locator('[data-testid="results"] tbody td[data-field="total"]').allTextContents()).toEqual(
        cycle.results.nodes.map((r) => decimal(r.total)),
      );
      await everyScreen(page, 'school-admin-evaluation-open');
      await page.click('[role="tab"][data-tab="evaluation"]');

      await page.click('[data-testid="cycles"] button:has-text("公布")');
      await page.waitForSelector('text=考核结果已公布');
      await page.waitForSelector('[data-testid="cycles"] td:has-text("已公布")');
      expect((await api.request(EvaluationCyclesDocument, {})).evaluationCycles.nodes[0].status).toBe('PUBLISHED');
      expect(await page.locator('[data-testid="cycles"] button:has-text("公布")').count()).toBe(0);

      await page.waitForSelector('text=尚未开启任何问卷');
      await page.click('[data-testid="open-survey"] button[type="submit"]');
      await page.waitForSelector('text=问卷已开启');
      await page.waitForSelector('[data-testid="surveys"] [data-survey]');
      const surveys = (await api.request(SchoolSurveysDocument, {})).surveys.nodes;
      expect(surveys).toHaveLength(1);
      expect(surveys[0].schoolSummary).toMatchObject({ closed: false, responses: null, suppressed: true });
      const article = page.locator(`[data-survey="${surveys[0].id}"]`);
      expect(await article.locator('[data-field="state"]').textContent()).toBe('进行中');
      expect(await article.locator('.note').textContent()).toContain('截止后汇总');
      expect(await article.locator('td[data-field="mean"]').allTextContents()).toEqual(
        surveys[0].questions.map(() => '—'),
      );
      await everyScreen(page, 'school-admin-evaluation-published');
      await page.close();
    },
  );

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
    for (const [name, value] of [
      ['coverageThresholdPercent', '0'],
      ['trainingRatePercent', '0'],
      ['dutiesLagPoints', '100'],
    ])
      await page.fill(`input[name="${name}"]`, value);
    await page.click('[data-testid="save-policy"]');
    await page.waitForSelector('[data-testid="action-status"].saved');
    expect((await api.request(DistrictPolicyDocument)).district.policy).toMatchObject({
      coverageThresholdPercent: 0,
      trainingRatePercent: 0,
      dutiesLagPoints: 100,
    });

    await page.click('[role="tab"][data-tab="dashboard"]');
    await page.waitForSelector('[data-testid="schools"] tbody tr');
    const after = (await api.request(DistrictDashboardDocument, {})).districtDashboard;
    expect(after.schools.some((r) => r.flags.includes('COVERAGE_BELOW_THRESHOLD'))).toBe(false);
    expect(await text(page, '[data-figure="flagged"]')).toBe(String(flagged(after)));
    expect(await page.locator('[data-testid="attention"] li').count()).toBe(flagged(after));
    for (const row of after.schools) {
      expect(
        await page
          .locator(`tr[data-row="${row.school.id}"] [data-flag]`)
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-flag'))),
      ).toEqual(row.flags);
    }
    await everyScreen(page, 'district-admin');
    await page.close();
  });
});
