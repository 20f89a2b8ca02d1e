import {
  MenteeDetailDocument,
  MentorRoundsDocument,
  MyMentorChoiceDocument,
  OpenMatchingRoundDocument,
  RankedMeDocument,
} from '@mentorship/client';

import { NOW, useMentorScreens } from './mentor-side-setup';
import { capture, LAPTOP } from './screen-checks';

describe('mentor-side screens in headless Chromium (390 px and 1366 px): matching', () => {
  const screens = useMentorScreens();
  const { login, studentId, teacherId, api, signIn } = screens;

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
    const eligibleMentors = (await api('student').request(MyMentorChoiceDocument, { roundId })).eligibleMentors.nodes;
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
    await page.goto(`${screens.web.url}#/feedback`);
    await page.waitForSelector('[data-testid="feedback"], [data-testid="no-feedback"]');
    await capture(page, 'student-feedback');
    await page.close();

    const inbox = await signIn('mentor-1', LAPTOP);
    await inbox.goto(`${screens.web.url}#/mentor/round`);
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
      (await mentor.request(RankedMeDocument, { roundId })).rankedMe.nodes.find((r) => r.student.id === studentId()),
    ).toMatchObject({ rank: 1, accepted: true });
    const round = (await mentor.request(MentorRoundsDocument)).matchingRounds.nodes.find((r) => r.id === roundId)!;
    expect(round.mentors.find((m) => m.teacher.id === mentorOne)!.capacity).toBe(6);
    expect(await row.locator('.answer').textContent()).toBe('已接受');
    await inbox.goto(`${screens.web.url}#/mentor/review`);
    await inbox.waitForSelector('[data-testid="no-evaluation"]');
    await capture(inbox, 'mentor-review');
    await inbox.close();
  });
});
