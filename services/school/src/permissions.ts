import { buildPermissions, hasRole, isAuthenticated, Role, SCHOOL_STAFF_ROLES } from '@mentorship/auth';

/** Staff of the school: directory facts about students. */
const schoolStaff = hasRole(...SCHOOL_STAFF_ROLES);
/** Staff, or the district: aggregates and the teacher directory, never student rows. */
const staffOrDistrict = hasRole(...SCHOOL_STAFF_ROLES, Role.DISTRICT_ADMIN);
const schoolAdmin = hasRole(Role.SCHOOL_ADMIN);
/** Students and head teachers state preferences; the service checks whose. */
const choosers = hasRole(Role.STUDENT, Role.HEAD_TEACHER);
const choosersOrAdmin = hasRole(Role.STUDENT, Role.HEAD_TEACHER, Role.SCHOOL_ADMIN);
/** Any teacher acting as a mentor for themself. */
const teacher = hasRole(Role.SCHOOL_ADMIN, Role.GRADE_LEAD, Role.HEAD_TEACHER, Role.MENTOR, Role.CRISIS_TEAM);
const inSchool = hasRole(...SCHOOL_STAFF_ROLES, Role.STUDENT);

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
    matchingRounds: inSchool,
    matchingRound: inSchool,
    eligibleMentors: choosersOrAdmin,
    preferences: choosersOrAdmin,
    rankedMe: teacher,
  },
  Mutation: {
    openMatchingRound: schoolAdmin,
    runMatching: schoolAdmin,
    adjustMatch: schoolAdmin,
    publishMatchingRound: schoolAdmin,
    formMentorTeam: schoolAdmin,
    handOverMentees: schoolAdmin,
    transferStudentOut: schoolAdmin,
    submitPreferences: choosers,
    setMentorCapacity: teacher,
    decideOnStudent: teacher,
  },
  // Students see when and how to choose; results, loads and the lottery seed are for staff.
  MatchingRound: {
    '*': schoolStaff,
    id: inSchool,
    academicYear: inSchool,
    opensAt: inSchool,
    closesAt: inSchool,
    maxChoices: inSchool,
    eligibility: inSchool,
    status: inSchool,
    seed: schoolAdmin,
    export: schoolAdmin,
  },
  ExportFile: schoolAdmin,
  RoundMentorView: schoolStaff,
  MatchingReport: schoolStaff,
  PhaseCounts: schoolStaff,
  LoadSummary: schoolStaff,
  MatchingOutcome: schoolStaff,
  MatchingOutcomeConnection: schoolStaff,
  MatchingOutcomeEdge: schoolStaff,
  MatchingAdjustment: schoolStaff,
  RankedBy: teacher,
  RankedMentor: choosersOrAdmin,
  MatchingRoundPayload: schoolStaff,
  PreferencesPayload: choosers,
  AdjustMatchPayload: schoolAdmin,
  MentorshipsPayload: schoolAdmin,
  MentorCapacityPayload: teacher,
  DecisionPayload: teacher,
  UserError: isAuthenticated,
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
  Teacher: { '*': staffOrDistrict, mentees: schoolStaff, id: hasRole(...SCHOOL_STAFF_ROLES, Role.DISTRICT_ADMIN, Role.STUDENT), name: hasRole(...SCHOOL_STAFF_ROLES, Role.DISTRICT_ADMIN, Role.STUDENT) },
  TeachingAssignment: staffOrDistrict,
  TeacherConnection: staffOrDistrict,
  TeacherEdge: staffOrDistrict,
  Student: schoolStaff,
  StudentConnection: schoolStaff,
  StudentEdge: schoolStaff,
  Mentorship: schoolStaff,
  PageInfo: isAuthenticated,
});
