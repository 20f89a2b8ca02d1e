import { toGlobalId } from '@mentorship/graphql';
import { errorCodes } from '@mentorship/testing';

import { type MentorDay, NOW, startMentorDay } from '../support/mentor-day';
import type { TestPlatform } from '../support/platform';

describe("a mentor's daily work: 三个一 and the to-do list", () => {
  let p: TestPlatform;
  let mentor: string;
  let mentees: MentorDay['mentees'];
  let gql: MentorDay['gql'];
  let ok: MentorDay['ok'];
  let record: MentorDay['record'];
  beforeAll(async () => {
    ({ p, mentor, mentees, gql, ok, record } = await startMentorDay());
    expect(mentees.length).toBeGreaterThan(3);
  });
  afterAll(() => p?.stop());

  describe('三个一 and the to-do list', () => {
    it("pending tasks equal a hand-made fixture of this term's and this month's rules", async () => {
      // Fresh mentees for a clean slate: the last two of mentor-1's list.
      const [a, b] = mentees.slice(-2);
      await record(mentor, { kind: 'HOME_VISIT', studentIds: [a.gid] });
      await record(mentor, { kind: 'TALK', studentIds: [a.gid], occurredAt: '2026-11-03T08:00:00Z' });
      await record(mentor, { kind: 'PARENT_CONTACT', studentIds: [a.gid], contactMethod: 'PHONE' });
      await record(mentor, { kind: 'TALK', studentIds: [b.gid], occurredAt: '2026-10-20T08:00:00Z' });
      // last term: counts for nothing now
      await record(mentor, { kind: 'TALK', studentIds: [b.gid], occurredAt: '2026-07-01T08:00:00Z' });
      const { me } = await ok(mentor, '{ me { pendingTasks { student { id } kind period required done } } }');
      const of = (s: { gid: string }) =>
        me.pendingTasks
          .filter((t: { student: { id: string } }) => t.student.id === s.gid)
          .map(({ student, ...t }: { student: unknown }) => t);
      expect(of(a)).toEqual([
        { kind: 'PARENT_CONTACT', period: 'TERM', required: 2, done: 1 },
        { kind: 'WRITTEN_FEEDBACK', period: 'TERM', required: 1, done: 0 },
      ]);
      expect(of(b)).toEqual([
        { kind: 'HOME_VISIT', period: 'TERM', required: 1, done: 0 },
        { kind: 'PARENT_CONTACT', period: 'TERM', required: 2, done: 0 },
        { kind: 'TALK', period: 'MONTH', required: 1, done: 0 },
        { kind: 'WRITTEN_FEEDBACK', period: 'TERM', required: 1, done: 0 },
      ]);
      // In December the November talk no longer counts for the month, but still for the term.
      p.clock.set('2026-12-02T08:00:00Z');
      const december = await ok(mentor, '{ me { pendingTasks { student { id } kind period } } }');
      expect(
        december.me.pendingTasks
          .filter((t: { student: { id: string } }) => t.student.id === a.gid)
          .map((t: { kind: string; period: string }) => `${t.kind}/${t.period}`),
      ).toEqual(['PARENT_CONTACT/TERM', 'TALK/MONTH', 'WRITTEN_FEEDBACK/TERM']);
      p.clock.set(NOW);
    });

    it('a school sets its own frequency rules, but cannot drop 三个一', async () => {
      const set =
        'mutation($r: [DutyRuleInput!]!) { setDutyRules(rules: $r) { rules { kind period minCount } ' +
        'userErrors { code } } }';
      const dropped = await ok(p.token('school-admin'), set, { r: [{ kind: 'TALK', period: 'TERM', minCount: 1 }] });
      expect(dropped.setDutyRules.userErrors).toEqual([{ code: 'THREE_DUTIES_REQUIRED' }]);
      const rules = [
        { kind: 'HOME_VISIT', period: 'TERM', minCount: 1 },
        { kind: 'TALK', period: 'TERM', minCount: 1 },
        { kind: 'WRITTEN_FEEDBACK', period: 'TERM', minCount: 1 },
        { kind: 'OPTIONAL_ACTION', period: 'TERM', minCount: 2 },
      ];
      expect((await ok(p.token('school-admin'), set, { r: rules })).setDutyRules.userErrors).toEqual([]);
      const { me } = await ok(mentor, '{ me { pendingTasks { student { id } kind } } }');
      expect(me.pendingTasks.some((t: { kind: string }) => t.kind === 'OPTIONAL_ACTION')).toBe(true);
      expect(me.pendingTasks.some((t: { kind: string }) => t.kind === 'PARENT_CONTACT')).toBe(false);
      expect(errorCodes(await gql(mentor, set, { r: rules }))).toEqual(['FORBIDDEN']);
    });

    it(
      'school leaders see completion counts per grade and ' + 'classroom, equal to the records, and never the contents',
      async () => {
        const [{ classroom_id: classroomId }] = await p.school.query(
          'SELECT c.grade_id, s.classroom_id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.id = $1',
          [mentees.at(-2)!.id],
        );
        const q =
          `query($c: ID!) { classroom(id: $c) { dutyCompletion { term students homeVisitDone talkDone ` +
          `writtenFeedbackDone allDone } } grade: classroom(id: $c) { grade { id dutyCompletion { students ` +
          `homeVisitDone } } } }`;
        const res = await ok(p.token('grade-lead'), q, { c: toGlobalId('Classroom', classroomId) });
        const [expected] = await p.school.query(
          `SELECT count(*)::int students, count(*)
           FILTER (WHERE EXISTS (SELECT 1 FROM record_student rs WHERE rs.student_id = s.id AND rs.term =
           '2026-2027-1' AND rs.kind = 'HOME_VISIT'))::int hv
           FROM student s WHERE s.classroom_id = $1 AND s.left_on IS NULL`,
          [classroomId],
        );
        expect(res.classroom.dutyCompletion).toMatchObject({
          term: '2026-2027-1',
          students: expected.students,
          homeVisitDone: expected.hv,
        });
        expect(res.grade.grade.dutyCompletion.homeVisitDone).toBeGreaterThanOrEqual(expected.hv);
        const contents = await gql(
          p.token('grade-lead'),
          'query($id: ID!) { student(id: $id) { records { content } } }',
          { id: mentees.at(-2)!.gid },
        );
        expect(errorCodes(contents)).toEqual(['FORBIDDEN']);
      },
    );
  });
});
