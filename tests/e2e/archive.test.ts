import { type MentorDay, startMentorDay } from '../support/mentor-day';
import type { TestPlatform } from '../support/platform';

describe("a mentor's daily work: the growth archive and attention categories", () => {
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

  describe('growth archive', () => {
    const edit =
      `mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { archive { version ` +
      `familyStructure personality guardians { name relation phone } monthlyNotes { month note } ` +
      `examResults { term exam band } updatedBy { name } } userErrors { field code message } } }`;

    it('starts empty at version 0, and an edit names the version it read', async () => {
      const read = await ok(
        mentor,
        'query($id: ID!) { student(id: $id) { archive { version personality guardians { name } } } }',
        { id: mentees[0].gid },
      );
      expect(read.student.archive).toEqual({ version: 0, personality: null, guardians: [] });
      const first = await ok(mentor, edit, {
        i: {
          studentId: mentees[0].gid,
          expectedVersion: 0,
          familyStructure: 'LEFT_BEHIND',
          personality: '内向，做事认真',
          guardians: [{ name: '王奶奶', relation: '祖母', phone: '13800000000' }],
          monthlyNotes: [{ month: '2026-11', note: '期中后情绪低落' }],
          examResults: [{ term: '2026-2027-1', exam: '期中 数学', band: 'FROM_10_TO_30' }],
        },
      });
      expect(first.editGrowthArchive.userErrors).toEqual([]);
      expect(first.editGrowthArchive.archive).toMatchObject({
        version: 1,
        familyStructure: 'LEFT_BEHIND',
        personality: '内向，做事认真',
        examResults: [{ band: 'FROM_10_TO_30' }],
        updatedBy: { name: p.logins.find((l) => l.login === 'mentor-1')!.name },
      });
    });

    it('a stale version is a conflict and overwrites nothing', async () => {
      const stale = await ok(mentor, edit, {
        i: { studentId: mentees[0].gid, expectedVersion: 0, personality: '覆盖' },
      });
      expect(stale.editGrowthArchive).toEqual({
        archive: null,
        userErrors: [
          { field: 'expectedVersion', code: 'VERSION_CONFLICT', message: expect.stringContaining('version 1') },
        ],
      });
      const [row] = await p.school.query('SELECT version, personality FROM growth_archive WHERE student_id = $1', [
        mentees[0].id,
      ]);
      expect(row).toEqual({ version: 1, personality: '内向，做事认真' });
    });

    it('two mentors editing at once: exactly one wins, the other gets a conflict', async () => {
      const results = await Promise.all(
        ['甲', '乙', '丙'].map((habits) =>
          ok(mentor, edit, { i: { studentId: mentees[0].gid, expectedVersion: 1, habits } }),
        ),
      );
      const codes = results.map((r) => r.editGrowthArchive.userErrors[0]?.code ?? 'OK').sort();
      expect(codes).toEqual(['OK', 'VERSION_CONFLICT', 'VERSION_CONFLICT']);
      const [row] = await p.school.query('SELECT version FROM growth_archive WHERE student_id = $1', [mentees[0].id]);
      expect(row.version).toBe(2);
    });

    it('exam results are bands; no rank exists anywhere in the API', async () => {
      const type = await ok(mentor, '{ __type(name: "ExamResult") { fields { name } } }');
      expect(type.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['band', 'exam', 'term']);
    });

    it('bad input is named by field', async () => {
      const bad = await ok(mentor, edit, {
        i: { studentId: mentees[0].gid, expectedVersion: 2, monthlyNotes: [{ month: '2026-13', note: 'x' }] },
      });
      expect(bad.editGrowthArchive.userErrors).toEqual([
        { field: 'monthlyNotes[0].month', code: 'INVALID_MONTH', message: expect.any(String) },
      ]);
    });

    it('attention categories record who set them and when; the category filter only runs over my mentees', async () => {
      const set = await ok(
        mentor,
        'mutation($i: SetAttentionCategoriesInput!) { setAttentionCategories(input: $i) { ' +
          'attentionCategories { category setAt setBy { name } } userErrors { code } } }',
        { i: { studentId: mentees[1].gid, categories: ['LEFT_BEHIND', 'ECONOMIC_HARDSHIP'] } },
      );
      expect(set.setAttentionCategories.attentionCategories.map((f: { category: string }) => f.category)).toEqual([
        'ECONOMIC_HARDSHIP',
        'LEFT_BEHIND',
      ]);
      // Another student of the school, not mine, in the same category:
      const [other] = await p.school.query(
        `SELECT s.id FROM student s WHERE s.school_id = $1 AND s.id NOT IN (SELECT student_id ` +
          `FROM mentorship WHERE mentor_id = $2) LIMIT 1`,
        [p.demo.schools[0].id, p.logins.find((l) => l.login === 'mentor-1')!.personId],
      );
      await p.school.query(
        `INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at) ` +
          `VALUES ($1, 'LEFT_BEHIND', $2, $3, now())`,
        [other.id, p.demo.schools[0].id, p.logins.find((l) => l.login === 'mentor-1')!.personId],
      );
      const filtered = await ok(
        mentor,
        '{ me { mentees(first: 50, category: LEFT_BEHIND) { totalCount nodes { id } } } }',
      );
      expect(filtered.me.mentees).toEqual({ totalCount: 1, nodes: [{ id: mentees[1].gid }] });
    });
  });
});
