/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type DutyPeriod =
  | 'MONTH'
  | 'TERM';

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

/** 优秀 / 合格 / 待改进 */
export type EvaluationLevel =
  | 'EXCELLENT'
  | 'NEEDS_IMPROVEMENT'
  | 'QUALIFIED';

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

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GuardianInput = {
  name: string;
  phone?: string | null | undefined;
  relation: string;
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

export type MonthlyNoteInput = {
  /** YYYY-MM */
  month: string;
  note: string;
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

/** Ask for your ballot: a blinded message made with @mentorship/client’s startSurveyBallot. */
export type RequestSurveyBallotInput = {
  /** Survey.ballotKey.id: the key your message was blinded for. */
  ballotKeyId: string;
  /** base64url, as long as the key’s modulus. */
  blindedMessage: string;
  surveyId: string;
};

/** Why a school is highlighted: coverage under 100%, a mentor above the cap, home visits or talks more than 20 points behind the share of the term gone by (成长寄语: behind in the term’s last fifth), an overdue crisis alert, no plan (一校一策) filed, mentors’ required training below the district’s rate, or no figures received yet. */
export type SchoolFlag =
  | 'COVERAGE_BELOW_FULL'
  | 'CRISIS_OVERDUE'
  | 'DUTIES_LAGGING'
  | 'MENTOR_ABOVE_CAP'
  | 'NO_FIGURES'
  | 'PLAN_NOT_FILED'
  | 'TRAINING_BELOW_RATE';

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

export type CrisisQueueQueryVariables = Exact<{
  status?: CrisisStatus | null | undefined;
}>;


export type CrisisQueueQuery = { crisisAlerts: Array<{ id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string, pickedUpAt: string | null, overdue: boolean, referredTo: string | null, description: string, student: { id: string, name: string, classroom: { id: string, name: string } } | null, raisedBy: { id: string, name: string } | null, history: Array<{ status: CrisisStatus, at: string, note: string | null, actor: { id: string, name: string } | null }> }> };

export type AdvanceCrisisAlertMutationVariables = Exact<{
  input: AdvanceCrisisAlertInput;
}>;


export type AdvanceCrisisAlertMutation = { advanceCrisisAlert: { alert: { id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string, pickedUpAt: string | null, overdue: boolean, referredTo: string | null, description: string, student: { id: string, name: string, classroom: { id: string, name: string } } | null, raisedBy: { id: string, name: string } | null, history: Array<{ status: CrisisStatus, at: string, note: string | null, actor: { id: string, name: string } | null }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CrisisAlertFieldsFragment = { id: string, level: CrisisLevel, status: CrisisStatus, reportedAt: string, pickedUpAt: string | null, overdue: boolean, referredTo: string | null, description: string, student: { id: string, name: string, classroom: { id: string, name: string } } | null, raisedBy: { id: string, name: string } | null, history: Array<{ status: CrisisStatus, at: string, note: string | null, actor: { id: string, name: string } | null }> };

export type DistrictDashboardQueryVariables = Exact<{
  stage?: SchoolStage | null | undefined;
}>;


export type DistrictDashboardQuery = { district: { id: string, name: string, policy: { mentorStudentCap: number, smallGroupThreshold: number } }, districtDashboard: { term: string | null, termElapsed: number, totals: { schools: number, schoolsReporting: number, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, schoolsWithOverdueCrisisAlert: number, plansFiled: number, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { excellent: number, qualified: number, needsImprovement: number } }, byStage: Array<{ stage: SchoolStage, figures: { schools: number, schoolsReporting: number, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, schoolsWithOverdueCrisisAlert: number, plansFiled: number, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { excellent: number, qualified: number, needsImprovement: number } } }>, schools: Array<{ planFiled: boolean, flags: Array<SchoolFlag>, teachersTrained: number, trainingRate: number | null, school: { id: string, name: string, code: string, stage: SchoolStage }, figures: { takenAt: string, term: string, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, hasOverdueCrisisAlert: boolean, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { term: string | null, excellent: number, qualified: number, needsImprovement: number } | null } | null }> } };

export type DistrictTrendsQueryVariables = Exact<{
  term?: string | null | undefined;
  stage?: SchoolStage | null | undefined;
}>;


export type DistrictTrendsQuery = { districtTrends: Array<{ week: string, figures: { schools: number, schoolsReporting: number, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, schoolsWithOverdueCrisisAlert: number, plansFiled: number, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { excellent: number, qualified: number, needsImprovement: number } } }> };

export type DistrictReportExportQueryVariables = Exact<{
  stage?: SchoolStage | null | undefined;
  format: ExportFormat;
}>;


export type DistrictReportExportQuery = { districtReportExport: { filename: string, contentType: string, base64: string } };

export type DistrictFiguresFragment = { schools: number, schoolsReporting: number, students: number, studentsWithLeadMentor: number, coverage: number, teachers: number, teachersMentoring: number, menteesPerMentor: number, maxMenteesPerMentor: number, mentorsAboveCap: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number, schoolsWithOverdueCrisisAlert: number, plansFiled: number, attentionStudents: { atLeast: number, atMost: number }, openCrisisAlerts: { atLeast: number, atMost: number }, evaluation: { excellent: number, qualified: number, needsImprovement: number } };

export type StudentRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type StudentRoundsQuery = { matchingRounds: Array<{ id: string, academicYear: string, status: MatchingRoundStatus, opensAt: string, closesAt: string, maxChoices: number }> };

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

export type MyClassroomQueryVariables = Exact<{
  classroomId: string;
}>;


export type MyClassroomQuery = { me: { teacher: { id: string, name: string } | null }, classroom: { id: string, name: string, grade: { id: string, name: string }, metrics: { term: string, students: number, studentsWithLeadMentor: number, coverage: number, homeVisitDone: number, talkDone: number, writtenFeedbackDone: number, allDutiesDone: number } | null, students: { totalCount: number, nodes: Array<{ id: string, name: string, studentNumber: string, mentors: Array<{ role: MentorRole, mentor: { id: string, name: string } }> }> } }, caseConsultations: Array<{ id: string, heldOn: string, attendees: Array<{ id: string, name: string }>, decisions: Array<{ decision: string, student: { id: string, name: string } | null }>, tasks: Array<{ id: string, description: string, dueOn: string | null, doneAt: string | null, owner: { id: string, name: string } | null, student: { id: string, name: string } | null }> }> };

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


export type MatchingRoundsQuery = { matchingRounds: Array<{ id: string, academicYear: string, status: MatchingRoundStatus, opensAt: string, closesAt: string, cap: number, maxChoices: number, eligibility: MentorEligibility, randomDraw: boolean, ranAt: string | null, publishedAt: string | null, grades: Array<{ id: string, name: string }>, report: { students: number, matched: number, unmatched: number, studentsWithPreferences: number, firstChoiceRate: number | null, topThreeRate: number | null, mentorsWithoutStudents: number, mentorLoad: { min: number, mean: number, max: number } } | null }> };

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


export type MentorRoundsQuery = { matchingRounds: Array<{ id: string, academicYear: string, status: MatchingRoundStatus, opensAt: string, closesAt: string, cap: number, mentors: Array<{ capacity: number, load: number, teacher: { id: string } }> }>, me: { teacher: { id: string } | null } };

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

export const CrisisAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrisisAlertFieldsFragment, unknown>;
export const DistrictFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"menteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsAboveCap"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithOverdueCrisisAlert"}},{"kind":"Field","name":{"kind":"Name","value":"plansFiled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}}]}}]} as unknown as DocumentNode<DistrictFiguresFragment, unknown>;
export const ConsultationTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsultationTaskFieldsFragment, unknown>;
export const ArchiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"familyStructure"}},{"kind":"Field","name":{"kind":"Name","value":"personality"}},{"kind":"Field","name":{"kind":"Name","value":"habits"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArchiveFieldsFragment, unknown>;
export const SchoolFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}}]} as unknown as DocumentNode<SchoolFiguresFragment, unknown>;
export const GroupFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}}]}}]} as unknown as DocumentNode<GroupFiguresFragment, unknown>;
export const CrisisQueueDocument = {"__meta__":{"hash":"14d164ba2d4f47039955c73fbb1a5685a486139c0d032947f0444e15b8042435"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrisisQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrisisQueueQuery, CrisisQueueQueryVariables>;
export const AdvanceCrisisAlertDocument = {"__meta__":{"hash":"581455a08b25f4e8124bcd0c4777f8628866852e0dd68799605cc7afa7f66f42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceCrisisAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceCrisisAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceCrisisAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisAlertFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdvanceCrisisAlertMutation, AdvanceCrisisAlertMutationVariables>;
export const DistrictDashboardDocument = {"__meta__":{"hash":"98a41a0a4451ed97fb835c2e882f6e4a5f651f2fcf1069b6c1f5b50f527dce4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorStudentCap"}},{"kind":"Field","name":{"kind":"Name","value":"smallGroupThreshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"termElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planFiled"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"teachersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRate"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"menteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsAboveCap"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasOverdueCrisisAlert"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"menteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsAboveCap"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithOverdueCrisisAlert"}},{"kind":"Field","name":{"kind":"Name","value":"plansFiled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}}]}}]} as unknown as DocumentNode<DistrictDashboardQuery, DistrictDashboardQueryVariables>;
export const DistrictTrendsDocument = {"__meta__":{"hash":"b9e6ca227728bd28be1c6540ad2b8ea046e36379ea22eba5e9b8323bef63e4ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"menteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsAboveCap"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolsWithOverdueCrisisAlert"}},{"kind":"Field","name":{"kind":"Name","value":"plansFiled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"needsImprovement"}}]}}]}}]} as unknown as DocumentNode<DistrictTrendsQuery, DistrictTrendsQueryVariables>;
export const DistrictReportExportDocument = {"__meta__":{"hash":"b8fa58776f1562eb2ffc4a51190f7057ffed243b749d5831e2a73f2ac808d184"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtReportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<DistrictReportExportQuery, DistrictReportExportQueryVariables>;
export const StudentRoundsDocument = {"__meta__":{"hash":"8841d22ceead6ca69eb285c6c93c81ced65078d42f67e3ed8298a6cf7a1e0560"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}}]}}]}}]} as unknown as DocumentNode<StudentRoundsQuery, StudentRoundsQueryVariables>;
export const MyMentorChoiceDocument = {"__meta__":{"hash":"8fcb1a0b638f448d6116d78c55d9c26d11ff36eac812e63aa1fa53b947e31167"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMentorChoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyMentorChoiceQuery, MyMentorChoiceQueryVariables>;
export const SubmitPreferencesDocument = {"__meta__":{"hash":"caa38530f0d55ab11670932dd3489f77ee497d980f031aa094e42ac24a70ed5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPreferencesMutation, SubmitPreferencesMutationVariables>;
export const MyFeedbackDocument = {"__meta__":{"hash":"0f9ca388947204847d33caf8b19e0a16101963e4ab7cdc1872c717d34c00b591"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}}]}}]}}]} as unknown as DocumentNode<MyFeedbackQuery, MyFeedbackQueryVariables>;
export const MyClassroomDocument = {"__meta__":{"hash":"a36c3364b239e3623d1bdfa32c12d51b9c7b1a6b589a46aac3ebb66620473379"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyClassroom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classroomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classroomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"students"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseConsultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classroomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classroomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyClassroomQuery, MyClassroomQueryVariables>;
export const RecordCaseConsultationDocument = {"__meta__":{"hash":"5c0123af959e3f1d3704b0ba94ebc28a2c327de0300f6a9de5a75f87edc63e37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCaseConsultationMutation, RecordCaseConsultationMutationVariables>;
export const MyConsultationTasksDocument = {"__meta__":{"hash":"075d61ff82e972e82dd173d3f68cc2997f9db3f3b8193ead8e96ead585b92ebb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsultationTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyConsultationTasksQuery, MyConsultationTasksQueryVariables>;
export const CompleteConsultationTaskDocument = {"__meta__":{"hash":"2d6d4d792a1da45621b76e48e72937d3b69a0ff1b4a35d1c9a4f29e058defd3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteConsultationTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeConsultationTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteConsultationTaskMutation, CompleteConsultationTaskMutationVariables>;
export const HeadTeacherClassroomsDocument = {"__meta__":{"hash":"ed959cc0bb94537fb71d6e07870d45f17550e52478f4d6346a4c5a9c4cc4647d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeadTeacherClassrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HeadTeacherClassroomsQuery, HeadTeacherClassroomsQueryVariables>;
export const MatchingRoundsDocument = {"__meta__":{"hash":"9dcfa88c3d72a9d8f5c62be26b628c8d463e75b8ba5f005adb2478e0886e1198"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"randomDraw"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithPreferences"}},{"kind":"Field","name":{"kind":"Name","value":"firstChoiceRate"}},{"kind":"Field","name":{"kind":"Name","value":"topThreeRate"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsWithoutStudents"}},{"kind":"Field","name":{"kind":"Name","value":"mentorLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchingRoundsQuery, MatchingRoundsQueryVariables>;
export const RunMatchingDocument = {"__meta__":{"hash":"22bb525a76fb78dea6e00c8060752d73fb51c1333781fa165c3a10ab09134863"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMatching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RunMatchingMutation, RunMatchingMutationVariables>;
export const PublishMatchingRoundDocument = {"__meta__":{"hash":"545d47bc0fb27c28a8cb1f3937c3b8a8b9767e41943928f3233e363801d3c2ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMatchingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMatchingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishMatchingRoundMutation, PublishMatchingRoundMutationVariables>;
export const OpenMatchingRoundDocument = {"__meta__":{"hash":"83f352712523f703e3b9b739379c5d53263849a0c42e0adbee8cdeea50fff1b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMatchingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenMatchingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMatchingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OpenMatchingRoundMutation, OpenMatchingRoundMutationVariables>;
export const MenteeDetailDocument = {"__meta__":{"hash":"3e461868a208f96e93880c49337ae599d86db6c1b58451adfd860648f75fce37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MenteeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"student"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termDuties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisit"}},{"kind":"Field","name":{"kind":"Name","value":"talk"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attentionCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"contactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"optionalAction"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"students"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionalActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"familyStructure"}},{"kind":"Field","name":{"kind":"Name","value":"personality"}},{"kind":"Field","name":{"kind":"Name","value":"habits"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MenteeDetailQuery, MenteeDetailQueryVariables>;
export const EditGrowthArchiveDocument = {"__meta__":{"hash":"3d70412de3406c338a4b9b183909562be8c3a6a03369fbc7eb21e07ad8d2daf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditGrowthArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditGrowthArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editGrowthArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"familyStructure"}},{"kind":"Field","name":{"kind":"Name","value":"personality"}},{"kind":"Field","name":{"kind":"Name","value":"habits"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EditGrowthArchiveMutation, EditGrowthArchiveMutationVariables>;
export const SetAttentionCategoriesDocument = {"__meta__":{"hash":"20a28260eaa24fcdff2e16bd14218b2e8e5e4ba21a966f153a2e0f1dc3dc9c41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAttentionCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAttentionCategoriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAttentionCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attentionCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetAttentionCategoriesMutation, SetAttentionCategoriesMutationVariables>;
export const PublishWrittenFeedbackDocument = {"__meta__":{"hash":"bf2bc75c56bfa7b7192cd08e3f8f263a1f9118068f4cb0b16d70eddc9050b53d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWrittenFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishWrittenFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishWrittenFeedbackMutation, PublishWrittenFeedbackMutationVariables>;
export const RaiseCrisisAlertDocument = {"__meta__":{"hash":"efc1f76b1438ee5a2670f367120e8c1bc6552276829b67fc99f5147a81ad1414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseCrisisAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseCrisisAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseCrisisAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RaiseCrisisAlertMutation, RaiseCrisisAlertMutationVariables>;
export const MentorRoundsDocument = {"__meta__":{"hash":"cb90191a4df9a05d329c56139d93a164c901badbdfb55d66a7a0a21f680292cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MentorRoundsQuery, MentorRoundsQueryVariables>;
export const RankedMeDocument = {"__meta__":{"hash":"c0bdac90bd50bc182abc88ac6517ea15beeb8ed3314a1e4df0839334d198a68c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankedMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankedMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RankedMeQuery, RankedMeQueryVariables>;
export const DecideOnStudentDocument = {"__meta__":{"hash":"325290e5e29bf0a9fe86e1e23307c62426c47fc10197059c18bbe892e4a49328"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOnStudent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideOnStudentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOnStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DecideOnStudentMutation, DecideOnStudentMutationVariables>;
export const SetMentorCapacityDocument = {"__meta__":{"hash":"0a9047eaa927428844b086ab1b87877420950e0f232df7e7d83b5f7a78671a51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMentorCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMentorCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMentorCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetMentorCapacityMutation, SetMentorCapacityMutationVariables>;
export const MyEvaluationsDocument = {"__meta__":{"hash":"b5e0eab41c8fa2c83d744b4197e25cf69b4d2f4e890730ad40579aa5ee076c3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyEvaluationsQuery, MyEvaluationsQueryVariables>;
export const MyWorkDocument = {"__meta__":{"hash":"aa0c5bfdf6caa4f67fed0f24588e5c5bf3f0552c33528755a91212f9d6198dae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttentionCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termDuties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisit"}},{"kind":"Field","name":{"kind":"Name","value":"talk"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedback"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const CreateMentorRecordDocument = {"__meta__":{"hash":"af2ac3a1feca7c30f95a18a86bef8919d5b6c80fd7b87e8b9bd39d04e4edfc6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMentorRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMentorRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMentorRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMentorRecordMutation, CreateMentorRecordMutationVariables>;
export const GradeComparisonDocument = {"__meta__":{"hash":"78ca83ccfc3f716d8895683fda139058a566e9e1fbf5b9db3613a5d00957b76f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFigures"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitDone"}},{"kind":"Field","name":{"kind":"Name","value":"talkDone"}},{"kind":"Field","name":{"kind":"Name","value":"writtenFeedbackDone"}},{"kind":"Field","name":{"kind":"Name","value":"allDutiesDone"}}]}}]} as unknown as DocumentNode<GradeComparisonQuery, GradeComparisonQueryVariables>;
export const SchoolComparisonExportDocument = {"__meta__":{"hash":"72f6f273157e9ed2cb0412999cfbe5e376a995cd81850419e5c205e3f9f2b62b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolComparisonExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolComparisonExportQuery, SchoolComparisonExportQueryVariables>;
export const SchoolGradesDocument = {"__meta__":{"hash":"aaf54f01795c97d0b60fb26a01c6947c30b68f6c80f933c556ee6aa84dcbafdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolGrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}}]} as unknown as DocumentNode<SchoolGradesQuery, SchoolGradesQueryVariables>;
export const OwnSchoolDocument = {"__meta__":{"hash":"7c53915953c529b6b5a8e1c8584c940c66da4331a2300ec5aae4933561b516eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OwnSchoolQuery, OwnSchoolQueryVariables>;
export const SchoolBandsDocument = {"__meta__":{"hash":"7fa0fc578923fe1fbd5b4625d8fe95da92526634c99ccb2364d6f259525a02d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolBands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"attentionStudents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCrisisAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasOverdueCrisisAlert"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolBandsQuery, SchoolBandsQueryVariables>;
export const OpenSurveysDocument = {"__meta__":{"hash":"3ad75505cf74d4ac178b521512cc45e895875cc311d6f862aa50322cb3c1705b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"ballotKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"modulus"}},{"kind":"Field","name":{"kind":"Name","value":"publicExponent"}}]}}]}}]}}]} as unknown as DocumentNode<OpenSurveysQuery, OpenSurveysQueryVariables>;
export const RequestSurveyBallotDocument = {"__meta__":{"hash":"7cbdb44e1446026e2b8443162300f3824605826e55ced3ab07ec5f11e525a7d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSurveyBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSurveyBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSurveyBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blindSignature"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestSurveyBallotMutation, RequestSurveyBallotMutationVariables>;
export const SubmitSurveyResponseDocument = {"__meta__":{"hash":"2afd60fa310097e4d4ebdbc7fd2765ff0fdeb03007707b7a1b966fe3f39ad02a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSurveyResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const MySurveySummaryDocument = {"__meta__":{"hash":"d8f19c16dae068b031b2f52765e08e72068b01b749191ca11fbd3016b9ab611d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveySummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAudience"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}},{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}}]}}]}}]} as unknown as DocumentNode<MySurveySummaryQuery, MySurveySummaryQueryVariables>;