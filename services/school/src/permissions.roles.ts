import { hasRole, Role, RoleGroup } from '@mentorship/auth';

// The roles the permission matrix (permissions.ts) is written in.

/** Staff of the school: directory facts about students. */
export const schoolStaff = hasRole(...RoleGroup.schoolStaff);
/** Staff, or the district: aggregates and the teacher directory, never student rows. */
export const staffOrDistrict = hasRole(...RoleGroup.staffOrDistrict);
export const schoolAdmin = hasRole(Role.SCHOOL_ADMIN);
export const schoolAdminOrDistrict = hasRole(Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN);
/** Students and head teachers state preferences; the service checks whose. */
export const choosers = hasRole(...RoleGroup.preferenceChoosers);
export const choosersOrAdmin = hasRole(...RoleGroup.preferenceChoosers, Role.SCHOOL_ADMIN);
/** Any teacher acting as a mentor for themself: the same group as schoolStaff. */
export const teacher = schoolStaff;
export const inSchool = hasRole(...RoleGroup.inSchool);
export const crisisTeam = hasRole(Role.CRISIS_TEAM);
export const headTeacher = hasRole(Role.HEAD_TEACHER);
export const studentOrGuardian = hasRole(...RoleGroup.studentFamily);
/** Anyone of the school: staff, students, guardians (notifications addressed to them). */
export const schoolPerson = hasRole(...RoleGroup.schoolPeople);
/** Who may know an alert exists (level, status, overdue): the school admin, the crisis team, the student's mentors. */
export const crisisResponders = hasRole(...RoleGroup.crisisResponders);
