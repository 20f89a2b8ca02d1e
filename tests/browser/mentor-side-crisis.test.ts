import { CrisisQueueDocument } from '@mentorship/client';

import { useMentorScreens } from './mentor-side-setup';
import { capture } from './screen-checks';

describe('mentor-side screens in headless Chromium (390 px and 1366 px): the crisis team', () => {
  const screens = useMentorScreens();
  const { login, studentId, api, signIn } = screens;

  it(
    'crisis: a mentor raises an alert on a phone; the crisis ' + 'team takes, refers and closes it, each step recorded',
    async () => {
      const student = login('student');
      const mentorPage = await signIn('mentor-1');
      await mentorPage.goto(`${screens.web.url}#/mentor/student/${studentId()}`);
      await mentorPage.waitForSelector('[data-testid="crisis-form"]');
      await mentorPage.selectOption('[data-testid="crisis-form"] select[name="level"]', 'HIGH');
      await mentorPage.fill('[data-testid="crisis-form"] textarea[name="description"]', '课间独自哭泣，说不想上学。');
      await mentorPage.click('[data-testid="crisis-form"] button[type="submit"]');
      await mentorPage.waitForSelector('[data-testid="crisis-message"].done');
      await mentorPage.close();

      const team = api('crisis-team');
      const [alert] = (await team.request(CrisisQueueDocument, {})).crisisAlerts.nodes;
      expect(alert).toMatchObject({ status: 'REPORTED', level: 'HIGH', student: { id: studentId() } });
      const page = await signIn('crisis-team');
      expect(await page.locator('[data-testid="menu"] a').allTextContents()).toEqual([
        '危机预警',
        '我的学生',
        '双向选择',
        '考核反馈',
        '成长轨迹',
        '消息',
      ]);
      const card = page.locator(`[data-alert="${alert.id}"]`);
      await card.waitFor();
      await capture(page, 'crisis-queue');
      const step = async (action: string, status: string) => {
        await card.locator(`button[data-action="${action}"]`).click();
        await page.waitForSelector(`[data-alert="${alert.id}"][data-status="${status}"]`);
      };
      await card.locator('textarea[name="note"]').fill('已约谈学生，评估为中高风险。');
      await step('ASSESSING', 'ASSESSING');
      await card.locator('input[name="referredTo"]').fill('区未成年人心理健康辅导中心');
      await step('REFERRED', 'REFERRED');
      await card.locator('textarea[name="note"]').fill('辅导中心已接案，家长知情。');
      await capture(page, 'crisis-alert');
      await card.locator('button[data-action="CLOSED"]').click();
      // Closed alerts leave the open queue; shown again on request, with every step.
      await card.waitFor({ state: 'detached' });
      await page.check('input[name="showClosed"]');
      await page.waitForSelector(`[data-alert="${alert.id}"][data-status="CLOSED"]`);
      const done = (await team.request(CrisisQueueDocument, {})).crisisAlerts.nodes.find((a) => a.id === alert.id)!;
      expect(done.history.map((h) => h.status)).toEqual(['REPORTED', 'ASSESSING', 'REFERRED', 'CLOSED']);
      expect(done.referredTo).toBe('区未成年人心理健康辅导中心');
      expect(done.history.every((h) => h.actor)).toBe(true);
      expect(await card.locator('[data-step]').evaluateAll((li) => li.map((l) => l.getAttribute('data-step')))).toEqual(
        done.history.map((h) => h.status),
      );
      expect(await card.locator('[data-field="referredTo"]').textContent()).toBe(done.referredTo);
      await page.close();
    },
  );
});
