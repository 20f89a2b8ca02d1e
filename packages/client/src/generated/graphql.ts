/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** READ: personal data was returned; WRITE: it was created or changed. */
export type AccessAction =
  | 'READ'
  | 'WRITE';

export type AddTrainingCourseInput = {
  hours: number;
  required: boolean;
  /** For a school-based course (校本培训). */
  schoolId?: string | null | undefined;
  stages?: Array<SchoolStage> | null | undefined;
  title: string;
  topic: TrainingTopic;
};

export type AdjustMatchInput = {
  /** The new mentor; null leaves the student unmatched. */
  mentorId?: string | null | undefined;
  reason: string;
  roundId: string;
  studentId: string;
};

export type AdvanceCrisisAlertInput = {
  alertId: string;
  note?: string | null | undefined;
  /** REFERRED: to whom (e.g. 区未成年人心理健康辅导中心). */
  referredTo?: string | null | undefined;
  status: CrisisStatus;
};

/** 特别关注类别 (八类学生 and the like). */
export type AttentionCategory =
  | 'AFFLUENT'
  | 'BEHAVIOURAL'
  | 'DISABILITY_INCLUSION'
  | 'ECONOMIC_HARDSHIP'
  | 'HIGH_ACHIEVER'
  | 'LEARNING_DIFFICULTY'
  | 'LEFT_BEHIND'
  | 'MIGRANT_WORKER_CHILD'
  | 'NON_LOCAL'
  | 'PSYCHOLOGICAL'
  | 'SINGLE_PARENT_OR_ORPHAN';

export type CloseDistrictTermInput = {
  /** Close although some schools have not closed (they are named in the report). */
  acceptMissingSchools?: boolean;
  term: string;
};

export type CloseTermInput = {
  /** Close although items are still open (they are recorded with the close). */
  acceptOpenItems?: boolean;
  term: string;
};

export type ConsultationDecisionInput = {
  decision: string;
  studentId: string;
};

export type ConsultationTaskInput = {
  description: string;
  /** YYYY-MM-DD */
  dueOn?: string | null | undefined;
  ownerId: string;
  studentId?: string | null | undefined;
};

/** How a parent was contacted. */
export type ContactMethod =
  | 'MEETING'
  | 'MESSAGE'
  | 'PHONE'
  | 'VISIT';

export type CreateMentorRecordInput = {
  /** PARENT_CONTACT: how. */
  contactMethod?: ContactMethod | null | undefined;
  content: string;
  /** Unique per record you create (a UUID); a retried request with the same key returns the first record. */
  idempotencyKey: string;
  kind: RecordKind;
  occurredAt: string;
  /** OPTIONAL_ACTION: one of the school’s optional actions. */
  optionalAction?: string | null | undefined;
  place?: string | null | undefined;
  /** Your mentees it is about: exactly one, or several for GROUP_ACTIVITY and OPTIONAL_ACTION. */
  studentIds: Array<string>;
  topic?: string | null | undefined;
};

/** How urgent the mentor judges the risk. */
export type CrisisLevel =
  | 'HIGH'
  | 'IMMINENT'
  | 'LOW'
  | 'MODERATE';

/** 危机上报 → 评估 → 转介 → 结案 */
export type CrisisStatus =
  | 'ASSESSING'
  | 'CLOSED'
  | 'REFERRED'
  | 'REPORTED';

export type DecideOnStudentInput = {
  /** true accepts, false declines. */
  accept: boolean;
  roundId: string;
  studentId: string;
};

/** The district’s policy; fields left out keep their value. */
export type DistrictPolicyInput = {
  /** Coverage below which a school is flagged, 0–100. */
  coverageThresholdPercent?: number | null | undefined;
  /** Points home visits or talks may lag the term before a flag, 0–100. */
  dutiesLagPoints?: number | null | undefined;
  /** 配额上限, 1–50. */
  mentorStudentCap?: number | null | undefined;
  /** Training completion rate below which a school is flagged, 0–100. */
  trainingRatePercent?: number | null | undefined;
  /** 试用期 in days, 0–365. */
  trialPeriodDays?: number | null | undefined;
};

export type DutyPeriod =
  | 'MONTH'
  | 'TERM';

export type DutyRuleInput = {
  kind: RecordKind;
  minCount: number;
  period: DutyPeriod;
};

/** Fields left out stay as they are; monthly notes and exam results are upserted. */
export type EditGrowthArchiveInput = {
  examResults?: Array<ExamResultInput> | null | undefined;
  /** The version you read (0 for a new archive); a stale one is VERSION_CONFLICT. */
  expectedVersion: number;
  familyStructure?: FamilyStructure | null | undefined;
  guardians?: Array<GuardianInput> | null | undefined;
  habits?: string | null | undefined;
  healthNotes?: string | null | undefined;
  interests?: string | null | undefined;
  monthlyNotes?: Array<MonthlyNoteInput> | null | undefined;
  personality?: string | null | undefined;
  studentId: string;
};

export type EnterEvaluationScoreInput = {
  cycleId: string;
  itemKey: string;
  score: number;
  teacherId: string;
};

/** 优秀 / 合格 / 待改进 */
export type EvaluationLevel =
  | 'EXCELLENT'
  | 'NEEDS_IMPROVEMENT'
  | 'QUALIFIED';

/** Who contributes an item: the mentor (自评), colleagues (互评), the school, students (through the survey), or the platform (computed). */
export type EvaluationParty =
  | 'COLLEAGUE'
  | 'PLATFORM'
  | 'SCHOOL'
  | 'SELF'
  | 'STUDENTS';

export type EvaluationStatus =
  | 'OPEN'
  | 'PUBLISHED';

export type EvaluationTemplateItemInput = {
  key: string;
  label: string;
  party: string;
  source: string;
  weight: number;
};

/** Where a result falls in the grade, in percent from the top: top 10%, 10–30%, 30–60%, 60–100%. */
export type ExamBand =
  | 'FROM_10_TO_30'
  | 'FROM_30_TO_60'
  | 'FROM_60_TO_100'
  | 'TOP_10';

export type ExamResultInput = {
  band: ExamBand;
  exam: string;
  /** e.g. 2026-2027-1 */
  term: string;
};

export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** 家庭结构 */
export type FamilyStructure =
  | 'LEFT_BEHIND'
  | 'ORPHAN'
  | 'RECONSTITUTED'
  | 'SINGLE_PARENT'
  | 'TWO_PARENT';

