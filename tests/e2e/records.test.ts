import { randomUUID } from 'node:crypto';

import { createRecordMutation as createRecord, hour, type MentorDay, NOW, startMentorDay } from '../support/mentor-day';
import type { TestPlatform } from '../support/platform';

describe("a mentor's daily work: work records", () => {
  let p: TestPlatform;
  let mentor: string;
  let mentees: MentorDay['mentees'];
  let ok: MentorDay['ok'];
  let record: MentorDay['record'];
  beforeAll(async () => {
    ({ p, mentor, mentees, ok, record } = await startMentorDay());
    expect(mentees.length).toBeGreaterThan(3);
  });
  afterAll(() => p?.stop());

  describe('work records', () => {
    it('a retried request with the same idempotency key creates one record, not two', async () => {
      const input = {
        idempotencyKey: randomUUID(),
        kind: 'HOME_VISIT',
        studentIds: [mentees[0].gid],
        occurredAt: NOW,
        content: '家访：与祖母谈学习环境',
        place: '学生家',
      };
      const [a, b, c] = await Promise.all([0, 1, 2].map(() => ok(mentor, createRecord, { i: input })));
      const ids = new Set([a, b, c].map((r) => r.createMentorRecord.record.id));
      expect(ids.size).toBe(1);
      expect([a, b, c].filter((r) => r.createMentorRecord.replayed)).toHaveLength(2);
      const [{ n }] = await p.school.query('SELECT count(*)::int n FROM mentor_record WHERE idempotency_key = $1', [
        input.idempotencyKey,
      ]);
      expect(n).toBe(1);
      const reused = await ok(mentor, createRecord, { i: { ...input, content: '别的内容' } });
      expect(reused.createMentorRecord.userErrors).toEqual([
        { field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' },
      ]);
    });

    it('refuses what does not make sense, by field, and writes nothing', async () => {
      const before = await p.school.query('SELECT count(*)::int n FROM mentor_record');
      const cases: [Record<string, unknown>, { field: string; code: string }][] = [
        [
          { kind: 'TALK', studentIds: [mentees[0].gid, mentees[1].gid] },
          { field: 'studentIds', code: 'ONE_STUDENT_ONLY' },
        ],
        [
          { kind: 'PARENT_CONTACT', studentIds: [mentees[0].gid] },
          { field: 'contactMethod', code: 'REQUIRED' },
        ],
        [
          { kind: 'GROUP_ACTIVITY', studentIds: [mentees[0].gid, mentees[1].gid], topic: '读书会' },
          { field: 'place', code: 'REQUIRED' },
        ],
        [
          { kind: 'OPTIONAL_ACTION', studentIds: [mentees[0].gid], optionalAction: '一起打游戏' },
          { field: 'optionalAction', code: 'UNKNOWN_OPTIONAL_ACTION' },
        ],
        [
          {
            kind: 'TALK',
            studentIds: [mentees[0].gid],
            occurredAt: new Date(Date.parse(NOW) + 48 * hour).toISOString(),
          },
          { field: 'occurredAt', code: 'IN_THE_FUTURE' },
        ],
      ];
      for (const [input, error] of cases)
        expect((await record(mentor, input)).createMentorRecord.userErrors).toEqual([error]);
      expect(await p.school.query('SELECT count(*)::int n FROM mentor_record')).toEqual(before);
    });

    it("a mentor cannot write about someone else's mentee", async () => {
      const other = await record(p.token('mentor-2'), { kind: 'TALK', studentIds: [mentees[0].gid] }).catch((e) => e);
      expect(String(other)).toContain('FORBIDDEN');
    });

    it('a group activity is one record about many students', async () => {
      const group = await record(mentor, {
        kind: 'GROUP_ACTIVITY',
        studentIds: mentees.slice(0, 3).map((m) => m.gid),
        place: '图书馆',
        topic: '读书分享会',
      });
      expect(group.createMentorRecord.userErrors).toEqual([]);
      const [{ n }] = await p.school.query('SELECT count(*)::int n FROM record_student WHERE record_id = $1', [
        Buffer.from(group.createMentorRecord.record.id, 'base64url').toString().split(':')[1],
      ]);
      expect(n).toBe(3);
    });
  });
});
