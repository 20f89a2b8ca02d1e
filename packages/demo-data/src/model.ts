import type { Gender } from './names';

export type Stage = 'PRIMARY' | 'JUNIOR_SECONDARY' | 'SENIOR_SECONDARY' | 'VOCATIONAL';
export type MentorRole = 'LEAD' | 'SUPPORTING';

export interface DemoAcademicYear {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  terms: { id: string; number: 1 | 2; startsOn: string; endsOn: string }[];
}

/** What the district service holds: no student-level data. */
export interface DemoDistrict {
  seed: string;
  district: { id: string; name: string; code: string };
  policy: { mentorStudentCap: number; smallGroupThreshold: number };
  academicYears: DemoAcademicYear[];
  currentYear: DemoAcademicYear;
  schools: DemoSchoolSummary[];
}

export interface DemoSchoolSummary {
  id: string;
  index: number;
  code: string;
  name: string;
  stage: Stage;
  /** Students this school gets; the roster generator honours it. */
  studentCount: number;
}

/** What the school service holds for one school. */
export interface DemoSchoolRoster {
  schoolId: string;
  districtId: string;
  grades: { id: string; level: number; name: string }[];
  classrooms: { id: string; gradeId: string; name: string; headTeacherId: string }[];
  teachers: {
    id: string;
    staffNumber: string;
    name: string;
    gender: Gender;
    phone: string;
    mentorStatus: 'NOT_SUITABLE' | 'TRAINEE' | 'CERTIFIED';
  }[];
  students: { id: string; classroomId: string; studentNumber: string; name: string; gender: Gender }[];
  teachingAssignments: { id: string; teacherId: string; classroomId: string; subject: string }[];
  mentorships: {
    id: string;
    studentId: string;
    mentorId: string;
    role: MentorRole;
    academicYear: string;
    startedOn: string;
    endedOn: string | null;
    endReason: string | null;
  }[];
}

export interface DemoScale {
  schools: number;
  students: number;
  seed: string;
  /** Also seed a term's worth of mentors' work (records, attention categories, alerts) up to today. */
  activity: boolean;
}

export const DEFAULT_SCALE: DemoScale = { schools: 12, students: 10_000, seed: 'binjiang-2026', activity: true };

/** DEMO_SCHOOLS / DEMO_STUDENTS / DEMO_SEED / DEMO_ACTIVITY, as the seed commands and services read them. */
export function demoScaleFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<DemoScale> {
  const scale: Partial<DemoScale> = {};
  if (env.DEMO_SCHOOLS) scale.schools = Number(env.DEMO_SCHOOLS);
  if (env.DEMO_STUDENTS) scale.students = Number(env.DEMO_STUDENTS);
  if (env.DEMO_SEED) scale.seed = env.DEMO_SEED;
  if (env.DEMO_ACTIVITY) scale.activity = env.DEMO_ACTIVITY !== 'false';
  for (const [key, value] of Object.entries(scale)) {
    if (typeof value === 'number' && (!Number.isInteger(value) || value < 1))
      throw new Error(`DEMO_${key.toUpperCase()} must be a positive whole number.`);
  }
  return scale;
}
