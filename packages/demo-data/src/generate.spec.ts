import { generateDistrict, generateSchoolRoster } from './generate';
import { demoLogins } from './logins';

describe('demo district generator', () => {
  const district = generateDistrict();
  const rosters = district.schools.map((s) => generateSchoolRoster(district, s));

  it('is deterministic for a seed, and different for another seed', () => {
    expect(generateSchoolRoster(generateDistrict(), generateDistrict().schools[3])).toEqual(rosters[3]);
    const other = generateDistrict({ seed: 'another' });
    expect(
      generateSchoolRoster(other, other.schools[0])
        .students.slice(0, 20)
        .map((s) => s.name),
    ).not.toEqual(rosters[0].students.slice(0, 20).map((s) => s.name));
  });

  it('has 12 schools of every stage and about 10,000 students by default', () => {
    expect(district.schools).toHaveLength(12);
    expect(new Set(district.schools.map((s) => s.stage))).toEqual(
      new Set(['PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL']),
    );
    const total = rosters.reduce((n, r) => n + r.students.length, 0);
    expect(Math.abs(total - 10_000)).toBeLessThanOrEqual(100);
  });

  it.each([0, 5, 11])('school %i: realistic classes, unique numbers, capped mentors, most but not all covered', (i) => {
    const r = rosters[i];
    const teacherIds = new Set(r.teachers.map((t) => t.id));
    expect(new Set(r.students.map((s) => s.studentNumber)).size).toBe(r.students.length);
    expect(new Set(r.teachers.map((t) => t.staffNumber)).size).toBe(r.teachers.length);
    for (const c of r.classrooms) {
      const size = r.students.filter((s) => s.classroomId === c.id).length;
      expect(size).toBeGreaterThanOrEqual(20);
      expect(size).toBeLessThanOrEqual(60);
      expect(teacherIds.has(c.headTeacherId)).toBe(true);
    }
    const active = r.mentorships.filter((m) => m.endedOn === null);
    const load = new Map<string, number>();
    for (const m of active) load.set(m.mentorId, (load.get(m.mentorId) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(15);
    const leads = active.filter((m) => m.role === 'LEAD');
    expect(new Set(leads.map((m) => m.studentId)).size).toBe(leads.length);
    const coverage = leads.length / r.students.length;
    expect(coverage).toBeGreaterThan(0.85);
    expect(coverage).toBeLessThan(0.99);
    const studentIds = new Set(r.students.map((s) => s.id));
    for (const m of r.mentorships) expect(teacherIds.has(m.mentorId) && studentIds.has(m.studentId)).toBe(true);
    // Teachers teach several classes, in their subject.
    const perTeacher = new Map<string, number>();
    for (const a of r.teachingAssignments) perTeacher.set(a.teacherId, (perTeacher.get(a.teacherId) ?? 0) + 1);
    expect(Math.max(...perTeacher.values())).toBeGreaterThanOrEqual(2);
  });

  it('gives every row a district-wide unique id', () => {
    const ids = rosters.flatMap((r) =>
      [...r.grades, ...r.classrooms, ...r.teachers, ...r.students, ...r.teachingAssignments, ...r.mentorships].map(
        (x) => x.id,
      ),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offers the demo logins, with the student a LEAD mentee of mentor-1', () => {
    const logins = demoLogins(district);
    expect(logins.map((l) => l.login)).toEqual([
      'district-admin',
      'school-admin',
      'grade-lead',
      'head-teacher',
      'mentor-1',
      'mentor-2',
      'mentor-3',
      'crisis-team',
      'student',
      'guardian',
      'school-admin-2',
    ]);
    const byLogin = Object.fromEntries(logins.map((l) => [l.login, l]));
    expect(
      rosters[0].mentorships.some(
        (m) =>
          m.endedOn === null &&
          m.role === 'LEAD' &&
          m.studentId === byLogin.student.studentId &&
          m.mentorId === byLogin['mentor-1'].personId,
      ),
    ).toBe(true);
    expect(
      new Set(
        logins
          .filter((l) => l.schoolId === district.schools[0].id && l.role !== 'STUDENT' && l.role !== 'GUARDIAN')
          .map((l) => l.personId),
      ).size,
    ).toBe(7); // seven staff logins, seven different people
  });

  it('scales to 300 schools and refuses an impossible scale', () => {
    const big = generateDistrict({ schools: 300, students: 300_000 });
    expect(big.schools).toHaveLength(300);
    expect(big.schools.reduce((n, s) => n + s.studentCount, 0)).toBeGreaterThan(295_000);
    expect(generateSchoolRoster(big, big.schools[299]).students.length).toBe(big.schools[299].studentCount);
    expect(() => generateDistrict({ schools: 0 })).toThrow();
  });
});
