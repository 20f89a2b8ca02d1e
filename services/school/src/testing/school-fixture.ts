import { randomUUID } from 'node:crypto';

import { type Principal, Role } from '@mentorship/auth';
import type { ServiceClient } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { callerOf } from '../context';

/**
 * A hand-built school for unit specs (spec-only code, outside the build): two classes, a mentor of A and B,
 * a colleague who mentors C in the other class, a head teacher of class 1, a crisis-team member and an admin.
 */
export interface SchoolFixture {
  districtId: string;
  schoolId: string;
  /** Class 1 (A, B) and class 2 (C). */
  room: string;
  otherRoom: string;
  mentor: string;
  colleague: string;
  headTeacher: string;
  crisisTeam: string;
  admin: string;
  /** A and B: the mentor's mentees in class 1; C: the colleague's mentee in class 2. */
  a: string;
  b: string;
  c: string;
}

export async function seedSchool(ds: DataSource): Promise<SchoolFixture> {
  const f: SchoolFixture = {
    districtId: randomUUID(),
    schoolId: randomUUID(),
    room: randomUUID(),
    otherRoom: randomUUID(),
    mentor: randomUUID(),
    colleague: randomUUID(),
    headTeacher: randomUUID(),
    crisisTeam: randomUUID(),
    admin: randomUUID(),
    a: randomUUID(),
    b: randomUUID(),
    c: randomUUID(),
  };
  await ds.query('INSERT INTO school (id, district_id) VALUES ($1, $2)', [f.schoolId, f.districtId]);
  const teachers = [f.mentor, f.colleague, f.headTeacher, f.crisisTeam, f.admin];
  for (const [i, id] of teachers.entries())
    await ds.query(
      `INSERT INTO teacher (id, school_id, staff_number, name, gender, mentor_status) ` +
        `VALUES ($1, $2, $3, $4, 'FEMALE', 'CERTIFIED')`,
      [id, f.schoolId, `T${i}`, `老师${i}`],
    );
  const grade = randomUUID();
  await ds.query(`INSERT INTO grade (id, school_id, level, name) VALUES ($1, $2, 7, '初一')`, [grade, f.schoolId]);
  for (const [id, name, head] of [
    [f.room, '初一(1)班', f.headTeacher],
    [f.otherRoom, '初一(2)班', null],
  ])
    await ds.query(
      'INSERT INTO classroom (id, school_id, grade_id, name, head_teacher_id) VALUES ($1, $2, $3, $4, $5)',
      [id, f.schoolId, grade, name, head],
    );
  for (const [id, no, room, mentor] of [
    [f.a, 'A', f.room, f.mentor],
    [f.b, 'B', f.room, f.mentor],
    [f.c, 'C', f.otherRoom, f.colleague],
  ]) {
    await ds.query(
      `INSERT INTO student (id, school_id, classroom_id, student_number, name, gender) ` +
        `VALUES ($1, $2, $3, $4, $5, 'MALE')`,
      [id, f.schoolId, room, no, `学生${no}`],
    );
    await ds.query(
      `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on)
       VALUES (gen_random_uuid(), $1, $2, $3, 'LEAD', '2026-2027', '2026-09-01')`,
      [f.schoolId, id, mentor],
    );
  }
  return f;
}

/** The principal of a person of the fixture's school. */
export function principalOf(f: SchoolFixture, personId: string, role: Role, extra: Partial<Principal> = {}): Principal {
  return { personId, role, districtId: f.districtId, schoolId: f.schoolId, ...extra };
}

/** A movable service clock, as the context passes it. */
export function movableClock(start: string): { now: () => Date; set(at: string): void; advance(ms: number): void } {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    set: (s) => (at = new Date(s).getTime()),
    advance: (ms) => (at += ms),
  };
}

/** A request's caller (its own audit trail; the district client if given), as the context builds it. */
export const callerFor = (
  ds: DataSource,
  principal: Principal,
  now: () => Date,
  district: ServiceClient | null = null,
) => callerOf(ds, principal, now, { requestId: `spec-${randomUUID()}`, district });

/** Audit rows written about a student, oldest first. */
export const auditRows = (ds: DataSource, studentId: string) =>
  ds.query(`SELECT action, fields, sealed FROM access_log WHERE student_id = $1 AND action <> 'READ' ORDER BY id`, [
    studentId,
  ]);
