import path from 'node:path';

import { createClient, MyWorkDocument } from '@mentorship/client';

import { SCREENSHOTS, TALKS_IN_SETUP, useDashboardBrowser } from './dashboard-setup';
import { integer } from './zh-formats';

describe('web dashboard in headless Chromium: the mentor', () => {
  const harness = useDashboardBrowser();
  const { signIn, texts } = harness;

  it(
    'mentor: my mentees with their 三个一 and pending tasks as the API lists them; recording a talk shrinks ' +
      'the list',
    async () => {
      const { page, token } = await signIn('mentor-1');
      const api = createClient({ url: harness.platform.gatewayUrl, token });
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
});