export type FormMentorTeamInput = {
  /** e.g. 2026-2027 */
  academicYear: string;
  leadMentorId: string;
  studentId: string;
  supportingMentorIds: Array<string>;
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GuardianInput = {
  name: string;
  phone?: string | null | undefined;
  relation: string;
};

export type HandOverMenteesInput = {
  fromTeacherId: string;
  reason: string;
  /** The teacher leaves the school (their record is kept). */
  teacherLeaves?: boolean;
  /** 继任: the successor. */
  toTeacherId: string;
};

export type ImportSchoolRegistryInput = {
  /** False: a dry run. True: write, all rows or none. */
  confirm?: boolean;
  /** The file, base64-encoded (.xlsx, or CSV in UTF-8 or GBK). */
  fileBase64: string;
  format: ExportFormat;
};

export type MatchingRoundStatus =
  | 'DRAFTED'
  | 'OPEN'
  | 'PUBLISHED';

/** Which participating mentors a student may rank. */
export type MentorEligibility =
  | 'SAME_GRADE'
  | 'WHOLE_SCHOOL';

/** LEAD mentor, or a SUPPORTING mentor of a mentor team (导师团). */
export type MentorRole =
  | 'LEAD'
  | 'SUPPORTING';

export type MentorStatus =
  | 'CERTIFIED'
  | 'NOT_SUITABLE'
  | 'SUSPENDED'
  | 'TRAINEE';

export type MonthlyNoteInput = {
  /** YYYY-MM */
  month: string;
  note: string;
};

export type NotificationChannelHealth =
  | 'DEAD'
  | 'FAILING'
  | 'HEALTHY';

export type NotificationChannelKind =
  | 'DINGTALK_ROBOT'
  | 'EMAIL'
  | 'WECOM_ROBOT';

export type NotificationKind =
  | 'CRISIS_ALERT'
  | 'CRISIS_OVERDUE'
  | 'FEEDBACK_DEADLINE'
  | 'LATE_FOLLOW_UPS'
  | 'MATCHING_ROUND_OPEN'
  | 'MENTOR_DIGEST'
  | 'SURVEY_OPEN';

export type NotificationPreferencesInput = {
  /** Empty to stop e-mail. */
  email?: string | null | undefined;
  optedOut?: boolean | null | undefined;
};

export type NotificationSettingsInput = {
  districtContactEmail?: string | null | undefined;
  quietHoursEnd?: string | null | undefined;
  quietHoursStart?: string | null | undefined;
};

export type NotificationTopic =
  | 'CRISIS'
  | 'MATCHING'
  | 'SURVEY';

export type OpenAccessReviewInput = {
  from: string;
  /** Whose trail; every reader when left out. */
  readerId?: string | null | undefined;
  /** Why (kept with the review, shown to the school’s admins). */
  reason: string;
  /** At most 31 days after `from`. */
  to: string;
};

export type OpenEvaluationCycleInput = {
  /** Required when the rubric differs from the template: recorded. */
  adaptationNote?: string | null | undefined;
  /** Default 85. */
  excellentMin?: number | null | undefined;
  /** Default 60. */
  qualifiedMin?: number | null | undefined;
  /** The school’s adaptation; the district’s default template when omitted. Weights add up to 100. */
  rubric?: Array<RubricItemInput> | null | undefined;
  /** e.g. 2026-2027-1 */
  term: string;
  /** Instead of excellentMin: the top N are excellent. */
  topExcellent?: number | null | undefined;
};

export type OpenMatchingRoundInput = {
  /** e.g. 2026-2027 */
  academicYear: string;
  /** Students per mentor; at most the district cap (default). */
  cap?: number | null | undefined;
  closesAt: string;
  eligibility?: MentorEligibility | null | undefined;
  /** Only these grades; all grades when omitted. */
  gradeIds?: Array<string> | null | undefined;
  /** Ranked choices per student, 1–10 (default 3). */
  maxChoices?: number | null | undefined;
  opensAt: string;
  /** 导师盲盒 for students still unmatched. */
  randomDraw?: boolean | null | undefined;
  /** Participating teachers; every eligible teacher when omitted. */
  teacherIds?: Array<string> | null | undefined;
};

export type OpenSurveyInput = {
  audience: SurveyAudience;
  closesAt: string;
  opensAt: string;
  questions: Array<string>;
  term: string;
};

export type PreviewRosterImportInput = {
  /** The file, base64-encoded. */
  fileBase64: string;
  fileName?: string | null | undefined;
  /** XLSX, or CSV in UTF-8 or GBK. */
  format: ExportFormat;
  /** STUDENTS: the file is the whole roster; students missing from it are reported. */
  fullRoster?: boolean | null | undefined;
  kind: RosterKind;
};

export type ProposeRecognitionInput = {
  cycleId: string;
  minTotal?: number | null | undefined;
  topN?: number | null | undefined;
};

export type RaiseCrisisAlertInput = {
  /** Short: what you saw. Details go to the crisis team in person. */
  description: string;
  /** A UUID per alert: a retried request does not raise a second alert. */
  idempotencyKey: string;
  level: CrisisLevel;
  studentId: string;
};

export type RecordCaseConsultationInput = {
  /** Mentors present. */
  attendeeIds: Array<string>;
  classroomId: string;
  decisions: Array<ConsultationDecisionInput>;
  /** YYYY-MM-DD */
  heldOn: string;
  /** A UUID per consultation form: a retried request returns the consultation already recorded. */
  idempotencyKey?: string | null | undefined;
  tasks: Array<ConsultationTaskInput>;
};

/** 工作记录: 家访, 谈心谈话, 成长寄语, 每轮活动, 家长联系, 个案分析, 自选动作. */
export type RecordKind =
  | 'CASE_ANALYSIS'
  | 'GROUP_ACTIVITY'
  | 'HOME_VISIT'
  | 'OPTIONAL_ACTION'
  | 'PARENT_CONTACT'
  | 'TALK'
  | 'WRITTEN_FEEDBACK';

export type ReportFormat =
  | 'PDF'
  | 'XLSX';

/** Ask for your ballot: a blinded message made with @mentorship/client’s startSurveyBallot. */
export type RequestSurveyBallotInput = {
  /** Survey.ballotKey.id: the key your message was blinded for. */
  ballotKeyId: string;
  /** base64url, as long as the key’s modulus. */
  blindedMessage: string;
  surveyId: string;
};

/** Lists a school admin can export: the four roster kinds, active mentorships, and this term’s "三个一". */
export type RosterExportKind =
  | 'CLASSROOMS'
  | 'DUTY_COMPLETION'
  | 'MENTORSHIPS'
  | 'STUDENTS'
  | 'TEACHERS'
  | 'TEACHING_ASSIGNMENTS';

/** 教师 / 班级 / 学生 / 任课 */
export type RosterKind =
  | 'CLASSROOMS'
  | 'STUDENTS'
  | 'TEACHERS'
  | 'TEACHING_ASSIGNMENTS';

export type RubricItemInput = {
  /** A computed item’s key (MATCHING, GROUP_ACTIVITY, INDIVIDUAL_GUIDANCE, ATTRITION, STUDENT_FEEDBACK, PARENT_FEEDBACK) or your own. */
  key: string;
  label: string;
  party: EvaluationParty;
  source: RubricSource;
  weight: number;
};

export type RubricSource =
  | 'COMPUTED'
  | 'ENTERED';

export type SaveNotificationChannelInput = {
  from?: string | null | undefined;
  /** To change a channel; omit to add one. */
  id?: string | null | undefined;
  kind: NotificationChannelKind;
  name: string;
  recipients?: Array<string> | null | undefined;
  /** 企业微信 key, 钉钉 signing secret or SMTP password; omit to keep. */
  secret?: string | null | undefined;
  smtpHost?: string | null | undefined;
  smtpPort?: number | null | undefined;
  /** TLS from the start (port 465); else STARTTLS if offered. */
  smtpSecure?: boolean | null | undefined;
  smtpUser?: string | null | undefined;
  topics: Array<NotificationTopic>;
  /** Robots: the webhook address; omit to keep it. */
  webhookUrl?: string | null | undefined;
};

/** Why a school is highlighted, against the thresholds of the district’s policy: coverage under its coverage threshold, a mentor above the cap, home visits or talks more than its lag points behind the share of the term gone by (成长寄语: behind in the term’s last fifth), an overdue crisis alert, no plan (一校一策) filed, mentors’ required training below the district’s rate, or no figures received yet. */
export type SchoolFlag =
  | 'COVERAGE_BELOW_THRESHOLD'
  | 'CRISIS_OVERDUE'
  | 'DUTIES_LAGGING'
  | 'MENTOR_ABOVE_CAP'
  | 'NO_FIGURES'
  | 'PLAN_NOT_FILED'
  | 'TRAINING_BELOW_RATE';

export type SchoolSettingsInput = {
  crisisPickupHours?: number | null | undefined;
  optionalActions?: Array<string> | null | undefined;
  supportingCountsTowardLoad?: boolean | null | undefined;
};

/** 学段: stage of schooling. */
export type SchoolStage =
  | 'JUNIOR_SECONDARY'
  | 'PRIMARY'
  | 'SENIOR_SECONDARY'
  | 'VOCATIONAL';

export type SetAttentionCategoriesInput = {
  /** The full set; categories left out are removed. */
  categories: Array<AttentionCategory>;
  studentId: string;
};

export type SetMentorCapacityInput = {
  capacity: number;
  roundId: string;
};

export type SubmitPreferencesInput = {
  /** Mentors, most preferred first. */
  mentorIds: Array<string>;
  roundId: string;
  /** For head teachers acting for a student; students omit it. */
  studentId?: string | null | undefined;
};

/** An answer with its ballot (surveySubmission of @mentorship/client). It carries no identity, and the service reads none. */
export type SubmitSurveyResponseInput = {
  ballotKeyId: string;
  comment?: string | null | undefined;
  /** One answer of 1–5 per question, in order. */
  scores: Array<number>;
  /** The ballot’s signature, base64url. */
  signature: string;
  surveyId: string;
  /** The ballot’s token, base64url. */
  token: string;
};

export type SurveyAudience =
  | 'PARENT'
  | 'STUDENT';

/** QUEUED: accepted and held, to be written with others in a shuffled batch. Keep the ballot and the answer until the survey closes and submit again when in doubt: BALLOT_SPENT means it is held or counted; QUEUED again means the service had lost it (a restart) and holds it now. */
export type SurveyResponseStatus =
  | 'QUEUED';

export type TakeOutOfMentoringInput = {
  reason: string;
  /** Who takes over the mentees (继任); required when there are any. */
  successorId?: string | null | undefined;
  teacherId: string;
};

/** 政策与方案, 师生关系, 心理健康教育, 青春期教育, 家校沟通与家庭教育指导, 生涯指导, 导师积极心理 */
export type TrainingTopic =
  | 'ADOLESCENCE'
  | 'CAREER_GUIDANCE'
  | 'HOME_SCHOOL_COMMUNICATION'
  | 'MENTAL_HEALTH'
  | 'MENTOR_WELLBEING'
  | 'POLICY_AND_PLAN'
  | 'TEACHER_STUDENT_RELATIONSHIP';

export type UnmatchedReason =
  | 'NO_CAPACITY_LEFT'
  | 'NO_PREFERENCES'
  | 'PREFERENCES_EXHAUSTED'
  | 'REMOVED_BY_ADMIN';

export type CrisisQueueQueryVariables = Exact<{
  status?: CrisisStatus | null | undefined;
}>;


export type CrisisQueueQuery = { crisisAlerts: Array<{ id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string, pickedUpAt: string | null, overdue: boolean, referredTo: string | null, description: string, student: { id: string, name: string, classroom: { id: string, name: string } } | null, raisedBy: { id: string, name: string } | null, history: Array<{ status: CrisisStatus, at: string, note: string | null, actor: { id: string, name: string } | null }> }> };

export type CrisisOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CrisisOverviewQuery = { crisisAlerts: Array<{ id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string, overdue: boolean }> };

export type AdvanceCrisisAlertMutationVariables = Exact<{
  input: AdvanceCrisisAlertInput;
}>;


export type AdvanceCrisisAlertMutation = { advanceCrisisAlert: { alert: { id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string, pickedUpAt: string | null, overdue: boolean, referredTo: string | null, description: string, student: { id: string, name: string, classroom: { id: string, name: string } } | null, raisedBy: { id: string, name: string } | null, history: Array<{ status: CrisisStatus, at: string, note: string | null, actor: { id: string, name: string } | null }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CrisisAlertFieldsFragment = { id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string, pickedUpAt: string | null, overdue: boolean, referredTo: string | null, description: string, student: { id: string, name: string, classroom: { id: string, name: string } } | null, raisedBy: { id: string, name: string } | null, history: Array<{ status: CrisisStatus, at: string, note: string | null, actor: { id: string, name: string } | null }> };

export type DistrictUserErrorFragment = { field: string | null, code: string, message: string };

export type DistrictPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictPolicyQuery = { district: { id: string, name: string, policy: { mentorStudentCap: number, smallGroupThreshold: number, trialPeriodDays: number, trainingRatePercent: number, coverageThresholdPercent: number, dutiesLagPoints: number } } };

export type SetDistrictPolicyMutationVariables = Exact<{
  input: DistrictPolicyInput;
}>;


export type SetDistrictPolicyMutation = { setDistrictPolicy: { policy: { mentorStudentCap: number, trialPeriodDays: number, trainingRatePercent: number, coverageThresholdPercent: number, dutiesLagPoints: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrainingCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingCoursesQuery = { trainingCourses: Array<{ id: string, title: string, topic: TrainingTopic, hours: number, required: boolean, stages: Array<SchoolStage>, schoolBased: boolean }> };

export type AddTrainingCourseMutationVariables = Exact<{
  input: AddTrainingCourseInput;
}>;


export type AddTrainingCourseMutation = { addTrainingCourse: { course: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ImportTrainingCompletionsMutationVariables = Exact<{
  fileBase64: string;
  format: ExportFormat;
  confirm: boolean;
}>;


export type ImportTrainingCompletionsMutation = { importTrainingCompletions: { recorded: number, applied: boolean, rowErrors: Array<{ row: number, column: string | null, code: string, message: string }>, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type EvaluationTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationTemplateQuery = { evaluationTemplate: Array<{ key: string, label: string, weight: number, source: string, party: string }> | null };

export type SetEvaluationTemplateMutationVariables = Exact<{
  items: Array<EvaluationTemplateItemInput> | EvaluationTemplateItemInput;
}>;


export type SetEvaluationTemplateMutation = { setEvaluationTemplate: { items: Array<{ key: string }> | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ImportSchoolRegistryMutationVariables = Exact<{
  input: ImportSchoolRegistryInput;
}>;


export type ImportSchoolRegistryMutation = { importSchoolRegistry: { created: number, updated: number, unchanged: number, applied: boolean, rowErrors: Array<{ row: number, column: string | null, code: string, message: string }>, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SchoolRegistryExportQueryVariables = Exact<{
  format: ExportFormat;
}>;


export type SchoolRegistryExportQuery = { schoolRegistryExport: { filename: string, contentType: string, base64: string } };

export type SchoolPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolPlansQuery = { schools: { totalCount: number, nodes: Array<{ id: string, name: string, code: string, stage: SchoolStage, planFiledOn: string | null }> } };

export type RecordSchoolPlanMutationVariables = Exact<{
  schoolId: string;
  filedOn: string;
}>;


export type RecordSchoolPlanMutation = { recordSchoolPlan: { school: { id: string, planFiledOn: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type DistrictDashboardQueryVariables = Exact<{
  stage?: SchoolStage | null | undefined;
}>;


export type DistrictDashboardQuery = { district: { id: string, name: string, policy: { mentorStudentCap: number, smallGroupThreshold: number, trainingRatePercent: number, coverageThresholdPercent: number, dutiesLagPoints: number } }, districtDashboard: { term: string | null, termElapsed: number, totals: { schools: number, schoolsReporting: number, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, schoolsWithOverdueCrisisAlert: number, plansFiled: number, mentorsTrained: number | null, trainingRate: number | null, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { excellent: number, qualified: number, needsImprovement: number } }, byStage: Array<{ stage: SchoolStage, figures: { schools: number, schoolsReporting: number, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, schoolsWithOverdueCrisisAlert: number, plansFiled: number, mentorsTrained: number | null, trainingRate: number | null, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { excellent: number, qualified: number, needsImprovement: number } } }>, schools: Array<{ planFiled: boolean, flags: Array<SchoolFlag>, teachersTrained: number, mentorsTrained: number | null, trainingRate: number | null, shortfallPoints: number, school: { id: string, name: string, code: string, stage: SchoolStage }, figures: { takenAt: string, term: string, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, hasOverdueCrisisAlert: boolean, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { term: string | null, excellent: number, qualified: number, needsImprovement: number } | null } | null }> } };

export type DistrictTrendsQueryVariables = Exact<{
  term?: string | null | undefined;
  stage?: SchoolStage | null | undefined;
}>;


export type DistrictTrendsQuery = { districtTrends: Array<{ week: string, figures: { schools: number, schoolsReporting: number, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, schoolsWithOverdueCrisisAlert: number, plansFiled: number, mentorsTrained: number | null, trainingRate: number | null, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { excellent: number, qualified: number, needsImprovement: number } } }> };

export type DistrictReportExportQueryVariables = Exact<{
  stage?: SchoolStage | null | undefined;
  format: ExportFormat;
}>;


export type DistrictReportExportQuery = { districtReportExport: { filename: string, contentType: string, base64: string } };

export type DistrictFiguresFragment = { schools: number, schoolsReporting: number, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, schoolsWithOverdueCrisisAlert: number, plansFiled: number, mentorsTrained: number | null, trainingRate: number | null, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { excellent: number, qualified: number, needsImprovement: number } };

export type StudentRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type StudentRoundsQuery = { matchingRounds: { totalCount: number, nodes: Array<{ id: string, academicYear: string, status: MatchingRoundStatus, opensAt: string, closesAt: string, maxChoices: number }> } };

export type MyMentorChoiceQueryVariables = Exact<{
  roundId: string;
}>;


export type MyMentorChoiceQuery = { eligibleMentors: Array<{ id: string, name: string }>, preferences: Array<{ rank: number, mentor: { id: string, name: string } }> };

export type SubmitPreferencesMutationVariables = Exact<{
  input: SubmitPreferencesInput;
}>;


export type SubmitPreferencesMutation = { submitPreferences: { preferences: Array<{ rank: number, mentor: { id: string, name: string } }> | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyFeedbackQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFeedbackQuery = { myFeedback: Array<{ term: string, content: string, publishedAt: string, mentorName: string }> };

export type GrowthRecordQueryVariables = Exact<{
  teacherId: string;
}>;


export type GrowthRecordQuery = { teacher: { id: string, name: string, staffNumber: string, growthRecord: Array<{ term: string, mentees: number, leadMentees: number, dutiesTotal: number, trainingCourses: number, trainingHours: number, recognitionRanks: Array<number>, duties: Array<{ kind: string, count: number }>, statusChanges: Array<{ from: MentorStatus, to: MentorStatus, at: string }>, evaluation: { total: number, level: EvaluationLevel } | null }> } };

export type GrowthRecordExportQueryVariables = Exact<{
  teacherId: string;
  format: ReportFormat;
}>;


export type GrowthRecordExportQuery = { teacher: { id: string, growthRecordExport: { filename: string, contentType: string, base64: string } } };

export type GrowthTeachersQueryVariables = Exact<{
  schoolId: string;
  after?: string | null | undefined;
}>;


export type GrowthTeachersQuery = { school: { id: string, teachers: { totalCount: number, nodes: Array<{ id: string, name: string, staffNumber: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type StudentTrajectoryQueryVariables = Exact<{
  studentId: string;
}>;


export type StudentTrajectoryQuery = { student: { id: string, trajectory: Array<{ term: string, mentors: Array<{ role: MentorRole, mentor: { id: string, name: string } }>, records: Array<{ id: string, kind: RecordKind, occurredAt: string, content: string, publishedAt: string | null, author: { id: string, name: string } | null }> }> } };

export type MyGrowthRecordQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGrowthRecordQuery = { me: { teacher: { id: string, name: string, staffNumber: string, growthRecord: Array<{ term: string, mentees: number, leadMentees: number, dutiesTotal: number, trainingCourses: number, trainingHours: number, recognitionRanks: Array<number>, duties: Array<{ kind: string, count: number }>, statusChanges: Array<{ from: MentorStatus, to: MentorStatus, at: string }>, evaluation: { total: number, level: EvaluationLevel } | null }> } | null } };

export type GrowthTeacherFieldsFragment = { id: string, name: string, staffNumber: string, growthRecord: Array<{ term: string, mentees: number, leadMentees: number, dutiesTotal: number, trainingCourses: number, trainingHours: number, recognitionRanks: Array<number>, duties: Array<{ kind: string, count: number }>, statusChanges: Array<{ from: MentorStatus, to: MentorStatus, at: string }>, evaluation: { total: number, level: EvaluationLevel } | null }> };

export type MyClassroomQueryVariables = Exact<{
  classroomId: string;
}>;


export type MyClassroomQuery = { me: { teacher: { id: string, name: string } | null }, classroom: { id: string, name: string, grade: { id: string, name: string }, metrics: { term: string, students: number, studentsWithLeadMentor: number, coverage: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number } | null, students: { totalCount: number, nodes: Array<{ id: string, name: string, studentNumber: string, mentors: Array<{ role: MentorRole, mentor: { id: string, name: string } }> }> } }, caseConsultations: { totalCount: number, nodes: Array<{ id: string, heldOn: string, attendees: Array<{ id: string, name: string }>, decisions: Array<{ decision: string, student: { id: string, name: string } | null }>, tasks: Array<{ id: string, description: string, dueOn: string | null, doneAt: string | null, owner: { id: string, name: string } | null, student: { id: string, name: string } | null }> }> } };

export type RecordCaseConsultationMutationVariables = Exact<{
  input: RecordCaseConsultationInput;
}>;


export type RecordCaseConsultationMutation = { recordCaseConsultation: { consultation: { id: string, heldOn: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyConsultationTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsultationTasksQuery = { me: { consultationTasks: Array<{ id: string, description: string, dueOn: string | null, doneAt: string | null, owner: { id: string, name: string } | null, student: { id: string, name: string } | null }> } };

export type CompleteConsultationTaskMutationVariables = Exact<{
  taskId: string;
}>;


export type CompleteConsultationTaskMutation = { completeConsultationTask: { task: { id: string, description: string, dueOn: string | null, doneAt: string | null, owner: { id: string, name: string } | null, student: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ConsultationTaskFieldsFragment = { id: string, description: string, dueOn: string | null, doneAt: string | null, owner: { id: string, name: string } | null, student: { id: string, name: string } | null };

export type HeadTeacherClassroomsQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadTeacherClassroomsQuery = { me: { teacher: { id: string } | null }, schools: { nodes: Array<{ id: string, grades: Array<{ id: string, name: string, classrooms: Array<{ id: string, name: string, headTeacher: { id: string } | null }> }> }> } };

export type MatchingRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingRoundsQuery = { matchingRounds: { totalCount: number, nodes: Array<{ id: string, academicYear: string, status: MatchingRoundStatus, opensAt: string, closesAt: string, cap: number, maxChoices: number, eligibility: MentorEligibility, randomDraw: boolean, ranAt: string | null, publishedAt: string | null, grades: Array<{ id: string, name: string }>, report: { students: number, matched: number, unmatched: number, studentsWithPreferences: number, firstChoiceRate: number | null, topThreeRate: number | null, mentorsWithoutStudents: number, mentorLoad: { min: number, mean: number, max: number, mentorsWithStudents: number, meanWithStudents: number | null } } | null }> } };

export type RunMatchingMutationVariables = Exact<{
  roundId: string;
}>;


export type RunMatchingMutation = { runMatching: { round: { id: string, status: MatchingRoundStatus, ranAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PublishMatchingRoundMutationVariables = Exact<{
  roundId: string;
}>;


export type PublishMatchingRoundMutation = { publishMatchingRound: { round: { id: string, status: MatchingRoundStatus, publishedAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OpenMatchingRoundMutationVariables = Exact<{
  input: OpenMatchingRoundInput;
}>;


export type OpenMatchingRoundMutation = { openMatchingRound: { round: { id: string, status: MatchingRoundStatus, academicYear: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MenteeDetailQueryVariables = Exact<{
  studentId: string;
  first?: number;
}>;


export type MenteeDetailQuery = { student: { id: string, name: string, studentNumber: string, gender: Gender, classroom: { id: string, name: string, grade: { id: string, name: string } }, mentors: Array<{ role: MentorRole, mentor: { id: string, name: string } }>, termDuties: { term: string, homeVisit: boolean, talk: boolean, writtenFeedback: boolean }, archive: { version: number, familyStructure: FamilyStructure | null, personality: string | null, habits: string | null, interests: string | null, healthNotes: string | null, updatedAt: string | null, updatedBy: { id: string, name: string } | null }, attentionCategories: Array<{ category: AttentionCategory, setAt: string }>, records: Array<{ id: string, kind: RecordKind, occurredAt: string, term: string, content: string, place: string | null, topic: string | null, contactMethod: ContactMethod | null, optionalAction: string | null, publishedAt: string | null, author: { id: string, name: string } | null, students: Array<{ id: string, name: string }> }>, crisisAlerts: Array<{ id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string, overdue: boolean }> }, schoolSettings: { optionalActions: Array<string> } };

export type ArchiveFieldsFragment = { version: number, familyStructure: FamilyStructure | null, personality: string | null, habits: string | null, interests: string | null, healthNotes: string | null, updatedAt: string | null, updatedBy: { id: string, name: string } | null };

export type EditGrowthArchiveMutationVariables = Exact<{
  input: EditGrowthArchiveInput;
}>;


export type EditGrowthArchiveMutation = { editGrowthArchive: { archive: { version: number, familyStructure: FamilyStructure | null, personality: string | null, habits: string | null, interests: string | null, healthNotes: string | null, updatedAt: string | null, updatedBy: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SetAttentionCategoriesMutationVariables = Exact<{
  input: SetAttentionCategoriesInput;
}>;


export type SetAttentionCategoriesMutation = { setAttentionCategories: { attentionCategories: Array<{ category: AttentionCategory, setAt: string }> | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PublishWrittenFeedbackMutationVariables = Exact<{
  recordId: string;
}>;


export type PublishWrittenFeedbackMutation = { publishWrittenFeedback: { record: { id: string, kind: RecordKind, publishedAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RaiseCrisisAlertMutationVariables = Exact<{
  input: RaiseCrisisAlertInput;
}>;


export type RaiseCrisisAlertMutation = { raiseCrisisAlert: { alert: { id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MentorRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MentorRoundsQuery = { matchingRounds: { totalCount: number, nodes: Array<{ id: string, academicYear: string, status: MatchingRoundStatus, opensAt: string, closesAt: string, cap: number, mentors: Array<{ capacity: number, load: number, teacher: { id: string } }> }> }, me: { teacher: { id: string } | null } };

export type RankedMeQueryVariables = Exact<{
  roundId: string;
}>;


export type RankedMeQuery = { rankedMe: Array<{ rank: number, accepted: boolean | null, student: { id: string, name: string, classroom: { id: string, name: string } } }> };

export type DecideOnStudentMutationVariables = Exact<{
  input: DecideOnStudentInput;
}>;


export type DecideOnStudentMutation = { decideOnStudent: { accepted: boolean | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SetMentorCapacityMutationVariables = Exact<{
  input: SetMentorCapacityInput;
}>;


export type SetMentorCapacityMutation = { setMentorCapacity: { capacity: number | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyEvaluationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEvaluationsQuery = { me: { evaluations: Array<{ term: string, total: number, level: EvaluationLevel, items: Array<{ key: string, score: number | null }> }> } };

export type MySelfEvaluationQueryVariables = Exact<{ [key: string]: never; }>;


export type MySelfEvaluationQuery = { me: { teacher: { id: string } | null, selfEvaluation: { cycleId: string, term: string, items: Array<{ key: string, label: string, weight: number, myScore: number | null }> } | null } };

export type MyWorkQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
  category?: AttentionCategory | null | undefined;
}>;


export type MyWorkQuery = { me: { teacher: { id: string, name: string } | null, mentees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, studentNumber: string, classroom: { id: string, name: string, grade: { id: string, name: string } }, mentors: Array<{ role: MentorRole, mentor: { id: string } }>, termDuties: { term: string, homeVisit: boolean, talk: boolean, writtenFeedback: boolean } }> }, pendingTasks: Array<{ kind: RecordKind, period: DutyPeriod, required: number, done: number, student: { id: string, name: string } }> } };

export type CreateMentorRecordMutationVariables = Exact<{
  input: CreateMentorRecordInput;
}>;


export type CreateMentorRecordMutation = { createMentorRecord: { replayed: boolean, record: { id: string, kind: RecordKind, occurredAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TermCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type TermCalendarQuery = { academicYears: Array<{ name: string, terms: Array<{ number: number, startsOn: string, endsOn: string }> }> };

export type MyNotificationsQueryVariables = Exact<{
  unreadOnly?: boolean;
  first?: number;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { notifications: { totalCount: number, nodes: Array<{ id: string, kind: NotificationKind, title: string, body: string, link: string, createdAt: string, read: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, unread: { totalCount: number } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { notifications: { totalCount: number } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: { optedOut: boolean, email: string | null } };

export type SetMyNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type SetMyNotificationPreferencesMutation = { setMyNotificationPreferences: { preferences: { optedOut: boolean, email: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type NotificationChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationChannelsQuery = { notificationChannels: Array<{ id: string, kind: NotificationChannelKind, name: string, topics: Array<NotificationTopic>, host: string, hasSecret: boolean, smtpPort: number | null, from: string | null, recipients: Array<string>, health: NotificationChannelHealth, consecutiveFailures: number, lastError: string | null, lastSuccessAt: string | null, recentAttempts: Array<{ at: string, ok: boolean, error: string | null }> }>, notificationSettings: { quietHoursStart: string | null, quietHoursEnd: string | null, districtContactEmail: string | null } };

export type NotificationChannelFieldsFragment = { id: string, kind: NotificationChannelKind, name: string, topics: Array<NotificationTopic>, host: string, hasSecret: boolean, smtpPort: number | null, from: string | null, recipients: Array<string>, health: NotificationChannelHealth, consecutiveFailures: number, lastError: string | null, lastSuccessAt: string | null, recentAttempts: Array<{ at: string, ok: boolean, error: string | null }> };

export type SaveNotificationChannelMutationVariables = Exact<{
  input: SaveNotificationChannelInput;
}>;


export type SaveNotificationChannelMutation = { saveNotificationChannel: { channel: { id: string, kind: NotificationChannelKind, name: string, topics: Array<NotificationTopic>, host: string, hasSecret: boolean, smtpPort: number | null, from: string | null, recipients: Array<string>, health: NotificationChannelHealth, consecutiveFailures: number, lastError: string | null, lastSuccessAt: string | null, recentAttempts: Array<{ at: string, ok: boolean, error: string | null }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RemoveNotificationChannelMutationVariables = Exact<{
  id: string;
}>;


export type RemoveNotificationChannelMutation = { removeNotificationChannel: { removedId: string | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { settings: { quietHoursStart: string | null, quietHoursEnd: string | null, districtContactEmail: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AdminUserErrorFragment = { field: string | null, code: string, message: string };

export type MatchingRoundDetailQueryVariables = Exact<{
  id: string;
}>;


export type MatchingRoundDetailQuery = { matchingRound: { id: string, academicYear: string, status: MatchingRoundStatus, opensAt: string, closesAt: string, cap: number, maxChoices: number, ranAt: string | null, publishedAt: string | null, preferencesReceived: number, grades: Array<{ id: string, name: string }>, report: { students: number, matched: number, unmatched: number, studentsWithPreferences: number, firstChoiceRate: number | null, topThreeRate: number | null, blockingPairs: number | null, mentorsWithoutStudents: number, matchedByPhase: { preference: number, classFill: number, randomDraw: number, manual: number }, mentorLoad: { min: number, mean: number, max: number, mentorsWithStudents: number, meanWithStudents: number | null } } | null, mentors: Array<{ capacity: number, load: number, teacher: { id: string, name: string } }>, draft: { totalCount: number, nodes: Array<{ rank: number | null, student: { id: string, name: string }, mentor: { id: string, name: string } | null }> }, unmatched: { totalCount: number, nodes: Array<{ unmatchedReason: UnmatchedReason | null, student: { id: string, name: string } }> }, adjustments: Array<{ id: string, reason: string, adjustedAt: string, student: { name: string }, fromMentor: { name: string } | null, toMentor: { name: string } | null }> } };

export type AdjustMatchMutationVariables = Exact<{
  input: AdjustMatchInput;
}>;


export type AdjustMatchMutation = { adjustMatch: { userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SchoolTeachersQueryVariables = Exact<{
  schoolId: string;
  after?: string | null | undefined;
}>;


export type SchoolTeachersQuery = { school: { id: string, teachers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, staffNumber: string, mentorStatus: MentorStatus, trialStartedOn: string | null, certifiedOn: string | null, training: { complete: boolean, requiredCoursesDone: number, requiredCoursesTotal: number } | null }> } } };

export type StartMentorTrialMutationVariables = Exact<{
  teacherId: string;
}>;


export type StartMentorTrialMutation = { startMentorTrial: { teacher: { id: string, mentorStatus: MentorStatus, trialStartedOn: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CertifyMentorMutationVariables = Exact<{
  teacherId: string;
}>;


export type CertifyMentorMutation = { certifyMentor: { teacher: { id: string, mentorStatus: MentorStatus, certifiedOn: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MarkNotSuitableMutationVariables = Exact<{
  input: TakeOutOfMentoringInput;
}>;


export type MarkNotSuitableMutation = { markNotSuitable: { handedOver: number, teacher: { id: string, mentorStatus: MentorStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SuspendMentorMutationVariables = Exact<{
  input: TakeOutOfMentoringInput;
}>;


export type SuspendMentorMutation = { suspendMentor: { handedOver: number, teacher: { id: string, mentorStatus: MentorStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type HandOverMenteesMutationVariables = Exact<{
  input: HandOverMenteesInput;
}>;


export type HandOverMenteesMutation = { handOverMentees: { changed: number | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FormMentorTeamMutationVariables = Exact<{
  input: FormMentorTeamInput;
}>;


export type FormMentorTeamMutation = { formMentorTeam: { changed: number | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PreviewRosterImportMutationVariables = Exact<{
  input: PreviewRosterImportInput;
}>;


export type PreviewRosterImportMutation = { previewRosterImport: { preview: { id: string, kind: RosterKind, status: string, created: number, updated: number, unchanged: number, canConfirm: boolean, missing: Array<{ __typename: 'MissingStudent' }>, rowErrors: Array<{ row: number, column: string | null, code: string, message: string }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ConfirmRosterImportMutationVariables = Exact<{
  importId: string;
  markMissingAsLeft?: boolean;
}>;


export type ConfirmRosterImportMutation = { confirmRosterImport: { markedLeft: number, preview: { id: string, status: string, created: number, updated: number, unchanged: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RosterExportQueryVariables = Exact<{
  kind: RosterExportKind;
  format: ExportFormat;
}>;


export type RosterExportQuery = { rosterExport: { filename: string, contentType: string, base64: string } };

export type RosterTemplateQueryVariables = Exact<{
  kind: RosterKind;
  format: ExportFormat;
}>;


export type RosterTemplateQuery = { rosterTemplate: { filename: string, contentType: string, base64: string } };

export type EvaluationCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationCyclesQuery = { evaluationCycles: { totalCount: number, nodes: Array<{ id: string, term: string, status: EvaluationStatus, publishedAt: string | null, qualifiedMin: number, excellentMin: number | null, adaptationNote: string | null, distribution: { excellent: number, qualified: number, needsImprovement: number }, rubric: Array<{ key: string, label: string, weight: number, source: RubricSource, party: EvaluationParty }>, results: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ total: number, level: EvaluationLevel, teacher: { id: string, name: string } | null, items: Array<{ key: string, score: number | null }> }> } }> } };

export type EnterEvaluationScoreMutationVariables = Exact<{
  input: EnterEvaluationScoreInput;
}>;


export type EnterEvaluationScoreMutation = { enterEvaluationScore: { saved: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SchoolSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolSurveysQuery = { surveys: { totalCount: number, nodes: Array<{ id: string, term: string, audience: SurveyAudience, questions: Array<string>, opensAt: string, closesAt: string, schoolSummary: { closed: boolean, responses: number | null, suppressed: boolean, questions: Array<{ question: string, mean: number | null }> } }> } };

export type OpenEvaluationCycleMutationVariables = Exact<{
  input: OpenEvaluationCycleInput;
}>;


export type OpenEvaluationCycleMutation = { openEvaluationCycle: { cycle: { id: string, term: string, status: EvaluationStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PublishEvaluationCycleMutationVariables = Exact<{
  cycleId: string;
}>;


export type PublishEvaluationCycleMutation = { publishEvaluationCycle: { cycle: { id: string, status: EvaluationStatus, publishedAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OpenSurveyMutationVariables = Exact<{
  input: OpenSurveyInput;
}>;


export type OpenSurveyMutation = { openSurvey: { survey: { id: string, term: string, audience: SurveyAudience, opensAt: string, closesAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SchoolSettingsAndRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolSettingsAndRulesQuery = { schoolSettings: { crisisPickupHours: number, optionalActions: Array<string>, mentorStudentCap: number, supportingCountsTowardLoad: boolean }, dutyRules: Array<{ kind: RecordKind, period: DutyPeriod, minCount: number }> };

export type UpdateSchoolSettingsMutationVariables = Exact<{
  input: SchoolSettingsInput;
}>;


export type UpdateSchoolSettingsMutation = { updateSchoolSettings: { userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SetDutyRulesMutationVariables = Exact<{
  rules: Array<DutyRuleInput> | DutyRuleInput;
}>;


export type SetDutyRulesMutation = { setDutyRules: { userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AccessLogSummaryQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AccessLogSummaryQuery = { accessLogSummary: Array<{ day: string, readerRole: string, studentsTouched: number, readRequests: number, writeRequests: number, origins: Array<string>, reader: { id: string, name: string } | null }> };

export type OpenAccessReviewMutationVariables = Exact<{
  input: OpenAccessReviewInput;
}>;


export type OpenAccessReviewMutation = { openAccessReview: { review: { id: string, truncated: boolean, entries: Array<{ hour: string, readerRole: string, action: AccessAction, fields: Array<string>, requests: number, reader: { name: string } | null, student: { name: string } | null }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ClassroomStudentsQueryVariables = Exact<{
  schoolId: string;
  classroomId: string;
}>;


export type ClassroomStudentsQuery = { school: { id: string, students: { totalCount: number, nodes: Array<{ id: string, name: string, studentNumber: string, mentors: Array<{ id: string, role: MentorRole, mentor: { id: string, name: string } }> }> } } };

export type GradeComparisonQueryVariables = Exact<{
  schoolId: string;
  term?: string | null | undefined;
}>;


export type GradeComparisonQuery = { school: { id: string, name: string, code: string, stage: SchoolStage, stats: { students: number, studentsWithLeadMentor: number, teachers: number, teachersMentoring: number, maxMenteesPerMentor: number, grades: number, classrooms: number }, grades: Array<{ id: string, level: number, name: string, metrics: { term: string, students: number, studentsWithLeadMentor: number, coverage: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number } | null, classrooms: Array<{ id: string, name: string, headTeacher: { id: string, name: string } | null, metrics: { term: string, students: number, studentsWithLeadMentor: number, coverage: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number } | null }> }> } };

export type SchoolComparisonExportQueryVariables = Exact<{
  schoolId: string;
  term?: string | null | undefined;
  format: ExportFormat;
}>;


export type SchoolComparisonExportQuery = { school: { id: string, comparisonExport: { filename: string, contentType: string, base64: string } } };

export type SchoolGradesQueryVariables = Exact<{
  schoolId: string;
}>;


export type SchoolGradesQuery = { school: { id: string, name: string, code: string, stage: SchoolStage, stats: { students: number, studentsWithLeadMentor: number, teachers: number, teachersMentoring: number, maxMenteesPerMentor: number, grades: number, classrooms: number }, grades: Array<{ id: string, level: number, name: string, classrooms: Array<{ id: string, name: string, headTeacher: { id: string, name: string } | null }> }> } };

export type OwnSchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnSchoolQuery = { schools: { nodes: Array<{ id: string, name: string }> } };

export type SchoolFiguresFragment = { students: number, studentsWithLeadMentor: number, teachers: number, teachersMentoring: number, maxMenteesPerMentor: number, grades: number, classrooms: number };

export type GroupFiguresFragment = { term: string, students: number, studentsWithLeadMentor: number, coverage: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number };

export type SchoolBandsQueryVariables = Exact<{
  schoolId: string;
  term?: string | null | undefined;
}>;


export type SchoolBandsQuery = { school: { id: string, metrics: { term: string, hasOverdueCrisisAlert: boolean, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number } } } };

export type OpenSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenSurveysQuery = { openSurveys: Array<{ id: string, term: string, audience: SurveyAudience, questions: Array<string>, closesAt: string, ballotKey: { id: string, algorithm: string, modulus: string, publicExponent: string } | null }> };

export type RequestSurveyBallotMutationVariables = Exact<{
  input: RequestSurveyBallotInput;
}>;


export type RequestSurveyBallotMutation = { requestSurveyBallot: { blindSignature: string | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { status: SurveyResponseStatus | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MySurveySummaryQueryVariables = Exact<{
  audience: SurveyAudience;
  term?: string | null | undefined;
}>;


export type MySurveySummaryQuery = { me: { surveySummary: { term: string, audience: SurveyAudience, closed: boolean, responses: number | null, suppressed: boolean, comments: Array<string>, questions: Array<{ question: string, mean: number | null }> } } };

export type TermCloseQueryVariables = Exact<{
  term: string;
}>;


export type TermCloseQuery = { termCloseChecklist: { term: string, studentsWithoutPublishedFeedback: number, unpublishedFeedbackDrafts: number, openCrisisAlerts: number, openSurveys: number, evaluationPublished: boolean, readyToClose: boolean, closed: boolean }, termClose: { term: string, closedAt: string, sentToDistrict: boolean, openItemsAtClose: { term: string, studentsWithoutPublishedFeedback: number, unpublishedFeedbackDrafts: number, openCrisisAlerts: number, openSurveys: number, evaluationPublished: boolean, readyToClose: boolean, closed: boolean }, figures: { schoolName: string, students: number, studentsWithLeadMentor: number, coverage: number, teachersMentoring: number, certifiedMentors: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, evaluation: { excellent: number, qualified: number, needsImprovement: number } | null, crisisRaisedInTerm: { atLeast: number, atMost: number } } } | null };

export type ChecklistFieldsFragment = { term: string, studentsWithoutPublishedFeedback: number, unpublishedFeedbackDrafts: number, openCrisisAlerts: number, openSurveys: number, evaluationPublished: boolean, readyToClose: boolean, closed: boolean };

export type TermChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TermChoicesQuery = { academicYears: Array<{ name: string, terms: Array<{ id: string, number: number, startsOn: string, endsOn: string }> }>, currentTerm: { id: string } | null };

export type CloseTermMutationVariables = Exact<{
  input: CloseTermInput;
}>;


export type CloseTermMutation = { closeTerm: { alreadyClosed: boolean, close: { term: string, closedAt: string, sentToDistrict: boolean } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TermReportQueryVariables = Exact<{
  term: string;
  format: ReportFormat;
}>;


export type TermReportQuery = { termClose: { term: string, report: { filename: string, contentType: string, base64: string } } | null };

export type RecognitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecognitionsQuery = { recognitions: { totalCount: number, nodes: Array<{ id: string, term: string, topN: number | null, minTotal: number | null, status: string, publishedAt: string | null, sentToDistrict: boolean, mentors: Array<{ rank: number, name: string, total: number, teacher: { id: string } | null }> }> }, evaluationCycles: { totalCount: number, nodes: Array<{ id: string, term: string, status: EvaluationStatus, publishedAt: string | null }> } };

export type RecognitionFieldsFragment = { id: string, term: string, topN: number | null, minTotal: number | null, status: string, publishedAt: string | null, sentToDistrict: boolean, mentors: Array<{ rank: number, name: string, total: number, teacher: { id: string } | null }> };

export type ProposeRecognitionMutationVariables = Exact<{
  input: ProposeRecognitionInput;
}>;


export type ProposeRecognitionMutation = { proposeRecognition: { recognition: { id: string, term: string, topN: number | null, minTotal: number | null, status: string, publishedAt: string | null, sentToDistrict: boolean, mentors: Array<{ rank: number, name: string, total: number, teacher: { id: string } | null }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PublishRecognitionMutationVariables = Exact<{
  recognitionId: string;
}>;


export type PublishRecognitionMutation = { publishRecognition: { recognition: { id: string, term: string, topN: number | null, minTotal: number | null, status: string, publishedAt: string | null, sentToDistrict: boolean, mentors: Array<{ rank: number, name: string, total: number, teacher: { id: string } | null }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RecognitionCertificateQueryVariables = Exact<{
  teacherId: string;
  recognitionId: string;
}>;


export type RecognitionCertificateQuery = { recognitionCertificate: { filename: string, contentType: string, base64: string } };

export type DistrictTermClosingQueryVariables = Exact<{
  term: string;
}>;


export type DistrictTermClosingQuery = { districtTermClosing: { term: string, closed: boolean, closedAt: string | null, schoolsClosed: number, schools: Array<{ closed: boolean, closedAt: string | null, school: { id: string, name: string } | null }> }, recognizedMentors: Array<{ term: string, school: { id: string, name: string } | null, teachers: Array<{ name: string, staffNumber: string, rank: number }> }> };

export type DistrictTermReportQueryVariables = Exact<{
  term: string;
  format: ReportFormat;
}>;


export type DistrictTermReportQuery = { districtTermClosing: { term: string, report: { filename: string, contentType: string, base64: string } } };

export type CloseDistrictTermMutationVariables = Exact<{
  input: CloseDistrictTermInput;
}>;


export type CloseDistrictTermMutation = { closeDistrictTerm: { closing: { term: string, closed: boolean, closedAt: string | null, schoolsClosed: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export const CrisisAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrisisAlertFieldsFragment, unknown>;
export const DistrictUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DistrictUserErrorFragment, unknown>;
export const DistrictFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"menteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsAboveCap"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithOverdueCrisisAlert"}},{"kind":"Field","name":{"kind":"Name","value":"plansFiled"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsTrained"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}}]}}]} as unknown as DocumentNode<DistrictFiguresFragment, unknown>;
export const GrowthTeacherFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrowthTeacherFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffNumber"}},{"kind":"Field","name":{"kind":"Name","value":"growthRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"mentees"}},{"kind":"Field","name":{"kind":"Name","value":"leadMentees"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutiesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourses"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognitionRanks"}}]}}]}}]} as unknown as DocumentNode<GrowthTeacherFieldsFragment, unknown>;
export const ConsultationTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsultationTaskFieldsFragment, unknown>;
export const ArchiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"familyStructure"}},{"kind":"Field","name":{"kind":"Name","value":"personality"}},{"kind":"Field","name":{"kind":"Name","value":"habits"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArchiveFieldsFragment, unknown>;
export const NotificationChannelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}},{"kind":"Field","name":{"kind":"Name","value":"smtpPort"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<NotificationChannelFieldsFragment, unknown>;
export const AdminUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdminUserErrorFragment, unknown>;
export const SchoolFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}}]} as unknown as DocumentNode<SchoolFiguresFragment, unknown>;
export const GroupFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}}]}}]} as unknown as DocumentNode<GroupFiguresFragment, unknown>;
export const ChecklistFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermCloseChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithoutPublishedFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"unpublishedFeedbackDrafts"}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"openSurveys"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationPublished"}},{"kind":"Field","name":{"kind":"Name","value":"readyToClose"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]} as unknown as DocumentNode<ChecklistFieldsFragment, unknown>;
export const RecognitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecognitionFieldsFragment, unknown>;
export const CrisisQueueDocument = {"__meta__":{"hash":"14d164ba2d4f47039955c73fbb1a5685a486139c0d032947f0444e15b8042435"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrisisQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrisisQueueQuery, CrisisQueueQueryVariables>;
export const CrisisOverviewDocument = {"__meta__":{"hash":"b73478a4fcf8b7b7be73540650d45cfe14502b1a76a4e7a4e74823c85518fe60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrisisOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<CrisisOverviewQuery, CrisisOverviewQueryVariables>;
export const AdvanceCrisisAlertDocument = {"__meta__":{"hash":"581455a08b25f4e8124bcd0c4777f8628866852e0dd68799605cc7afa7f66f42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceCrisisAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceCrisisAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceCrisisAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisAlertFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdvanceCrisisAlertMutation, AdvanceCrisisAlertMutationVariables>;
export const DistrictPolicyDocument = {"__meta__":{"hash":"84a070d344df1fb7855f91746918921c31a72c2fd06c88dc1805b6fc0d4335b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorStudentCap"}},{"kind":"Field","name":{"kind":"Name","value":"smallGroupThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"trialPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"coverageThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesLagPoints"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictPolicyQuery, DistrictPolicyQueryVariables>;
export const SetDistrictPolicyDocument = {"__meta__":{"hash":"64ce250e06045b6fdbc79745efc624701c39dfaacfce85d158338302c0592370"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDistrictPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistrictPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDistrictPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorStudentCap"}},{"kind":"Field","name":{"kind":"Name","value":"trialPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"coverageThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesLagPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetDistrictPolicyMutation, SetDistrictPolicyMutationVariables>;
export const TrainingCoursesDocument = {"__meta__":{"hash":"069bc0eaa12450220d2ee83f24fc6714ac383e810d7ccde04df339e20b76711a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"schoolBased"}}]}}]}}]} as unknown as DocumentNode<TrainingCoursesQuery, TrainingCoursesQueryVariables>;
export const AddTrainingCourseDocument = {"__meta__":{"hash":"7d4154f2f15880c10b95a2a5b5c1ec84df2e29fb009956a2347c9aa0e376eef2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTrainingCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTrainingCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTrainingCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AddTrainingCourseMutation, AddTrainingCourseMutationVariables>;
export const ImportTrainingCompletionsDocument = {"__meta__":{"hash":"85e78da3627e258c3573f7c47dc2b6a6079aff2015433255864c9a14576e3999"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTrainingCompletions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTrainingCompletions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileBase64"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ImportTrainingCompletionsMutation, ImportTrainingCompletionsMutationVariables>;
export const EvaluationTemplateDocument = {"__meta__":{"hash":"5b5aafd7db020ecde4bdee7da701acb219368863aee4acfc5b5c3e3855dd6906"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}}]}}]} as unknown as DocumentNode<EvaluationTemplateQuery, EvaluationTemplateQueryVariables>;
export const SetEvaluationTemplateDocument = {"__meta__":{"hash":"366c4da398d9b80506be5e05abab3917880cfe75398cde1285d2212b3914f004"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEvaluationTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationTemplateItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEvaluationTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetEvaluationTemplateMutation, SetEvaluationTemplateMutationVariables>;
export const ImportSchoolRegistryDocument = {"__meta__":{"hash":"84f8874d3299de3b24ed96f002f1b45086e1a6074a23ebef9a2df2daec442bba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSchoolRegistry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSchoolRegistryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSchoolRegistry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ImportSchoolRegistryMutation, ImportSchoolRegistryMutationVariables>;
export const SchoolRegistryExportDocument = {"__meta__":{"hash":"a89b973ab598b880afd608d319b81f9584c0aa35eed49318dc40a97efe0f6d87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolRegistryExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolRegistryExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<SchoolRegistryExportQuery, SchoolRegistryExportQueryVariables>;
export const SchoolPlansDocument = {"__meta__":{"hash":"fbf6374c26ca6b3dca4ae1a406677d96f063bef7c811ecd7df855f41ac83e9d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"planFiledOn"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolPlansQuery, SchoolPlansQueryVariables>;
export const RecordSchoolPlanDocument = {"__meta__":{"hash":"b911cfeea80308e7d3ffe78a49a39ef4d8b3819bcaddb18fcbcc93c30c6bc19e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSchoolPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSchoolPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planFiledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RecordSchoolPlanMutation, RecordSchoolPlanMutationVariables>;
export const DistrictDashboardDocument = {"__meta__":{"hash":"3d8ef03960ea8cd42d1c54d77ac5befa0b9fe55185858e7e974ba6176423cc0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorStudentCap"}},{"kind":"Field","name":{"kind":"Name","value":"smallGroupThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"coverageThresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesLagPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"termElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planFiled"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"teachersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsTrained"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRate"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallPoints"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"menteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsAboveCap"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasOverdueCrisisAlert"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"menteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsAboveCap"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithOverdueCrisisAlert"}},{"kind":"Field","name":{"kind":"Name","value":"plansFiled"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsTrained"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}}]}}]} as unknown as DocumentNode<DistrictDashboardQuery, DistrictDashboardQueryVariables>;
export const DistrictTrendsDocument = {"__meta__":{"hash":"8c27721f6d88416b8cbf07d23405b6f7de9ca7348c5f7f97a8ac623c692a2d22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"menteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsAboveCap"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithOverdueCrisisAlert"}},{"kind":"Field","name":{"kind":"Name","value":"plansFiled"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsTrained"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}}]}}]} as unknown as DocumentNode<DistrictTrendsQuery, DistrictTrendsQueryVariables>;
export const DistrictReportExportDocument = {"__meta__":{"hash":"b8fa58776f1562eb2ffc4a51190f7057ffed243b749d5831e2a73f2ac808d184"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtReportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<DistrictReportExportQuery, DistrictReportExportQueryVariables>;
export const StudentRoundsDocument = {"__meta__":{"hash":"e51180470ec6ffeb401a3118ab67d453c833ccf9bf514eb0f86d640f9dd210e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}}]}}]}}]}}]} as unknown as DocumentNode<StudentRoundsQuery, StudentRoundsQueryVariables>;
export const MyMentorChoiceDocument = {"__meta__":{"hash":"8fcb1a0b638f448d6116d78c55d9c26d11ff36eac812e63aa1fa53b947e31167"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMentorChoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyMentorChoiceQuery, MyMentorChoiceQueryVariables>;
export const SubmitPreferencesDocument = {"__meta__":{"hash":"caa38530f0d55ab11670932dd3489f77ee497d980f031aa094e42ac24a70ed5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPreferencesMutation, SubmitPreferencesMutationVariables>;
export const MyFeedbackDocument = {"__meta__":{"hash":"0f9ca388947204847d33caf8b19e0a16101963e4ab7cdc1872c717d34c00b591"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}}]}}]}}]} as unknown as DocumentNode<MyFeedbackQuery, MyFeedbackQueryVariables>;
export const GrowthRecordDocument = {"__meta__":{"hash":"d5d4c6dc06abceb6b6562e205d523541b6320b25224de4c1a09256847d82525f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrowthRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrowthTeacherFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrowthTeacherFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffNumber"}},{"kind":"Field","name":{"kind":"Name","value":"growthRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"mentees"}},{"kind":"Field","name":{"kind":"Name","value":"leadMentees"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutiesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourses"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognitionRanks"}}]}}]}}]} as unknown as DocumentNode<GrowthRecordQuery, GrowthRecordQueryVariables>;
export const GrowthRecordExportDocument = {"__meta__":{"hash":"c7514a6feb6db1a792b6d250fa190711459ae8018dce6646a9abd110a25fd32d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrowthRecordExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"growthRecordExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]}}]} as unknown as DocumentNode<GrowthRecordExportQuery, GrowthRecordExportQueryVariables>;
export const GrowthTeachersDocument = {"__meta__":{"hash":"7575b420238d22f87ebc2d5ed5dcf76ca25bb86abfc03028abedc01dbbacd47e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrowthTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrowthTeachersQuery, GrowthTeachersQueryVariables>;
export const StudentTrajectoryDocument = {"__meta__":{"hash":"b496f9f839b5fb583a0fbc7ef3853cb9af9920fb7bdc156c99a09f0d1bfa2d36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentTrajectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudentTrajectoryQuery, StudentTrajectoryQueryVariables>;
export const MyGrowthRecordDocument = {"__meta__":{"hash":"b3bfc8839536697728682ccc64da87feb3d849deb4cfbf299997e38c7e3d7eaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGrowthRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrowthTeacherFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrowthTeacherFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Teacher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffNumber"}},{"kind":"Field","name":{"kind":"Name","value":"growthRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"mentees"}},{"kind":"Field","name":{"kind":"Name","value":"leadMentees"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutiesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCourses"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognitionRanks"}}]}}]}}]} as unknown as DocumentNode<MyGrowthRecordQuery, MyGrowthRecordQueryVariables>;
export const MyClassroomDocument = {"__meta__":{"hash":"2a5bba7ec855fc3a4a041169093e36872b07096a08da064fe6b4dec59faa0d05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyClassroom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classroomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classroomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"students"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseConsultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classroomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classroomId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTaskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyClassroomQuery, MyClassroomQueryVariables>;
export const RecordCaseConsultationDocument = {"__meta__":{"hash":"5c0123af959e3f1d3704b0ba94ebc28a2c327de0300f6a9de5a75f87edc63e37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCaseConsultationMutation, RecordCaseConsultationMutationVariables>;
export const MyConsultationTasksDocument = {"__meta__":{"hash":"075d61ff82e972e82dd173d3f68cc2997f9db3f3b8193ead8e96ead585b92ebb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsultationTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyConsultationTasksQuery, MyConsultationTasksQueryVariables>;
export const CompleteConsultationTaskDocument = {"__meta__":{"hash":"2d6d4d792a1da45621b76e48e72937d3b69a0ff1b4a35d1c9a4f29e058defd3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteConsultationTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeConsultationTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteConsultationTaskMutation, CompleteConsultationTaskMutationVariables>;
export const HeadTeacherClassroomsDocument = {"__meta__":{"hash":"ed959cc0bb94537fb71d6e07870d45f17550e52478f4d6346a4c5a9c4cc4647d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeadTeacherClassrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HeadTeacherClassroomsQuery, HeadTeacherClassroomsQueryVariables>;
export const MatchingRoundsDocument = {"__meta__":{"hash":"11649ca823c9c149f279987ef10647eac73704a6392c226e95e0daa0e1171a20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"randomDraw"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithPreferences"}},{"kind":"Field","name":{"kind":"Name","value":"firstChoiceRate"}},{"kind":"Field","name":{"kind":"Name","value":"topThreeRate"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsWithoutStudents"}},{"kind":"Field","name":{"kind":"Name","value":"mentorLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsWithStudents"}},{"kind":"Field","name":{"kind":"Name","value":"meanWithStudents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchingRoundsQuery, MatchingRoundsQueryVariables>;
export const RunMatchingDocument = {"__meta__":{"hash":"22bb525a76fb78dea6e00c8060752d73fb51c1333781fa165c3a10ab09134863"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMatching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RunMatchingMutation, RunMatchingMutationVariables>;
export const PublishMatchingRoundDocument = {"__meta__":{"hash":"545d47bc0fb27c28a8cb1f3937c3b8a8b9767e41943928f3233e363801d3c2ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMatchingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMatchingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishMatchingRoundMutation, PublishMatchingRoundMutationVariables>;
export const OpenMatchingRoundDocument = {"__meta__":{"hash":"83f352712523f703e3b9b739379c5d53263849a0c42e0adbee8cdeea50fff1b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMatchingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenMatchingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMatchingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OpenMatchingRoundMutation, OpenMatchingRoundMutationVariables>;
export const MenteeDetailDocument = {"__meta__":{"hash":"3e461868a208f96e93880c49337ae599d86db6c1b58451adfd860648f75fce37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MenteeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termDuties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisit"}},{"kind":"Field","name":{"kind":"Name","value":"talk"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attentionCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"contactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"optionalAction"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"students"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionalActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"familyStructure"}},{"kind":"Field","name":{"kind":"Name","value":"personality"}},{"kind":"Field","name":{"kind":"Name","value":"habits"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MenteeDetailQuery, MenteeDetailQueryVariables>;
export const EditGrowthArchiveDocument = {"__meta__":{"hash":"3d70412de3406c338a4b9b183909562be8c3a6a03369fbc7eb21e07ad8d2daf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditGrowthArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditGrowthArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editGrowthArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"familyStructure"}},{"kind":"Field","name":{"kind":"Name","value":"personality"}},{"kind":"Field","name":{"kind":"Name","value":"habits"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EditGrowthArchiveMutation, EditGrowthArchiveMutationVariables>;
export const SetAttentionCategoriesDocument = {"__meta__":{"hash":"20a28260eaa24fcdff2e16bd14218b2e8e5e4ba21a966f153a2e0f1dc3dc9c41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAttentionCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAttentionCategoriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAttentionCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attentionCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetAttentionCategoriesMutation, SetAttentionCategoriesMutationVariables>;
export const PublishWrittenFeedbackDocument = {"__meta__":{"hash":"bf2bc75c56bfa7b7192cd08e3f8f263a1f9118068f4cb0b16d70eddc9050b53d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWrittenFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishWrittenFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishWrittenFeedbackMutation, PublishWrittenFeedbackMutationVariables>;
export const RaiseCrisisAlertDocument = {"__meta__":{"hash":"efc1f76b1438ee5a2670f367120e8c1bc6552276829b67fc99f5147a81ad1414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseCrisisAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseCrisisAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseCrisisAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RaiseCrisisAlertMutation, RaiseCrisisAlertMutationVariables>;
export const MentorRoundsDocument = {"__meta__":{"hash":"2c20f9eb4d197a68be1e0064a34f2b4a0b9bf860bc92b55d0b3e58edba6b2687"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MentorRoundsQuery, MentorRoundsQueryVariables>;
export const RankedMeDocument = {"__meta__":{"hash":"c0bdac90bd50bc182abc88ac6517ea15beeb8ed3314a1e4df0839334d198a68c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankedMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankedMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RankedMeQuery, RankedMeQueryVariables>;
export const DecideOnStudentDocument = {"__meta__":{"hash":"325290e5e29bf0a9fe86e1e23307c62426c47fc10197059c18bbe892e4a49328"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOnStudent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideOnStudentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOnStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DecideOnStudentMutation, DecideOnStudentMutationVariables>;
export const SetMentorCapacityDocument = {"__meta__":{"hash":"0a9047eaa927428844b086ab1b87877420950e0f232df7e7d83b5f7a78671a51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMentorCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMentorCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMentorCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetMentorCapacityMutation, SetMentorCapacityMutationVariables>;
export const MyEvaluationsDocument = {"__meta__":{"hash":"b5e0eab41c8fa2c83d744b4197e25cf69b4d2f4e890730ad40579aa5ee076c3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyEvaluationsQuery, MyEvaluationsQueryVariables>;
export const MySelfEvaluationDocument = {"__meta__":{"hash":"28cf2c998121f34ba3fdd9ef9d32cc3cf111f42513c70c75dc5591bd416828e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySelfEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"myScore"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySelfEvaluationQuery, MySelfEvaluationQueryVariables>;
export const MyWorkDocument = {"__meta__":{"hash":"aa0c5bfdf6caa4f67fed0f24588e5c5bf3f0552c33528755a91212f9d6198dae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttentionCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termDuties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisit"}},{"kind":"Field","name":{"kind":"Name","value":"talk"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedback"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const CreateMentorRecordDocument = {"__meta__":{"hash":"af2ac3a1feca7c30f95a18a86bef8919d5b6c80fd7b87e8b9bd39d04e4edfc6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMentorRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMentorRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMentorRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMentorRecordMutation, CreateMentorRecordMutationVariables>;
export const TermCalendarDocument = {"__meta__":{"hash":"65147d561551f8ed78f71f003b62b37637251019c520d613e5dfaabb7a528ff7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"academicYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<TermCalendarQuery, TermCalendarQueryVariables>;
export const MyNotificationsDocument = {"__meta__":{"hash":"d9bf41b9e41c1045ed6efa3107802c738f9dfa2478878458a7c8200bc20d2147"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"30"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unread"},"name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"__meta__":{"hash":"a213a7188ba3fd690a88ccf3cb5d497f3ef1dabe650c1799df9b6cc57879beaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"35149e4af78a95c9506e93b4aa687ceb30ee00eeb7320ff34977ec157578cbb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyNotificationPreferencesDocument = {"__meta__":{"hash":"aadcf8c3458fa8772f26f30956bd04e482232cff2b38b045c917a4fbcbefaf1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetMyNotificationPreferencesDocument = {"__meta__":{"hash":"fd248606b6cb430e7c9f8bdda7907995f684214d8dfa5ddf442261e694dd998e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetMyNotificationPreferencesMutation, SetMyNotificationPreferencesMutationVariables>;
export const NotificationChannelsDocument = {"__meta__":{"hash":"81444f0a37c935432b8b055c69466690f6a197a5a491c38335f0eecfe84495c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationChannelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"districtContactEmail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}},{"kind":"Field","name":{"kind":"Name","value":"smtpPort"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<NotificationChannelsQuery, NotificationChannelsQueryVariables>;
export const SaveNotificationChannelDocument = {"__meta__":{"hash":"0424710927dfa9c4817289ee48757f810466ed2760993f78a9830dd0e3b26a4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveNotificationChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationChannelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}},{"kind":"Field","name":{"kind":"Name","value":"smtpPort"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"recentAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<SaveNotificationChannelMutation, SaveNotificationChannelMutationVariables>;
export const RemoveNotificationChannelDocument = {"__meta__":{"hash":"12d217a4a734a723fe12e2d33c470d5c37cbb135635619ce918100560b01277e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveNotificationChannelMutation, RemoveNotificationChannelMutationVariables>;
export const UpdateNotificationSettingsDocument = {"__meta__":{"hash":"1438713cca81c34ce6cf179ac63eba55380fc2d0bfd515bf18eeccec3ba0296b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"districtContactEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const MatchingRoundDetailDocument = {"__meta__":{"hash":"89b9742500512f266754fdf62971fad9f72027aab725302248a93cf48fb45149"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingRoundDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preferencesReceived"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithPreferences"}},{"kind":"Field","name":{"kind":"Name","value":"firstChoiceRate"}},{"kind":"Field","name":{"kind":"Name","value":"topThreeRate"}},{"kind":"Field","name":{"kind":"Name","value":"blockingPairs"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsWithoutStudents"}},{"kind":"Field","name":{"kind":"Name","value":"matchedByPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preference"}},{"kind":"Field","name":{"kind":"Name","value":"classFill"}},{"kind":"Field","name":{"kind":"Name","value":"randomDraw"}},{"kind":"Field","name":{"kind":"Name","value":"manual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsWithStudents"}},{"kind":"Field","name":{"kind":"Name","value":"meanWithStudents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"draft"},"name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unmatched"},"name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmatchedOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmatchedReason"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAt"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromMentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchingRoundDetailQuery, MatchingRoundDetailQueryVariables>;
export const AdjustMatchDocument = {"__meta__":{"hash":"9313f47b610bf0a649cb0cca3deebe9b8c07cb2b52c4cf94d8973735c09afaed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdjustMatchMutation, AdjustMatchMutationVariables>;
export const SchoolTeachersDocument = {"__meta__":{"hash":"7871112b393ef5efe3e7ba2c2fc79fa3fac1379d435d6d4d8ff8f47ec368839b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mentorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCoursesDone"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCoursesTotal"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolTeachersQuery, SchoolTeachersQueryVariables>;
export const StartMentorTrialDocument = {"__meta__":{"hash":"5162b376986739e96deebd03e0dc54440f4319f78133b0d8d674f84c5f46b9d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMentorTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMentorTrial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teacherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<StartMentorTrialMutation, StartMentorTrialMutationVariables>;
export const CertifyMentorDocument = {"__meta__":{"hash":"535c262fc6361d767bc698dd48dab4d04e579cdff838dc8d1004416f38bb72af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertifyMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifyMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teacherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CertifyMentorMutation, CertifyMentorMutationVariables>;
export const MarkNotSuitableDocument = {"__meta__":{"hash":"d8b9a3ab8d105e6e89f00d4f5aa5eee139685d82e477b9a45a7e56d3c02f45d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotSuitable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeOutOfMentoringInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotSuitable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handedOver"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MarkNotSuitableMutation, MarkNotSuitableMutationVariables>;
export const SuspendMentorDocument = {"__meta__":{"hash":"e1bb156ad9552c8e29042ee8d6af6f44429b633c82602420cdd736f1b5db25f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeOutOfMentoringInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handedOver"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SuspendMentorMutation, SuspendMentorMutationVariables>;
export const HandOverMenteesDocument = {"__meta__":{"hash":"2c2beb807d37e6fd0a7d8a8e9abca10f30b30e63cd584ca07eeee11afebabcb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandOverMentees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandOverMenteesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOverMentees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<HandOverMenteesMutation, HandOverMenteesMutationVariables>;
export const FormMentorTeamDocument = {"__meta__":{"hash":"94e7acdf9e4df9bde7ff589510e167296162bda3ccdc6aca040296fcc067bf31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FormMentorTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormMentorTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formMentorTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<FormMentorTeamMutation, FormMentorTeamMutationVariables>;
export const PreviewRosterImportDocument = {"__meta__":{"hash":"5353939bafe2679a032d3dacdd4924e6b96a15a222fbc62b9b8f3071656d0837"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewRosterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewRosterImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRosterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PreviewRosterImportMutation, PreviewRosterImportMutationVariables>;
export const ConfirmRosterImportDocument = {"__meta__":{"hash":"b8757736ed1d740a9e8a150c9d898dfa85a0f5dd9b3d7090ad47ba9edef16b4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRosterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"markMissingAsLeft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRosterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}},{"kind":"Argument","name":{"kind":"Name","value":"markMissingAsLeft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"markMissingAsLeft"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedLeft"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ConfirmRosterImportMutation, ConfirmRosterImportMutationVariables>;
export const RosterExportDocument = {"__meta__":{"hash":"33575a7eb5a9b9a8fa0fa4a0d26c9a773b731ff55bc4b741ebb5cf7deee2fabd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RosterExportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<RosterExportQuery, RosterExportQueryVariables>;
export const RosterTemplateDocument = {"__meta__":{"hash":"a94d086fe3e03a681f87a370e90b68f800c70a592e91fbca3bb1a1044c84ce95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RosterKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<RosterTemplateQuery, RosterTemplateQueryVariables>;
export const EvaluationCyclesDocument = {"__meta__":{"hash":"4b0066608440d52aa2774404d4225d85bf7613d9dd285a0174b911a17da4c954"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationCycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedMin"}},{"kind":"Field","name":{"kind":"Name","value":"excellentMin"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adaptationNote"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationCyclesQuery, EvaluationCyclesQueryVariables>;
export const EnterEvaluationScoreDocument = {"__meta__":{"hash":"c5ad62487df11dfbbbcbf1f903f2ff74757f851137ab32f0cf44160b55dd97a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterEvaluationScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterEvaluationScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterEvaluationScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EnterEvaluationScoreMutation, EnterEvaluationScoreMutationVariables>;
export const SchoolSurveysDocument = {"__meta__":{"hash":"95520b699dc1cf063fddedea51dcf03f52cfe75f1fc41fadca1cc5177a3b2613"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolSurveysQuery, SchoolSurveysQueryVariables>;
export const OpenEvaluationCycleDocument = {"__meta__":{"hash":"789faa2d896ec6d893f60aa39d17ec12946fee0db26b03ffb316c21002272c7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenEvaluationCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenEvaluationCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OpenEvaluationCycleMutation, OpenEvaluationCycleMutationVariables>;
export const PublishEvaluationCycleDocument = {"__meta__":{"hash":"ed8bb2c186cdcb4fd6eed70e82f1f292a295461ad3bdca47f7c4e8a4522c1ca5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvaluationCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PublishEvaluationCycleMutation, PublishEvaluationCycleMutationVariables>;
export const OpenSurveyDocument = {"__meta__":{"hash":"701327a417163ca40b4636860e8169267725832e6c307bbfa2208e0f29e7a9f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OpenSurveyMutation, OpenSurveyMutationVariables>;
export const SchoolSettingsAndRulesDocument = {"__meta__":{"hash":"38b77f5f0a340b6bad6156faf490cdf9664efd60182ec783c521487928b5e7ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolSettingsAndRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisPickupHours"}},{"kind":"Field","name":{"kind":"Name","value":"optionalActions"}},{"kind":"Field","name":{"kind":"Name","value":"mentorStudentCap"}},{"kind":"Field","name":{"kind":"Name","value":"supportingCountsTowardLoad"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}}]}}]}}]} as unknown as DocumentNode<SchoolSettingsAndRulesQuery, SchoolSettingsAndRulesQueryVariables>;
export const UpdateSchoolSettingsDocument = {"__meta__":{"hash":"25f8658ca46e8f0af04bbb233a350eaeb9f4e4ad33c849d97ad60bcb49704e8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchoolSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchoolSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateSchoolSettingsMutation, UpdateSchoolSettingsMutationVariables>;
export const SetDutyRulesDocument = {"__meta__":{"hash":"8c0db48271c5d6988606695adab056bd933c07b8ed1321b195dd833392990687"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDutyRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyRuleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDutyRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetDutyRulesMutation, SetDutyRulesMutationVariables>;
export const AccessLogSummaryDocument = {"__meta__":{"hash":"7224d2d08caf1b9c7f40328c23b076acb0a4910ff13327cd7f84624eba90a9d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLogSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"readerRole"}},{"kind":"Field","name":{"kind":"Name","value":"studentsTouched"}},{"kind":"Field","name":{"kind":"Name","value":"readRequests"}},{"kind":"Field","name":{"kind":"Name","value":"writeRequests"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"reader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogSummaryQuery, AccessLogSummaryQueryVariables>;
export const OpenAccessReviewDocument = {"__meta__":{"hash":"6e5f2526becfad4cd7b9a0178c8e5ae4b9242df5ed63f3ccad038bac903f86e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAccessReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAccessReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAccessReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"readerRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"reader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OpenAccessReviewMutation, OpenAccessReviewMutationVariables>;
export const ClassroomStudentsDocument = {"__meta__":{"hash":"58ebde1bebc32caafdfb82cb8ffb1b13c83616dea8ab6c2c94ccb279a904305a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassroomStudents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classroomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"students"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classroomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classroomId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassroomStudentsQuery, ClassroomStudentsQueryVariables>;
export const GradeComparisonDocument = {"__meta__":{"hash":"78ca83ccfc3f716d8895683fda139058a566e9e1fbf5b9db3613a5d00957b76f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigures"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}}]}}]} as unknown as DocumentNode<GradeComparisonQuery, GradeComparisonQueryVariables>;
export const SchoolComparisonExportDocument = {"__meta__":{"hash":"72f6f273157e9ed2cb0412999cfbe5e376a995cd81850419e5c205e3f9f2b62b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolComparisonExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolComparisonExportQuery, SchoolComparisonExportQueryVariables>;
export const SchoolGradesDocument = {"__meta__":{"hash":"aaf54f01795c97d0b60fb26a01c6947c30b68f6c80f933c556ee6aa84dcbafdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolGrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}}]} as unknown as DocumentNode<SchoolGradesQuery, SchoolGradesQueryVariables>;
export const OwnSchoolDocument = {"__meta__":{"hash":"7c53915953c529b6b5a8e1c8584c940c66da4331a2300ec5aae4933561b516eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OwnSchoolQuery, OwnSchoolQueryVariables>;
export const SchoolBandsDocument = {"__meta__":{"hash":"7fa0fc578923fe1fbd5b4625d8fe95da92526634c99ccb2364d6f259525a02d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolBands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasOverdueCrisisAlert"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolBandsQuery, SchoolBandsQueryVariables>;
export const OpenSurveysDocument = {"__meta__":{"hash":"3ad75505cf74d4ac178b521512cc45e895875cc311d6f862aa50322cb3c1705b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"ballotKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"modulus"}},{"kind":"Field","name":{"kind":"Name","value":"publicExponent"}}]}}]}}]}}]} as unknown as DocumentNode<OpenSurveysQuery, OpenSurveysQueryVariables>;
export const RequestSurveyBallotDocument = {"__meta__":{"hash":"7cbdb44e1446026e2b8443162300f3824605826e55ced3ab07ec5f11e525a7d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSurveyBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSurveyBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSurveyBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blindSignature"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestSurveyBallotMutation, RequestSurveyBallotMutationVariables>;
export const SubmitSurveyResponseDocument = {"__meta__":{"hash":"2afd60fa310097e4d4ebdbc7fd2765ff0fdeb03007707b7a1b966fe3f39ad02a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSurveyResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const MySurveySummaryDocument = {"__meta__":{"hash":"d8f19c16dae068b031b2f52765e08e72068b01b749191ca11fbd3016b9ab611d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveySummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAudience"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}},{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}}]}}]}}]} as unknown as DocumentNode<MySurveySummaryQuery, MySurveySummaryQueryVariables>;
export const TermCloseDocument = {"__meta__":{"hash":"f6eec3eb579520784a4cb4805538d0259e3734762fa02316e31ab76f3d6fdf09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termCloseChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"openItemsAtClose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedMentors"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crisisRaisedInTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TermCloseChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithoutPublishedFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"unpublishedFeedbackDrafts"}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"openSurveys"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationPublished"}},{"kind":"Field","name":{"kind":"Name","value":"readyToClose"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]} as unknown as DocumentNode<TermCloseQuery, TermCloseQueryVariables>;
export const TermChoicesDocument = {"__meta__":{"hash":"904d6b566eb84c2e08f1356ecf870120c476c2828ace0a96c500fb5b01bc0de5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"academicYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TermChoicesQuery, TermChoicesQueryVariables>;
export const CloseTermDocument = {"__meta__":{"hash":"a1e0c14571f64ecd9c9b75aaca6dcc9dfb26cf9ea3383e2026cd114148ff4a0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alreadyClosed"}},{"kind":"Field","name":{"kind":"Name","value":"close"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDistrict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloseTermMutation, CloseTermMutationVariables>;
export const TermReportDocument = {"__meta__":{"hash":"9562e69486ad4bf7f28083214bdb2db5fe63607ad95602e682b9da3c6378d90d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]}}]} as unknown as DocumentNode<TermReportQuery, TermReportQueryVariables>;
export const RecognitionsDocument = {"__meta__":{"hash":"de4590f785b1dbee5ce220558f39f8858d50daf275ff9b51e3a624c7eb579dba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recognitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecognitionsQuery, RecognitionsQueryVariables>;
export const ProposeRecognitionDocument = {"__meta__":{"hash":"b08b066116a1597f9422613d17388671cfd304cd9f2dd8962e12c8a157c64163"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeRecognitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeRecognitionMutation, ProposeRecognitionMutationVariables>;
export const PublishRecognitionDocument = {"__meta__":{"hash":"bbcc24ce5de9ad5cfb5a8d69b2a4d9f75f6878a549b50e5f802fbf73ca80f3c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recognitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recognitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recognitionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublishRecognitionMutation, PublishRecognitionMutationVariables>;
export const RecognitionCertificateDocument = {"__meta__":{"hash":"a9a269e22bd5ccb7be1a696ba7811cbc2a9bfa315fa045a14b107082b16389f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecognitionCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recognitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teacherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recognitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recognitionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<RecognitionCertificateQuery, RecognitionCertificateQueryVariables>;
export const DistrictTermClosingDocument = {"__meta__":{"hash":"79d98d2fb19f0b10e8db3d01c0212598acb0ac3792b6916d6c34d872053d43d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictTermClosing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtTermClosing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognizedMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictTermClosingQuery, DistrictTermClosingQueryVariables>;
export const DistrictTermReportDocument = {"__meta__":{"hash":"0e25cf1b2106371ca9b653be54892a2e47a19113ae6d4136925a9c9cd4ea57c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictTermReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtTermClosing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictTermReportQuery, DistrictTermReportQueryVariables>;
export const CloseDistrictTermDocument = {"__meta__":{"hash":"0d3cac65478dc4dbdf26e306435215176d735ae6e57d30d790df1610ffd437e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseDistrictTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseDistrictTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeDistrictTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsClosed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloseDistrictTermMutation, CloseDistrictTermMutationVariables>;