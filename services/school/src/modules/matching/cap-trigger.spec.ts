import { randomUUID } from 'node:crypto';

import { createTestDatabase } from '@mentorship/testing';
import { Client } from 'pg';

import { createSchoolDataSource } from '../../data-source';

/**
 * The mentor cap holds in the database itself: two admins (two connections) giving the same
 * mentor their last free place at the same moment cannot both succeed.
 */
describe('mentor cap trigger under concurrent writers', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const school = randomUUID();
  const mentor = randomUUID();
  const students = Array.from({ length: 17 }, () => randomUUID());

  beforeAll(async () => {
    db = await createTestDatabase('cap');
    const ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    const grade = randomUUID();
    const room = randomUUID();
    await ds.query('INSERT INTO school (id, district_id, mentor_student_cap) VALUES ($1, $2, 15)', [
      school,
      randomUUID(),
    ]);
    await ds.query(
      `INSERT INTO teacher (id, school_id, staff_number, name, gender, mentor_status) ` +
        `VALUES ($1, $2, 'T1', '王老师', 'FEMALE', 'CERTIFIED')`,
      [mentor, school],
    );
    await ds.query(`INSERT INTO grade (id, school_id, level, name) VALUES ($1, $2, 7, '初一')`, [grade, school]);
    await ds.query(`INSERT INTO classroom (id, school_id, grade_id, name) VALUES ($1, $2, $3, '初一(1)班')`, [
      room,
      school,
      grade,
    ]);
    for (const [i, s] of students.entries()) {
      await ds.query(
        `INSERT INTO student (id, school_id, classroom_id, student_number, name, gender) ` +
          `VALUES ($1, $2, $3, $4, '学生', 'MALE')`,
        [s, school, room, `S${i}`],
      );
    }
    // 14 mentees: one place left under the cap of 15.
    await ds.query(
      `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on)
       SELECT gen_random_uuid(), $1, s, $2, 'LEAD', '2026-2027', '2026-09-01' FROM unnest($3::uuid[]) s`,
      [school, mentor, students.slice(0, 14)],
    );
    await ds.destroy();
  });
  afterAll(() => db?.drop());

  const insert = (client: Client, student: string) =>
    client.query(
      `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on) ` +
        `VALUES (gen_random_uuid(), $1, $2, $3, 'LEAD', '2026-2027', '2026-09-01')`,
      [school, student, mentor],
    );

  it('lets exactly one of two concurrent transactions take the last place', async () => {
    const a = new Client({ connectionString: db.url });
    const b = new Client({ connectionString: db.url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query('BEGIN');
      await b.query('BEGIN');
      await insert(a, students[14]); // A holds the mentor's lock now
      const bInsert = insert(b, students[15]).then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      ); // B waits for A
      await new Promise((r) => setTimeout(r, 200));
      await a.query('COMMIT');
      expect(await bInsert).toBe('MC001');
      await b.query('ROLLBACK');
      const { rows } = await a.query(
        'SELECT count(*)::int n FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL',
        [mentor],
      );
      expect(rows[0].n).toBe(15);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it('refuses a single insert above the cap, and allows it again once a mentorship ends', async () => {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      await expect(insert(c, students[16])).rejects.toMatchObject({ code: 'MC001' });
      await c.query(
        `UPDATE mentorship SET ended_on = '2027-01-10', end_reason = 'STUDENT_TRANSFERRED' WHERE student_id = $1`,
        [students[0]],
      );
      await expect(insert(c, students[16])).resolves.toBeDefined();
    } finally {
      await c.end();
    }
  });
});
