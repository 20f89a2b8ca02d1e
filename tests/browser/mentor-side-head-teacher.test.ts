import { MyClassroomDocument, MyConsultationTasksDocument } from '@mentorship/client';
import { toGlobalId } from '@mentorship/graphql';

import { useMentorScreens } from './mentor-side-setup';
import { capture, LAPTOP } from './screen-checks';

describe('mentor-side screens in headless Chromium (390 px and 1366 px): a head teacher', () => {
  const screens = useMentorScreens();
  const { login, api, signIn } = screens;

  it(
    'head teacher: the class figures as the API gives them; records a 学情会商 with a decision and a task, ' +
      'then completes the task',
    async () => {
      const classroomId = toGlobalId('Classroom', login('head-teacher').classroomId!);
      const teacher = api('head-teacher');
      const { classroom, me } = await teacher.request(MyClassroomDocument, { classroomId });
      const page = await signIn('head-teacher', LAPTOP);
      expect(await page.locator('[data-testid="menu"] a').allTextContents()).toEqual([
        '本班',
        '我的学生',
        '双向选择',
        '考核反馈',
        '成长轨迹',
        '消息',
      ]);
      await page.waitForSelector('[data-testid="class-figures"]');
      const percent = (n: number) =>
        new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(n);
      expect(await page.locator('[data-figure="coverage"]').textContent()).toBe(percent(classroom.metrics!.coverage));
      expect(await page.locator('[data-testid="no-consultations"]').count()).toBe(1);
      await capture(page, 'head-teacher-class');

      const [pupil] = classroom.students.nodes;
      const attendee = pupil.mentors[0].mentor;
      await page.check(`input[name="attendee"][value="${attendee.id}"]`);
      await page.selectOption('select[name="decisionStudent"]', pupil.id);
      await page.fill('input[name="decision"]', '每周与家长沟通一次作业完成情况');
      await page.click('text=添加跟进任务');
      await page.fill('input[name="taskDescription"]', '与家长电话沟通作业安排');
      await page.selectOption('select[name="taskOwner"]', me.teacher!.id);
      await page.selectOption('select[name="taskStudent"]', pupil.id);
      await page.fill('input[name="taskDue"]', '2026-11-30');
      await page.click('[data-testid="consultation-form"] button[type="submit"]');
      await page.waitForSelector('[data-testid="consultation-message"].done');

      const {
        caseConsultations: {
          nodes: [held],
        },
      } = await teacher.request(MyClassroomDocument, { classroomId });
      expect(held).toMatchObject({
        heldOn: '2026-11-24',
        attendees: [{ id: attendee.id }],
        decisions: [{ decision: '每周与家长沟通一次作业完成情况', student: { id: pupil.id } }],
      });
      expect(held.tasks).toEqual([
        expect.objectContaining({
          description: '与家长电话沟通作业安排',
          dueOn: '2026-11-30',
          doneAt: null,
          owner: { id: me.teacher!.id, name: me.teacher!.name },
        }),
      ]);
      await page.waitForSelector(`[data-consultation="${held.id}"]`);
      expect(await page.locator(`[data-consultation="${held.id}"] [data-field="decision"]`).allTextContents()).toEqual([
        `${pupil.name}：每周与家长沟通一次作业完成情况`,
      ]);

      const task = page.locator(`[data-testid="my-tasks"] [data-task-id="${held.tasks[0].id}"]`);
      await task.waitFor();
      await capture(page, 'head-teacher-consultation');
      await task.locator('button').click();
      await task.locator('[data-field="done"]').waitFor();
      const { me: after } = await teacher.request(MyConsultationTasksDocument);
      expect(after.consultationTasks.nodes.find((t) => t.id === held.tasks[0].id)!.doneAt).not.toBeNull();
      await page.close();
    },
  );
});
