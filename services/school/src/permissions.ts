import { buildPermissions, hasRole, isAuthenticated, Role, SCHOOL_STAFF_ROLES } from '@mentorship/auth';

/** Staff of the school: directory facts about students. */
const schoolStaff = hasRole(...SCHOOL_STAFF_ROLES);
/** Staff, or the district: aggregates and the teacher directory, never student rows. */
const staffOrDistrict = hasRole(...SCHOOL_STAFF_ROLES, Role.DISTRICT_ADMIN);

/**
 * The school subgraph's permission matrix. Anything not named here is denied. Row scope
 * (which school) is enforced in SQL by the loaders and services; these rules decide which
 * roles may ask at all. Entity types carry their own rules because `_entities` skips Query.
 */
export const permissions = buildPermissions({
  Query: {
    student: schoolStaff,
    teacher: staffOrDistrict,
    classroom: staffOrDistrict,
  },
  School: {
    id: isAuthenticated,
    grades: staffOrDistrict,
    classrooms: staffOrDistrict,
    teachers: staffOrDistrict,
    stats: staffOrDistrict,
    students: schoolStaff,
  },
  SchoolStats: staffOrDistrict,
  Grade: staffOrDistrict,
  Classroom: { '*': staffOrDistrict, students: schoolStaff },
  Teacher: { '*': staffOrDistrict, mentees: schoolStaff },
  TeachingAssignment: staffOrDistrict,
  TeacherConnection: staffOrDistrict,
  TeacherEdge: staffOrDistrict,
  Student: schoolStaff,
  StudentConnection: schoolStaff,
  StudentEdge: schoolStaff,
  Mentorship: schoolStaff,
  PageInfo: isAuthenticated,
});
