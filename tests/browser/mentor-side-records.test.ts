import {
  EditGrowthArchiveDocument,
  MenteeDetailDocument,
  MyFeedbackDocument,
  MyWorkDocument,
  TermCalendarDocument,
} from '@mentorship/client';

import { NOW, useMentorScreens } from './mentor-side-setup';
import { capture, LAPTOP } from './screen-checks';

describe('mentor-side screens in headless Chromium (390 px and 1366 px): a mentor and a guardian', () => {
  const screens = useMentorScreens();
  const { login, studentId, api, signIn } = screens;

  it(
    'mentor on a phone: publishes a 成长寄语 the guardian then reads; a record sent once through a dropped ' +
      'answer; an archive conflict shown kindly',
    async () => {
      const start = await screens.browser.newPage();
      await start.goto(screens.web.url);
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
      const termEnd = academicYears.nodes
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
      expect((await api('guardian').request(MyFeedbackDocument)).myFeedback.nodes).toEqual([]);
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
      expect(myFeedback.nodes.map((f) => f.content)).toEqual([words]);
      expect(await guardian.locator('[data-testid="feedback"] [data-field="content"]').allTextContents()).toEqual([
        words,
      ]);
      expect(await guardian.locator('[data-testid="feedback"] [data-field="mentor"]').allTextContents()).toEqual([
        login('mentor-1').name,
      ]);
      await capture(guardian, 'guardian-feedback');
      await guardian.goto(`${screens.web.url}#/survey`);
      await guardian.waitForSelector('[data-testid="no-survey"]');
      await capture(guardian, 'guardian-survey');
      await guardian.close();
    },
  );
});
