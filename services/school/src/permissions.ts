import { buildPermissions, hasRole, isAuthenticated, Role, RoleGroup } from '@mentorship/auth';
import { or } from 'graphql-shield';
import { selfOrSchoolAdmin } from './modules/growth';
import { consultationRecorder, crisisDetailReader, leaderOfClassroom, leaderOfGrade, mentorOfRecord, mentorOfStudent, mentorOfSubject, taskReader } from './modules/privacy';

/** Staff of the school: directory facts about students. */
const schoolStaff = hasRole(...RoleGroup.schoolStaff);
/** Staff, or the district: aggregates and the teacher directory, never student rows. */
const staffOrDistrict = hasRole(...RoleGroup.staffOrDistrict);
const schoolAdmin = hasRole(Role.SCHOOL_ADMIN);
const schoolAdminOrDistrict = hasRole(Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN);
/** Students and head teachers state preferences; the service checks whose. */
const choosers = hasRole(...RoleGroup.preferenceChoosers);
const choosersOrAdmin = hasRole(...RoleGroup.preferenceChoosers, Role.SCHOOL_ADMIN);
/** Any teacher acting as a mentor for themself: the same group as schoolStaff. */
const teacher = schoolStaff;
const inSchool = hasRole(...RoleGroup.inSchool);
const crisisTeam = hasRole(Role.CRISIS_TEAM);
const headTeacher = hasRole(Role.HEAD_TEACHER);
const studentOrGuardian = hasRole(...RoleGroup.studentFamily);
/** Anyone of the school: staff, students, guardians (notifications addressed to them). */
const schoolPerson = hasRole(...RoleGroup.schoolPeople);
/** Who may know an alert exists (level, status, overdue): the school admin, the crisis team, the student's mentors. */
const crisisResponders = hasRole(...RoleGroup.crisisResponders);
const alertExistence = or(crisisResponders, crisisDetailReader);

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
    me: teacher,
    myFeedback: studentOrGuardian,
    dutyRules: schoolStaff,
    crisisAlerts: crisisResponders,
    caseConsultations: headTeacher,
    accessLogSummary: schoolAdmin,
    myDataAccess: studentOrGuardian,
    evaluationCycles: schoolAdmin,
    openSurveys: studentOrGuardian,
    schoolSettings: schoolStaff,
    rosterTemplate: schoolAdmin,
    rosterExport: schoolAdmin,
    notificationChannels: schoolAdmin,
    notificationSettings: schoolAdmin,
    // Each reads only what is addressed to the caller (SQL in NotificationInboxService).
    notifications: schoolPerson,
    myNotificationPreferences: schoolPerson,
    termCloseChecklist: schoolAdmin,
    termClose: schoolAdmin,
    recognitions: schoolStaff,
    // The service lets the school admin, or the certificate's holder.
    recognitionCertificate: teacher,
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
    // Mentor writes: the service checks the caller mentors every student named, in the transaction.
    editGrowthArchive: teacher,
    setAttentionCategories: teacher,
    createMentorRecord: teacher,
    publishWrittenFeedback: teacher,
    raiseCrisisAlert: teacher,
    advanceCrisisAlert: crisisTeam,
    setDutyRules: schoolAdmin,
    recordCaseConsultation: headTeacher,
    completeConsultationTask: teacher,
    openEvaluationCycle: schoolAdmin,
    enterEvaluationScore: teacher,
    publishEvaluationCycle: schoolAdmin,
    openSurvey: schoolAdmin,
    requestSurveyBallot: studentOrGuardian,
    // The service takes the answer on its ballot alone and never reads who sent it.
    submitSurveyResponse: studentOrGuardian,
    updateSchoolSettings: schoolAdmin,
    previewRosterImport: schoolAdmin,
    confirmRosterImport: schoolAdmin,
    startMentorTrial: schoolAdmin,
    certifyMentor: schoolAdmin,
    markNotSuitable: schoolAdmin,
    suspendMentor: schoolAdmin,
    openAccessReview: schoolAdmin,
    saveNotificationChannel: schoolAdmin,
    removeNotificationChannel: schoolAdmin,
    updateNotificationSettings: schoolAdmin,
    markNotificationsRead: schoolPerson,
    setMyNotificationPreferences: schoolPerson,
    closeTerm: schoolAdmin,
    proposeRecognition: schoolAdmin,
    publishRecognition: schoolAdmin,
  },
  NotificationChannel: schoolAdmin,
  NotificationChannelPayload: schoolAdmin,
  RemoveNotificationChannelPayload: schoolAdmin,
  NotificationSettings: schoolAdmin,
  NotificationSettingsPayload: schoolAdmin,
  Notification: schoolPerson,
  NotificationConnection: schoolPerson,
  NotificationEdge: schoolPerson,
  MarkNotificationsReadPayload: schoolPerson,
  NotificationPreferences: schoolPerson,
  NotificationPreferencesPayload: schoolPerson,
  MentorStatusPayload: schoolAdmin,
  MentorStatusChange: schoolAdmin,
  RosterImportPreview: schoolAdmin,
  RosterImportPayload: schoolAdmin,
  FileRowError: schoolAdmin,
  MissingStudent: schoolAdmin,
  SchoolSettings: schoolStaff,
  SchoolSettingsPayload: schoolAdmin,
  // 考核: the school admin sees all of the school; a mentor only their own (Me.evaluations).
  EvaluationCycle: schoolAdmin,
  RubricItemView: schoolAdmin,
  MentorEvaluation: schoolAdmin,
  LevelDistribution: schoolAdmin,
  ItemScore: teacher,
  EvaluationResult: teacher,
  EvaluationCyclePayload: schoolAdmin,
  EvaluationScorePayload: teacher,
  Survey: { '*': hasRole(Role.SCHOOL_ADMIN, Role.STUDENT, Role.GUARDIAN), ballotKey: studentOrGuardian },
  // 学期结束 and the term report: the school admin (the district receives the frozen figures itself).
  TermCloseChecklist: schoolAdmin,
  TermClose: schoolAdmin,
  TermFiguresView: schoolAdmin,
  OptionalActionFigure: schoolAdmin,
  TrainingFigure: schoolAdmin,
  CloseTermPayload: schoolAdmin,
  // 表彰: published lists for the school's staff (drafts are filtered in the service); totals for the admin.
  RecognitionView: schoolStaff,
  RecognizedMentor: { '*': schoolStaff, total: schoolAdmin },
  RecognitionPayload: schoolAdmin,
  // 导师成长轨迹: Teacher.growthRecord is the teacher's own or their school admin's.
  GrowthTerm: teacher,
  DutyCount: teacher,
  StatusChangeEntry: teacher,
  GrowthEvaluation: teacher,
  // 成长轨迹 of a student: Student.trajectory is mentor-only; its parts are guarded like their siblings.
  TrajectoryTerm: teacher,
  SurveyBallotKey: studentOrGuardian,
  SurveyPayload: schoolAdmin,
  SurveyBallotPayload: studentOrGuardian,
  SurveyResponsePayload: studentOrGuardian,
  SurveySummary: teacher,
  QuestionMean: teacher,
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
    preferencesReceived: schoolAdmin,
  },
  // A file is reached only through fields guarded themselves (exports, reports, certificates, growth records).
  ExportFile: teacher,
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
    metrics: schoolAdmin,
    comparisonExport: schoolAdmin,
    accessReviews: schoolAdminOrDistrict,
  },
  SchoolStats: staffOrDistrict,
  Grade: { '*': staffOrDistrict, dutyCompletion: schoolStaff, metrics: leaderOfGrade },
  Classroom: { '*': staffOrDistrict, students: schoolStaff, dutyCompletion: schoolStaff, metrics: leaderOfClassroom },
  GroupMetrics: hasRole(...RoleGroup.groupLeaders),
  SchoolMetrics: schoolAdmin,
  CountBand: isAuthenticated,
  Teacher: { '*': staffOrDistrict, mentees: schoolStaff, statusHistory: schoolAdmin, growthRecord: selfOrSchoolAdmin, growthRecordExport: selfOrSchoolAdmin, id: hasRole(...RoleGroup.staffOrDistrict, Role.STUDENT), name: hasRole(...RoleGroup.staffOrDistrict, Role.STUDENT) },
  TeachingAssignment: staffOrDistrict,
  TeacherConnection: staffOrDistrict,
  TeacherEdge: staffOrDistrict,
  // Directory facts for staff; everything personal only for the student's current mentors (DESIGN.md §2).
  Student: {
    '*': schoolStaff,
    archive: mentorOfStudent,
    attentionCategories: mentorOfStudent,
    records: mentorOfStudent,
    crisisAlerts: mentorOfStudent,
    consultationNotes: mentorOfStudent,
    trajectory: mentorOfStudent,
  },
  GrowthArchive: mentorOfSubject,
  // Reached only through GrowthArchive, whose every field is mentor-only.
  Guardian: teacher,
  MonthlyNote: teacher,
  ExamResult: teacher,
  AttentionFlag: mentorOfSubject,
  MentorRecord: mentorOfRecord,
  TermDuties: schoolStaff,
  DutyCompletion: schoolStaff,
  DutyRule: schoolStaff,
  PendingTask: teacher,
  Me: teacher,
  WrittenFeedback: studentOrGuardian,
  CrisisAlert: {
    '*': crisisDetailReader,
    id: alertExistence,
    level: alertExistence,
    status: alertExistence,
    reportedAt: alertExistence,
    overdue: alertExistence,
  },
  CrisisAlertEvent: or(crisisTeam, teacher),
  CaseConsultation: consultationRecorder,
  ConsultationDecision: or(consultationRecorder, mentorOfSubject),
  ConsultationTask: taskReader,
  // The audit trail (PRIVACY.md, "The access log"): counts for the school admin, the trail only in a
  // recorded review, the fact of each review for the district, own-data access for students and guardians.
  AccessLogDay: schoolAdmin,
  AccessReview: schoolAdmin,
  AccessReviewEntry: schoolAdmin,
  AccessReviewPayload: schoolAdmin,
  AccessReviewNotice: { '*': schoolAdminOrDistrict, reason: schoolAdmin },
  OwnDataAccessEntry: studentOrGuardian,
  GrowthArchivePayload: teacher,
  AttentionCategoriesPayload: teacher,
  MentorRecordPayload: teacher,
  DutyRulesPayload: schoolAdmin,
  CrisisAlertPayload: schoolStaff,
  CaseConsultationPayload: headTeacher,
  ConsultationTaskPayload: teacher,
  StudentConnection: schoolStaff,
  StudentEdge: schoolStaff,
  Mentorship: schoolStaff,
  PageInfo: isAuthenticated,
});
