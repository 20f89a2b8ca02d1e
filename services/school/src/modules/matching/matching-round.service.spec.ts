import { randomUUID } from 'node:crypto';

import { type Principal, Role } from '@mentorship/auth';
import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

import { createSchoolDataSource } from '../../data-source';
import { callerFor } from '../../testing/school-fixture';
import { MatchingRoundService } from './matching-round.service';

/** Service-level cases that are hard to set up through the demo district. */
describe('MatchingRoundService on a hand-built school', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  const school = randomUUID();
  const [g7, g8] = [randomUUID(), randomUUID()];
  const [room7, room8] = [randomUUID(), randomUUID()];
  const [mentor, other] = [randomUUID(), randomUUID()];
  const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
  const admin: Principal = { personId: other, role: Role.SCHOOL_ADMIN, districtId: randomUUID(), schoolId: school };

  beforeAll(async () => {
    db = await createTestDatabase('matching');
    ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    await ds.query('INSERT INTO school (id, district_id, mentor_student_cap) VALUES ($1, $2, 2)', [
      school,
      admin.districtId,
    ]);
    for (const [id, no] of [
      [mentor, 'T1'],
      [other, 'T2'],
    ])
      await ds.query(
        `INSERT INTO teacher (id, school_id, staff_number, name, gender, mentor_status) ` +
          `VALUES ($1, $2, $3, '老师', 'MALE', 'CERTIFIED')`,
        [id, school, no],
      );
    await ds.query(`INSERT INTO grade (id, school_id, level, name) VALUES ($1, $3, 7, '初一'), ($2, $3, 8, '初二')`, [
      g7,
      g8,
      school,
    ]);
    await ds.query(
      `INSERT INTO classroom (id, school_id, grade_id, name) VALUES ($1, $3, $4, '初一(1)班'), ($2, $3, $5, '初二(1)班')`,
      [room7, room8, school, g7, g8],
    );
    for (const [id, room, no] of [
      [a, room7, 'A'],
      [c, room7, 'C'],
      [b, room8, 'B'],
    ])
      await ds.query(
        `INSERT INTO student (id, school_id, classroom_id, student_number, name, gender) ` +
          `VALUES ($1, $2, $3, $4, '学生', 'MALE')`,
        [id, school, room, no],
      );
    await ds.query(
      `INSERT INTO teaching_assignment (id, school_id, teacher_id, classroom_id, subject) ` +
        `VALUES (gen_random_uuid(), $1, $2, $3, '数学'), (gen_random_uuid(), $1, $4, $3, '语文')`,
      [school, mentor, room7, other],
    );
    // The mentor is full (cap 2): a LEAD of B in grade 8, and a SUPPORTING role for A in grade 7.
    await ds.query(
      `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on) VALUES
         (gen_random_uuid(), $1, $2, $4, 'LEAD', '2026-2027', '2026-09-01'), (gen_random_uuid(), $1, $3, $4,
           'SUPPORTING', '2026-2027', '2026-09-01')`,
      [school, b, a, mentor],
    );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it(
    'counts mentorships that publishing keeps (other grades, supporting roles) against the cap, so ' +
      'publish succeeds',
    async () => {
      const now = () => new Date();
      const service = new MatchingRoundService(ds, callerFor(ds, admin, now), now);
      const round = await service.openRound({
        academicYear: '2026-2027',
        opensAt: new Date(Date.now() - 60_000),
        closesAt: new Date(Date.now() + 60_000),
        gradeIds: [g7],
      });
      await ds.query(
        `INSERT INTO mentor_preference (round_id, student_id, rank, teacher_id, school_id, submitted_by) ` +
          `VALUES ($1, $2, 1, $4, $5, $2), ($1, $3, 1, $4, $5, $3)`,
        [round.id, a, c, mentor, school],
      );
      await service.run(round.id);
      const outcomes = await ds.query('SELECT student_id, teacher_id FROM matching_outcome WHERE round_id = $1', [
        round.id,
      ]);
      expect(outcomes.filter((o: { teacher_id: string }) => o.teacher_id === mentor)).toEqual([]);
      await expect(service.publish(round.id)).resolves.toMatchObject({ status: 'PUBLISHED' });
      const [{ n }] = await ds.query(
        'SELECT count(*)::int n FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL',
        [mentor],
      );
      expect(n).toBe(2);
    },
  );
});
