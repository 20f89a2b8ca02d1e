import { hasRole, Role } from '@mentorship/auth';

import { schoolAdmin, schoolStaff, studentOrGuardian, teacher } from './permissions.roles';

/** 考核, surveys, 学期结束, 表彰 and growth records: merged into permissions.ts. */
export const evaluationRules = {
  // 考核: the school admin sees all of the school; a mentor only their own (Me.evaluations).
  EvaluationCycle: schoolAdmin,
  EvaluationCycleConnection: schoolAdmin,
  EvaluationCycleEdge: schoolAdmin,
  RubricItemView: schoolAdmin,
  MentorEvaluation: schoolAdmin,
  MentorEvaluationConnection: schoolAdmin,
  MentorEvaluationEdge: schoolAdmin,
  LevelDistribution: schoolAdmin,
  ItemScore: teacher,
  EvaluationResult: teacher,
  EvaluationCyclePayload: schoolAdmin,
  EvaluationScorePayload: teacher,
  Survey: {
    '*': hasRole(Role.SCHOOL_ADMIN, Role.STUDENT, Role.GUARDIAN),
    ballotKey: studentOrGuardian,
    schoolSummary: schoolAdmin,
  },
  SurveyConnection: schoolAdmin,
  SurveyEdge: schoolAdmin,
  SchoolSurveySummary: schoolAdmin,
  SelfEvaluation: teacher,
  SelfEvaluationItem: teacher,
  // 学期结束 and the term report: the school admin (the district receives the frozen figures itself).
  TermCloseChecklist: schoolAdmin,
  TermClose: schoolAdmin,
  TermFiguresView: schoolAdmin,
  OptionalActionFigure: schoolAdmin,
  TrainingFigure: schoolAdmin,
  CloseTermPayload: schoolAdmin,
  // 表彰: published lists for the school's staff (drafts are filtered in the service); totals for the admin.
  RecognitionView: schoolStaff,
  RecognitionViewConnection: schoolStaff,
  RecognitionViewEdge: schoolStaff,
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
  SurveyComment: teacher,
  SurveyCommentConnection: teacher,
  SurveyCommentEdge: teacher,
  QuestionMean: teacher,
};
