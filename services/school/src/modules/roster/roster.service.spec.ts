import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

import { createSchoolDataSource } from '../../data-source';
import { callerFor, movableClock, principalOf, type SchoolFixture, seedSchool } from '../../testing/school-fixture';
import { createRosterLoaders } from './roster.loaders';
import { RosterService } from './roster.service';

/**
 * A mentor's mentees in one statement: the total is the whole filtered list's on every page (and on an empty page
 * past the end), and the students and classrooms read with the page are the ones the loaders would read.
 */
describe('RosterService.menteesOf', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let f: SchoolFixture;
  const clock = movableClock('2026-11-15T10:00:00Z');
  const roster = (personId: string) =>
    new RosterService(ds, callerFor(ds, principalOf(f, personId, Role.MENTOR), clock.now), clock.now);
  const mentees = (first: number, after: string | null = null, category: string | null = null, who = f.mentor) =>
    roster(who).menteesOf(who, { first, after }, category);
  const numbers = (students: { studentNumber: string }[]) => students.map((s) => s.studentNumber);

  beforeAll(async () => {
    db = await createTestDatabase('roster');
    ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    f = await seedSchool(ds);
    // A, B (the fixture) and D lead; C supporting (the colleague leads); E ended, F left: the mentor's are A B C D.
    const student = async (no: string, room: string, left: string | null = null) => {
      const id = randomUUID();
      await ds.query(
        `INSERT INTO student (id, school_id, classroom_id, student_number, name, gender, left_on)
         VALUES ($1, $2, $3, $4, $5, 'MALE', $6)`,
        [id, f.schoolId, room, no, `学生${no}`, left],
      );
      return id;
    };
    const pair = (studentId: string, role: string, ended: string | null = null) =>
      ds.query(
        `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on, ended_on)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, '2026-2027', '2026-09-01', $5)`,
        [f.schoolId, studentId, f.mentor, role, ended],
      );
    await pair(f.c, 'SUPPORTING');
    await pair(await student('D', f.otherRoom), 'LEAD');
    await pair(await student('E', f.room), 'LEAD', '2026-10-01');
    await pair(await student('F', f.room, '2026-10-01'), 'LEAD');
    const flag = (studentId: string) =>
      ds.query(
        `INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at)
         VALUES ($1, 'LEFT_BEHIND', $2, $3, now())`,
        [studentId, f.schoolId, f.mentor],
      );
    // B and C are flagged among the mentor's; the colleague's flag on their own C is the same row.
    await flag(f.b);
    await flag(f.c);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('pages the current mentees by student number with the same total on every page', async () => {
    const one = await mentees(2);
    expect(numbers(one.page.nodes)).toEqual(['A', 'B']);
    expect(one.page).toMatchObject({ totalCount: 4, hasNextPage: true });
    const two = await mentees(2, one.page.cursors[1]);
    expect(numbers(two.page.nodes)).toEqual(['C', 'D']);
    expect(two.page).toMatchObject({ totalCount: 4, hasNextPage: false });
    const past = await mentees(2, two.page.cursors[1]);
    expect(past.page).toEqual({ nodes: [], totalCount: 4, hasNextPage: false, cursors: [] });
    expect(past.classrooms).toEqual([]);
    expect((await mentees(100)).page).toMatchObject({ totalCount: 4, hasNextPage: false });
  });

  it('counts only the filtered mentees, on every page and past the end', async () => {
    const one = await mentees(1, null, 'LEFT_BEHIND');
    expect(numbers(one.page.nodes)).toEqual(['B']);
    expect(one.page).toMatchObject({ totalCount: 2, hasNextPage: true });
    const two = await mentees(1, one.page.cursors[0], 'LEFT_BEHIND');
    expect(numbers(two.page.nodes)).toEqual(['C']);
    expect(two.page).toMatchObject({ totalCount: 2, hasNextPage: false });
    const past = await mentees(1, two.page.cursors[0], 'LEFT_BEHIND');
    expect(past.page).toMatchObject({ nodes: [], totalCount: 2, hasNextPage: false });
    expect((await mentees(5, null, 'PSYCHOLOGICAL')).page).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it("another mentor sees only their own: the colleague's C, never the mentor's A, B or D", async () => {
    const theirs = await mentees(10, null, null, f.colleague);
    expect(numbers(theirs.page.nodes)).toEqual(['C']);
    expect(theirs.page.totalCount).toBe(1);
    expect((await mentees(10, null, 'LEFT_BEHIND', f.colleague)).page.totalCount).toBe(1);
    expect((await mentees(10, null, null, f.headTeacher)).page).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it('reads the same students and classrooms the loaders would, so priming them changes no answer', async () => {
    const { page, classrooms } = await mentees(10);
    const loaders = createRosterLoaders(ds, principalOf(f, f.mentor, Role.MENTOR));
    expect(page.nodes).toEqual(await loaders.studentById.loadMany(page.nodes.map((s) => s.id)));
    expect(classrooms.map((c) => c.id).sort()).toEqual([f.room, f.otherRoom].sort());
    expect(classrooms).toEqual(await loaders.classroomById.loadMany(classrooms.map((c) => c.id)));
  });

  it('refuses a cursor that is not from this list, on `after`', async () => {
    await expect(mentees(2, 'not-a-cursor')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
