/** Who a caller is in the mentorship system; one role per token. */
export enum Role {
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  SCHOOL_ADMIN = 'SCHOOL_ADMIN',
  GRADE_LEAD = 'GRADE_LEAD',
  HEAD_TEACHER = 'HEAD_TEACHER',
  MENTOR = 'MENTOR',
  CRISIS_TEAM = 'CRISIS_TEAM',
  STUDENT = 'STUDENT',
  GUARDIAN = 'GUARDIAN',
  /** Another service of the platform (e.g. the school service delivering aggregate snapshots); never a person. */
  SERVICE = 'SERVICE',
}

export const ALL_ROLES = Object.values(Role);

/** Roles held by school staff (every one a teacher, so a possible mentor): they act inside one school. */
export const SCHOOL_STAFF_ROLES = [
  Role.SCHOOL_ADMIN,
  Role.GRADE_LEAD,
  Role.HEAD_TEACHER,
  Role.MENTOR,
  Role.CRISIS_TEAM,
];

/**
 * The named role groups: rules, services and checks use these names instead of spelling lists out.
 * Order inside a group does not matter (shield rule names sort them).
 */
export const RoleGroup = {
  /** School staff; every one is a teacher and may mentor. */
  schoolStaff: SCHOOL_STAFF_ROLES,
  /** Staff, or the district: aggregates and the teacher directory, never student rows. */
  staffOrDistrict: [...SCHOOL_STAFF_ROLES, Role.DISTRICT_ADMIN],
  /** Staff and students. */
  inSchool: [...SCHOOL_STAFF_ROLES, Role.STUDENT],
  /** Anyone of one school: staff, students, guardians. */
  schoolPeople: [...SCHOOL_STAFF_ROLES, Role.STUDENT, Role.GUARDIAN],
  /** A student and their guardian. */
  studentFamily: [Role.STUDENT, Role.GUARDIAN],
  /** Who states matching preferences (the service checks for whom). */
  preferenceChoosers: [Role.STUDENT, Role.HEAD_TEACHER],
  /** Who responds to every crisis alert of the school. */
  crisisResponders: [Role.SCHOOL_ADMIN, Role.CRISIS_TEAM],
  /** Who reads a grade's or class's figures. */
  groupLeaders: [Role.SCHOOL_ADMIN, Role.GRADE_LEAD, Role.HEAD_TEACHER],
} as const satisfies Record<string, readonly Role[]>;

const staff = new Set<Role>(SCHOOL_STAFF_ROLES);
/** Is the caller school staff (a teacher)? */
export const isSchoolStaff = (principal: Pick<Principal, 'role'>): boolean => staff.has(principal.role);

/** The verified caller, as every service sees it. */
export interface Principal {
  /** Id of the person: a teacher, student or guardian id; for district admins an account id. */
  personId: string;
  role: Role;
  districtId: string;
  /** Set for every role but DISTRICT_ADMIN. */
  schoolId?: string;
  /** GRADE_LEAD: the grade they lead. */
  gradeId?: string;
  /** HEAD_TEACHER: the classroom they head. */
  classroomId?: string;
  /** GUARDIAN: the child they are guardian of. */
  studentId?: string;
  /** Teachers: their staff number (工号); the district knows teachers only by school and staff number. */
  staffNumber?: string;
  name?: string;
}

export function isDistrictRole(principal: Principal): boolean {
  return principal.role === Role.DISTRICT_ADMIN;
}
