import { generateSchoolRoster } from './generate';
import type { DemoDistrict, DemoSchoolRoster } from './model';
import { stableId } from './random';

export type DemoRole =
  'DISTRICT_ADMIN' | 'SCHOOL_ADMIN' | 'GRADE_LEAD' | 'HEAD_TEACHER' | 'MENTOR' | 'CRISIS_TEAM' | 'STUDENT' | 'GUARDIAN';

/** A seeded person one can sign in as with `pnpm token <login>`. */
export interface DemoLogin {
  login: string;
  description: string;
  role: DemoRole;
  personId: string;
  name: string;
  districtId: string;
  schoolId?: string;
  gradeId?: string;
  classroomId?: string;
  studentId?: string;
  staffNumber?: string;
}

/**
 * The demo logins, picked from the first two schools. Mentors are teachers with active
 * mentees; the student is a mentee of mentor-1, and the guardian is that student's parent.
 */
export function demoLogins(district: DemoDistrict, rosters?: Map<string, DemoSchoolRoster>): DemoLogin[] {
  const rosterOf = (index: number) =>
    rosters?.get(district.schools[index].id) ?? generateSchoolRoster(district, district.schools[index]);
  const districtId = district.district.id;
  const first = district.schools[0];
  const r = rosterOf(0);
  const active = r.mentorships.filter((m) => m.endedOn === null && m.role === 'LEAD');
  const mentors = [...new Set(active.map((m) => m.mentorId))];
  const teacher = (tid: string) => r.teachers.find((t) => t.id === tid)!;
  const inSchool = { districtId, schoolId: first.id };
  const room = r.classrooms[0];
  // Distinct people for distinct roles, so a test of one role never passes through another.
  const [admin, gradeLead, crisis] = r.teachers.filter(
    (t) => !mentors.slice(0, 3).includes(t.id) && t.id !== room.headTeacherId,
  );
  const mentee = active.find((m) => m.mentorId === mentors[0])!;
  const student = r.students.find((s) => s.id === mentee.studentId)!;
  const logins: DemoLogin[] = [
    {
      login: 'district-admin',
      description: `${district.district.name}教育局 district admin`,
      role: 'DISTRICT_ADMIN',
      personId: stableId(district.seed, 'district-admin'),
      name: '区教育局管理员',
      districtId,
    },
    {
      login: 'school-admin',
      description: `school admin of ${first.name}`,
      role: 'SCHOOL_ADMIN',
      personId: admin.id,
      name: admin.name,
      ...inSchool,
    },
    {
      login: 'grade-lead',
      description: `grade lead (年级组长) of ${r.grades[0].name}, ${first.name}`,
      role: 'GRADE_LEAD',
      personId: gradeLead.id,
      name: gradeLead.name,
      ...inSchool,
      gradeId: r.grades[0].id,
    },
    {
      login: 'head-teacher',
      description: `head teacher (班主任) of ${room.name}, ${first.name}`,
      role: 'HEAD_TEACHER',
      personId: room.headTeacherId,
      name: teacher(room.headTeacherId).name,
      ...inSchool,
      classroomId: room.id,
    },
    ...mentors.slice(0, 3).map((tid, i) => ({
      login: `mentor-${i + 1}`,
      description: `mentor (导师) at ${first.name}`,
      role: 'MENTOR' as const,
      personId: tid,
      name: teacher(tid).name,
      ...inSchool,
    })),
    {
      login: 'crisis-team',
      description: `crisis team (心理教师) of ${first.name}`,
      role: 'CRISIS_TEAM',
      personId: crisis.id,
      name: crisis.name,
      ...inSchool,
    },
    {
      login: 'student',
      description: `student of ${first.name}, mentee of mentor-1`,
      role: 'STUDENT',
      personId: student.id,
      name: student.name,
      ...inSchool,
      studentId: student.id,
    },
    {
      login: 'guardian',
      description: `guardian of the demo student`,
      role: 'GUARDIAN',
      personId: stableId(district.seed, 'guardian', student.id),
      name: `${student.name}的家长`,
      ...inSchool,
      studentId: student.id,
    },
  ];
  // Teachers' tokens carry their staff number (the district keys training by it).
  const staff = new Map(r.teachers.map((t) => [t.id, t.staffNumber]));
  for (const l of logins) if (staff.has(l.personId)) l.staffNumber = staff.get(l.personId);
  if (district.schools.length > 1) {
    const second = district.schools[1];
    const r2 = rosterOf(1);
    logins.push({
      login: 'school-admin-2',
      description: `school admin of ${second.name}`,
      role: 'SCHOOL_ADMIN',
      personId: r2.teachers[0].id,
      name: r2.teachers[0].name,
      districtId,
      schoolId: second.id,
      staffNumber: r2.teachers[0].staffNumber,
    });
  }
  return logins;
}
