import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes } from '@mentorship/testing';

import { type MentorDay, startMentorDay } from '../support/mentor-day';
import type { TestPlatform } from '../support/platform';

describe("a mentor's daily work: written feedback (成长寄语)", () => {
  let p: TestPlatform;
  let mentor: string;
  let ok: MentorDay['ok'];
  let record: MentorDay['record'];
  let gql: MentorDay['gql'];
  beforeAll(async () => {
    ({ p, mentor, ok, record, gql } = await startMentorDay());
  });
  afterAll(() => p?.stop());

  describe('written feedback (成长寄语)', () => {
    it('a 成长寄语 once published is read by the student and their guardian; one per student per term', async () => {
      const student = p.logins.find((l) => l.login === 'student')!;
      const gid = toGlobalId('Student', student.studentId!);
      const first = await record(mentor, {
        kind: 'WRITTEN_FEEDBACK',
        studentIds: [gid],
        content: '你这学期进步很大，继续加油！',
      });
      const second = await record(mentor, { kind: 'WRITTEN_FEEDBACK', studentIds: [gid], content: '第二份寄语' });
      expect((await ok(p.token('student'), '{ myFeedback { nodes { content } } }')).myFeedback.nodes).toEqual([]);
      const publish =
        'mutation($r: ID!) { publishWrittenFeedback(recordId: $r) { record { publishedAt } userErrors { code } } }';
      expect(
        (await ok(mentor, publish, { r: first.createMentorRecord.record.id })).publishWrittenFeedback.userErrors,
      ).toEqual([]);
      expect(
        (await ok(mentor, publish, { r: second.createMentorRecord.record.id })).publishWrittenFeedback.userErrors,
      ).toEqual([{ code: 'FEEDBACK_ALREADY_PUBLISHED' }]);
      for (const login of ['student', 'guardian']) {
        const mine = await ok(p.token(login), '{ myFeedback { nodes { term content mentorName } } }');
        expect(mine.myFeedback.nodes).toEqual([
          {
            term: '2026-2027-1',
            content: '你这学期进步很大，继续加油！',
            mentorName: p.logins.find((l) => l.login === 'mentor-1')!.name,
          },
        ]);
      }
      // Another student of the school reads nothing of it.
      const [other] = await p.school.query('SELECT id FROM student WHERE school_id = $1 AND id <> $2 LIMIT 1', [
        p.demo.schools[0].id,
        student.studentId,
      ]);
      const otherToken = p.tokenFor({
        personId: other.id,
        role: Role.STUDENT,
        districtId: p.demo.district.id,
        schoolId: p.demo.schools[0].id,
        studentId: other.id,
      });
      expect((await ok(otherToken, '{ myFeedback { nodes { content } } }')).myFeedback.nodes).toEqual([]);
    });

    it("a student's 成长寄语 over the terms page latest term first; a foreign cursor is BAD_USER_INPUT", async () => {
      const student = p.logins.find((l) => l.login === 'student')!;
      const studentIds = [toGlobalId('Student', student.studentId!)];
      const earlier = await record(mentor, {
        kind: 'WRITTEN_FEEDBACK',
        studentIds,
        occurredAt: '2026-04-15T10:00:00Z',
        content: '上学期的寄语',
      });
      const publish = 'mutation($r: ID!) { publishWrittenFeedback(recordId: $r) { userErrors { code } } }';
      await ok(mentor, publish, { r: earlier.createMentorRecord.record.id });
      const page =
        'query($after: String) { myFeedback(first: 1, after: $after) { totalCount nodes { term } ' +
        'pageInfo { endCursor hasNextPage } } }';
      const first = (await ok(p.token('guardian'), page, { after: null })).myFeedback;
      expect(first).toMatchObject({ totalCount: 2, nodes: [{ term: '2026-2027-1' }], pageInfo: { hasNextPage: true } });
      const second = (await ok(p.token('guardian'), page, { after: first.pageInfo.endCursor })).myFeedback;
      expect(second).toMatchObject({ nodes: [{ term: '2025-2026-2' }], pageInfo: { hasNextPage: false } });
      const foreign = await gql(p.token('guardian'), '{ myFeedback(after: "eA") { totalCount } }');
      expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
    });
  });
});
