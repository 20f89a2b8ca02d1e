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
  teachers: { id: string; staffNumber: string; name: string; gender: Gender; phone: string }[];
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
}

export const DEFAULT_SCALE: DemoScale = { schools: 12, students: 10_000, seed: 'binjiang-2026' };
