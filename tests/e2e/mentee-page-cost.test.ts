import { type MentorDay, startMentorDay } from '../support/mentor-day';
import type { TestPlatform } from '../support/platform';

describe("the cost of a mentor's page of mentees", () => {
  let p: TestPlatform;
  let mentor: string;
  let mentees: MentorDay['mentees'];
  let ok: MentorDay['ok'];
  beforeAll(async () => {
    ({ p, mentor, mentees, ok } = await startMentorDay());
    expect(mentees.length).toBeGreaterThan(3);
  });
  afterAll(() => p?.stop());

  describe('cost', () => {
    it(
      'a page of mentees with archives, categories, latest records and duties costs the same few ' +
        'statements for 5 or 15 mentees',
      async () => {
        const query =
          `query($n: Int!) { me { mentees(first: $n) { totalCount nodes { name archive { version ` +
          `personality } attentionCategories { category } records(first: 3) { kind content } termDuties { ` +
          `homeVisit talk writtenFeedback } crisisAlerts { nodes { level } } mentors { role } } } } }`;
        const count = async (n: number) => {
          await ok(mentor, query, { n }); // warm the schema caches
          p.schoolStatements.reset();
          const res = await ok(mentor, query, { n });
          expect(res.me.mentees.nodes).toHaveLength(Math.min(n, res.me.mentees.totalCount));
          return p.schoolStatements.count;
        };
        const five = await count(5);
        const fifteen = await count(15);
        expect(fifteen).toBe(five);
        expect(fifteen).toBeLessThanOrEqual(9);
      },
    );

    it("the benchmark's mentees-with-duties request costs three statements, whatever the page size", async () => {
      const query =
        `query($n: Int!) { me { mentees(first: $n) { totalCount nodes { id name classroom { name } termDuties { ` +
        `homeVisit talk writtenFeedback } } } pendingTasks { kind period required done student { id name } } } }`;
      // The page with its total and classrooms, the duties of its mentees, and the to-do list with its rules.
      const count = async (n: number) => {
        await ok(mentor, query, { n }); // warm the schema caches
        p.schoolStatements.reset();
        await ok(mentor, query, { n });
        return p.schoolStatements.count;
      };
      const two = await count(2);
      const fifteen = await count(15);
      expect(fifteen).toBe(two);
      expect(fifteen).toBe(3);
    });
  });
});
