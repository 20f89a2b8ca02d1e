import {
  createClient,
  CrisisQueueDocument,
  EditGrowthArchiveDocument,
  MenteeDetailDocument,
  MentorRoundsDocument,
  MyClassroomDocument,
  MyConsultationTasksDocument,
  MyFeedbackDocument,
  MyMentorChoiceDocument,
  MyWorkDocument,
  OpenMatchingRoundDocument,
  RankedMeDocument,
  TermCalendarDocument,
} from '@mentorship/client';
import type { RunningWebServer } from '@mentorship/devstack';
import { toGlobalId } from '@mentorship/graphql';
import type { BrowserContext, Page } from 'playwright-core';

import type { TestPlatform } from '../support/platform';
import { capture, LAPTOP, PHONE, startScreens } from './screen-checks';

/**
 * The daily work of mentors, the crisis team, head teachers, students and guardians, done through
 * the web screens in Debian's chromium and checked against the API with the same token. Work runs
 * on a phone-sized screen (390×844) or a laptop (1366×768); every screen is photographed at both
 * into tests/results/screens/ (not committed) and checked with axe-core (no serious or critical
 * violation) and, on the phone, for text that breaks mid-word or runs off the side.
 */
const NOW = '2026-11-24T02:00:00Z';

describe('mentor-side screens in headless Chromium (390 px and 1366 px)', () => {
  let platform: TestPlatform;
  let web: RunningWebServer;
  let browser: BrowserContext;
  let stop: () => Promise<void>;
  const login = (name: string) => platform.logins.find((l) => l.login === name)!;
  /** The demo student and mentor-1 as the API names them (global IDs). */
  const studentId = () => toGlobalId('Student', login('student').studentId!);
  const teacherId = (name: string) => toGlobalId('Teacher', login(name).personId);
  const api = (name: string) => createClient({ url: platform.gatewayUrl, token: platform.token(name) });

  beforeAll(async () => {
    ({ platform, web, browser, stop } = await startScreens(NOW));
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

  it(
    'mentor on a phone: publishes a 成长寄语 the guardian then reads; a record sent once through a dropped ' +
      'answer; an archive conflict shown kindly',
    async () => {
      const start = await browser.newPage();
      await start.goto(web.url);
      await start.waitForSelector('button[data-login="mentor-1"]');
      await capture(start, 'login');
      await start.close();

      const student = login('student');
      const mentor = api('mentor-1');
      const page = await signIn('mentor-1');
      const { me } = await mentor.request(MyWorkDocument, { first: 100 });
      await page.waitForSelector('[data-testid="mentees"] tbody tr');
      expect(await page.locator('[data-figure="mentees"]').textContent()).toBe(String(me.mentees.totalCount));
      // The mentee table is whole on a phone: every column of a row is there, labelled.
      const firstRow = page.locator('[data-testid="mentees"] tbody tr').first();
      expect(await firstRow.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-label')))).toEqual(
        ['学生', '学号', '年级', '班级', '角色', '家访', '谈心谈话', '成长寄语', '待办'],
      );
      expect(await firstRow.locator('td[data-field="pending"]').isVisible()).toBe(true);
      // What is due, and by when: a term's duties by the term's last day in the district's calendar,
      // a month's by the month's last day (NOW is 24 November in China).
      const [from, to, number] = me.mentees.nodes[0].termDuties.term.split('-');
      const { academicYears } = await mentor.request(TermCalendarDocument, {});
      const termEnd = academicYears
        .find((y) => y.name === `${from}-${to}`)!
        .terms.find((t) => String(t.number) === number)!.endsOn;
      const chinaDate = (d: string) =>
        new Intl.DateTimeFormat('zh-CN', {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'Asia/Shanghai',
        }).format(new Date(`${d}T00:00:00+08:00`));
      expect(me.pendingTasks.length).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="pending"] td[data-field="due"]').allTextContents()).toEqual(
        me.pendingTasks.map((t) =>
          chinaDate(t.period === 'TERM' ? termEnd : termEnd < '2026-11-30' ? termEnd : '2026-11-30'),
        ),
      );
      await capture(page, 'mentor-home');

      await page.click(`tr[data-student="${studentId()}"] td[data-field="name"] a`);
      await page.waitForSelector('[data-testid="mentee-name"]');
      expect(await page.locator('[data-testid="mentee-name"]').textContent()).toBe(student.name);
      await capture(page, 'mentor-mentee');

      // 成长寄语: a draft first, invisible to the family; then published.
      const words = '这学期你在数学上很用心，遇到难题也不放弃。下学期继续保持！';
      await page.selectOption('select[name="kind"]', 'WRITTEN_FEEDBACK');
      await page.fill('textarea[name="content"]', words);
      await page.click('[data-testid="record-form"] button[type="submit"]');
      await page.waitForSelector('[data-testid="record-message"].done');
      expect(await page.locator('[data-testid="record-message"]').textContent()).toContain('尚未发布');
      const draft = (await mentor.request(MenteeDetailDocument, { studentId: studentId() })).student.records.find(
        (r) => r.content === words,
      )!;
      expect(draft).toMatchObject({ kind: 'WRITTEN_FEEDBACK', publishedAt: null });
      expect((await api('guardian').request(MyFeedbackDocument)).myFeedback).toEqual([]);
      await page.click(`[data-record="${draft.id}"] button[data-action="publish"]`);
      await page.waitForSelector('[data-testid="publish-message"].done');
      const published = (await mentor.request(MenteeDetailDocument, { studentId: studentId() })).student.records.find(
        (r) => r.id === draft.id,
      )!;
      expect(published.publishedAt).not.toBeNull();
      await page.waitForSelector(`[data-record="${draft.id}"] [data-field="published"]`);

      // A talk whose answer is lost on the way back: the typed text stays, the retry writes nothing new.
      const talk = '谈了期中考试后的学习计划，约定每周复盘。';
      await page.selectOption('select[name="kind"]', 'TALK');
      await page.fill('textarea[name="content"]', talk);
      await page.route('**/graphql', async (route) => {
        if (!route.request().postData()?.includes('CreateMentorRecord')) return route.continue();
        await route.fetch(); // the service writes the record…
        await route.abort('connectionreset'); // …and the answer never arrives
      });
      await page.click('[data-testid="record-form"] button[type="submit"]');
      await page.waitForSelector('[data-testid="record-message"].error');
      expect(await page.locator('[data-testid="record-message"]').textContent()).toBe(
        '网络连接失败，已填写的内容仍保留，请稍后重试。',
      );
      expect(await page.inputValue('textarea[name="content"]')).toBe(talk);
      await page.unroute('**/graphql');
      await page.click('[data-testid="record-form"] button[type="submit"]');
      await page.waitForSelector('[data-testid="record-message"].done');
      const talks = (await mentor.request(MenteeDetailDocument, { studentId: studentId() })).student.records.filter(
        (r) => r.content === talk,
      );
      expect(talks).toHaveLength(1);
      expect(
        await page
          .locator(`[data-testid="timeline"] [data-kind="TALK"] [data-field="content"]`, { hasText: talk })
          .count(),
      ).toBe(1);

      // 成长档案: a save from another device lands while this mentor types; their text survives and is saved on
      // their say-so.
      await page.click('button[data-action="edit-archive"]');
      await page.fill('textarea[name="interests"]', '喜欢篮球和绘画');
      const before = (await mentor.request(MenteeDetailDocument, { studentId: studentId() })).student.archive;
      const other = await api('mentor-1').request(EditGrowthArchiveDocument, {
        input: { studentId: studentId(), expectedVersion: before.version, habits: '作息规律' },
      });
      expect(other.editGrowthArchive.userErrors).toEqual([]);
      await page.click('[data-testid="archive-form"] button[type="submit"]');
      await page.waitForSelector('[data-testid="archive-form"] .conflict');
      expect(await page.locator('[data-testid="archive-message"]').textContent()).toContain('档案已被他人更新');
      expect(await page.inputValue('textarea[name="interests"]')).toBe('喜欢篮球和绘画');
      await capture(page, 'mentor-archive-conflict');
      await page.click('[data-testid="archive-form"] button[type="submit"]');
      await page.waitForSelector('[data-testid="archive-message"].done');
      const archive = (await mentor.request(MenteeDetailDocument, { studentId: studentId() })).student.archive;
      expect(archive).toMatchObject({ version: before.version + 2, interests: '喜欢篮球和绘画' });
      expect(await page.locator('[data-testid="archive"] dd[data-field="interests"]').textContent()).toBe(
        '喜欢篮球和绘画',
      );
      await page.close();

      // The guardian (on a laptop) reads exactly what the API gives them: the published words.
      const guardian = await signIn('guardian', LAPTOP);
      expect(await guardian.locator('[data-testid="menu"] a').allTextContents()).toEqual(['成长寄语', '问卷', '消息']);
      await guardian.waitForSelector('[data-testid="feedback"] li');
      const { myFeedback } = await api('guardian').request(MyFeedbackDocument);
      expect(myFeedback.map((f) => f.content)).toEqual([words]);
      expect(await guardian.locator('[data-testid="feedback"] [data-field="content"]').allTextContents()).toEqual([
        words,
      ]);
      expect(await guardian.locator('[data-testid="feedback"] [data-field="mentor"]').allTextContents()).toEqual([
        login('mentor-1').name,
      ]);
      await capture(guardian, 'guardian-feedback');
      await guardian.goto(`${web.url}#/survey`);
      await guardian.waitForSelector('[data-testid="no-survey"]');
      await capture(guardian, 'guardian-survey');
      await guardian.close();
    },
  );

  it(
    'crisis: a mentor raises an alert on a phone; the crisis ' + 'team takes, refers and closes it, each step recorded',
    async () => {
      const student = login('student');
      const mentorPage = await signIn('mentor-1');
      await mentorPage.goto(`${web.url}#/mentor/student/${studentId()}`);
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

  it('matching: a student ranks mentors in the open round on a phone; the mentor accepts from the inbox', async () => {
    const student = login('student');
    const { student: detail } = await api('mentor-1').request(MenteeDetailDocument, { studentId: studentId() });
    const hour = 3600_000;
    // The service checks the window against the real clock (not the platform's): open it across both.
    const opened = await api('school-admin').request(OpenMatchingRoundDocument, {
      input: {
        academicYear: '2026-2027',
        opensAt: new Date(Date.parse(NOW) - hour).toISOString(),
        closesAt: new Date(Math.max(Date.parse(NOW), Date.now()) + 24 * hour).toISOString(),
        gradeIds: [detail.classroom.grade.id],
        eligibility: 'WHOLE_SCHOOL',
        maxChoices: 3,
      },
    });
    expect(opened.openMatchingRound.userErrors).toEqual([]);
    const roundId = opened.openMatchingRound.round!.id;
    const { eligibleMentors } = await api('student').request(MyMentorChoiceDocument, { roundId });
    const mentorOne = teacherId('mentor-1');
    expect(eligibleMentors.map((m) => m.id)).toContain(mentorOne);
    const others = eligibleMentors.filter((m) => m.id !== mentorOne).slice(0, 2);

    const page = await signIn('student');
    expect(await page.locator('[data-testid="menu"] a').allTextContents()).toEqual([
      '选择导师',
      '成长寄语',
      '问卷',
      '消息',
    ]);
    await page.waitForSelector('[data-testid="no-choices"]');
    await capture(page, 'student-choose-empty');
    for (const id of [others[0].id, others[1].id, mentorOne]) {
      await page.selectOption('select[name="addMentor"]', id);
      await page.click('.add button');
    }
    // Mentor-1 up to first choice.
    await page.click(`[data-mentor="${mentorOne}"] button[aria-label$="上移"]`);
    await page.click(`[data-mentor="${mentorOne}"] button[aria-label$="上移"]`);
    await page.click('button[data-action="submit-preferences"]');
    await page.waitForSelector('[data-testid="preferences-message"]');
    expect(await page.locator('[data-testid="preferences-message"]').textContent()).toBe(
      '已提交 3 个志愿。截止前还可以修改。',
    );
    const expected = [mentorOne, others[0].id, others[1].id];
    const { preferences } = await api('student').request(MyMentorChoiceDocument, { roundId });
    expect(preferences.map((p) => p.mentor.id)).toEqual(expected);
    expect(
      await page
        .locator('[data-testid="ranking"] li')
        .evaluateAll((li) => li.map((l) => l.getAttribute('data-mentor'))),
    ).toEqual(expected);
    await capture(page, 'student-choose');
    await page.goto(`${web.url}#/feedback`);
    await page.waitForSelector('[data-testid="feedback"], [data-testid="no-feedback"]');
    await capture(page, 'student-feedback');
    await page.close();

    const inbox = await signIn('mentor-1', LAPTOP);
    await inbox.goto(`${web.url}#/mentor/round`);
    const row = inbox.locator(`[data-testid="ranked-me"] tr[data-student="${studentId()}"]`);
    await row.waitFor();
    expect(await row.locator('td').nth(2).textContent()).toBe('第 1 志愿');
    await capture(inbox, 'mentor-round');
    await row.locator('button', { hasText: '接受' }).click();
    await inbox.waitForSelector('[data-testid="round-message"].done');
    await inbox.fill('input[name="capacity"]', '6');
    await inbox.click('[data-testid="capacity-form"] button[type="submit"]');
    await inbox.waitForFunction(() =>
      document.querySelector('[data-testid="round-message"]')?.textContent?.includes('6 名'),
    );
    const mentor = api('mentor-1');
    expect(
      (await mentor.request(RankedMeDocument, { roundId })).rankedMe.find((r) => r.student.id === studentId()),
    ).toMatchObject({ rank: 1, accepted: true });
    const round = (await mentor.request(MentorRoundsDocument)).matchingRounds.nodes.find((r) => r.id === roundId)!;
    expect(round.mentors.find((m) => m.teacher.id === mentorOne)!.capacity).toBe(6);
    expect(await row.locator('.answer').textContent()).toBe('已接受');
    await inbox.goto(`${web.url}#/mentor/review`);
    await inbox.waitForSelector('[data-testid="no-evaluation"]');
    await capture(inbox, 'mentor-review');
    await inbox.close();
  });

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
