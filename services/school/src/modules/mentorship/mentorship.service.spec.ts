import { randomUUID } from 'node:crypto';

import { type Principal, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

import { createSchoolDataSource } from '../../data-source';
import { callerFor } from '../../testing/school-fixture';
import { CertificationService } from '../certification/certification.service';
import { MentorStatus } from '../roster/teacher.entity';
import { MentorshipService } from './mentorship.service';

/** Mid-year changes on a hand-built school (cap 2): handover, the cap, transfers, and a suspension that hands over. */
describe('MentorshipService', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  const school = randomUUID();
  const room = randomUUID();
  const [leaving, successor, full, admin] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
  const principal: Principal = { personId: admin, role: Role.SCHOOL_ADMIN, districtId: randomUUID(), schoolId: school };
  const clock = () => new Date('2027-03-15T08:00:00Z');
  const service = () => new MentorshipService(ds, callerFor(ds, principal, clock), clock);
  const active = async (mentor: string) =>
    (
      await ds.query(
        'SELECT student_id FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL ORDER BY student_id',
        [mentor],
      )
    ).map((r: { student_id: string }) => r.student_id);

  beforeAll(async () => {
    db = await createTestDatabase('mentorship');
    ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    await ds.query('INSERT INTO school (id, district_id, mentor_student_cap) VALUES ($1, $2, 2)', [
      school,
      principal.districtId,
    ]);
    for (const [id, no] of [
      [leaving, 'T1'],
      [successor, 'T2'],
      [full, 'T3'],
      [admin, 'T4'],
    ]) {
      await ds.query(
        `INSERT INTO teacher (id, school_id, staff_number, name, gender, mentor_status) ` +
          `VALUES ($1, $2, $3, '老师', 'MALE', 'CERTIFIED')`,
        [id, school, no],
      );
    }
    const grade = randomUUID();
    await ds.query(`INSERT INTO grade (id, school_id, level, name) VALUES ($1, $2, 7, '初一')`, [grade, school]);
    await ds.query(`INSERT INTO classroom (id, school_id, grade_id, name) VALUES ($1, $2, $3, '初一(1)班')`, [
      room,
      school,
      grade,
    ]);
    for (const [id, no] of [
      [a, 'A'],
      [b, 'B'],
      [c, 'C'],
    ])
      await ds.query(
        `INSERT INTO student (id, school_id, classroom_id, student_number, name, gender) ` +
          `VALUES ($1, $2, $3, $4, '学生', 'MALE')`,
        [id, school, room, no],
      );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query('DELETE FROM mentorship');
    await ds.query(`UPDATE teacher SET mentor_status = 'CERTIFIED', left_on = NULL`);
    await ds.query(`UPDATE student SET left_on = NULL`);
    // The leaving mentor leads A and B; the full mentor already leads C and has one place left.
    await ds.query(
      `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on) VALUES
         (gen_random_uuid(), $1, $2, $4, 'LEAD', '2026-2027', '2026-09-01'), (gen_random_uuid(), $1, $3, $4, 'LEAD',
           '2026-2027', '2026-09-01'),
         (gen_random_uuid(), $1, $5, $6, 'LEAD', '2026-2027', '2026-09-01')`,
      [school, a, b, leaving, c, full],
    );
  });

  it('hands every mentee to the successor on the service clock’s day, keeping the history', async () => {
    await expect(service().handOver(leaving, successor, '调岗', true)).resolves.toBe(2);
    expect(await active(successor)).toEqual([a, b].sort());
    expect(await active(leaving)).toEqual([]);
    const ended = await ds.query(
      `SELECT to_char(ended_on, 'YYYY-MM-DD') AS day, end_reason FROM mentorship WHERE mentor_id = $1`,
      [leaving],
    );
    expect(ended).toEqual([
      { day: '2027-03-15', end_reason: 'MENTOR_LEFT' },
      { day: '2027-03-15', end_reason: 'MENTOR_LEFT' },
    ]);
    const [{ left_on }] = await ds.query(
      `SELECT to_char(left_on, 'YYYY-MM-DD') AS left_on FROM teacher WHERE id = $1`,
      [leaving],
    );
    expect(left_on).toBe('2027-03-15');
  });

  it('refuses a successor without room (the cap) and changes nothing', async () => {
    await expect(service().handOver(leaving, full, '调岗', false)).rejects.toMatchObject({
      code: 'CAP_EXCEEDED',
      field: 'toTeacherId',
    });
    expect(await active(leaving)).toEqual([a, b].sort());
    expect(await active(full)).toEqual([c]);
  });

  it('one unit of work over two services: the second one failing rolls back what the first did', async () => {
    const certification = new CertificationService(ds, callerFor(ds, principal, clock), clock);
    const composed = inTransaction(ds, async () => {
      // The first service (which itself calls this one) suspends the leaving teacher and hands A and B over.
      await expect(certification.takeOut(leaving, MentorStatus.SUSPENDED, '未履职', successor)).resolves.toMatchObject({
        handedOver: 2,
      });
      // The second sees those uncommitted mentees (it joined the transaction) and finds no room for them.
      await service().handOver(successor, full, '调岗', false);
    });
    await expect(composed).rejects.toMatchObject({ code: 'CAP_EXCEEDED' });
    const [{ mentor_status }] = await ds.query('SELECT mentor_status FROM teacher WHERE id = $1', [leaving]);
    expect(mentor_status).toBe('CERTIFIED');
    expect(await ds.query('SELECT 1 FROM mentor_status_change WHERE teacher_id = $1', [leaving])).toEqual([]);
    expect(await active(leaving)).toEqual([a, b].sort());
    expect(await active(successor)).toEqual([]);
    expect(await active(full)).toEqual([c]);
  });

  it('a suspension whose handover fails rolls back whole: the status change joins the same transaction', async () => {
    const certification = new CertificationService(ds, callerFor(ds, principal, clock), clock);
    await expect(certification.takeOut(leaving, MentorStatus.SUSPENDED, '未履职', full)).rejects.toMatchObject({
      code: 'CAP_EXCEEDED',
    });
    const [{ mentor_status }] = await ds.query('SELECT mentor_status FROM teacher WHERE id = $1', [leaving]);
    expect(mentor_status).toBe('CERTIFIED');
    expect(await ds.query('SELECT 1 FROM mentor_status_change WHERE teacher_id = $1', [leaving])).toEqual([]);
    await expect(certification.takeOut(leaving, MentorStatus.SUSPENDED, '未履职', successor)).resolves.toMatchObject({
      handedOver: 2,
    });
    expect(await active(successor)).toEqual([a, b].sort());
  });

  it('a transfer out ends enrolment and mentorships; a second one is refused', async () => {
    await expect(service().transferOut(a, '2027-03-01')).resolves.toBe(1);
    expect(await active(leaving)).toEqual([b]);
    await expect(service().transferOut(a, '2027-03-02')).rejects.toMatchObject({ code: 'ALREADY_LEFT' });
    await expect(service().transferOut(b, '1 March')).rejects.toMatchObject({ code: 'INVALID_DATE', field: 'leftOn' });
  });
});
