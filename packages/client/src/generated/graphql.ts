/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Gender =
  | 'FEMALE'
  | 'MALE';

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

/** 学段: stage of schooling. */
export type SchoolStage =
  | 'JUNIOR_SECONDARY'
  | 'PRIMARY'
  | 'SENIOR_SECONDARY'
  | 'VOCATIONAL';

export type DistrictOverviewQueryVariables = Exact<{
  stage?: SchoolStage | null | undefined;
  first?: number;
}>;


export type DistrictOverviewQuery = { district: { id: string, name: string, policy: { mentorStudentCap: number, smallGroupThreshold: number } }, currentTerm: { id: string, number: number, startsOn: string, endsOn: string } | null, schools: { totalCount: number, nodes: Array<{ id: string, name: string, code: string, stage: SchoolStage, stats: { students: number, studentsWithLeadMentor: number, teachers: number, teachersMentoring: number, maxMenteesPerMentor: number, grades: number, classrooms: number } }> } };

export type SchoolFiguresFragment = { students: number, studentsWithLeadMentor: number, teachers: number, teachersMentoring: number, maxMenteesPerMentor: number, grades: number, classrooms: number };

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

export type MyMenteesQueryVariables = Exact<{
  teacherId: string;
}>;


export type MyMenteesQuery = { teacher: { id: string, name: string, mentorStatus: MentorStatus, mentees: Array<{ id: string, role: MentorRole, academicYear: string, startedOn: string, student: { id: string, name: string, studentNumber: string, gender: Gender, classroom: { id: string, name: string, grade: { id: string, name: string } } } }> } };

export type SchoolGradesQueryVariables = Exact<{
  schoolId: string;
}>;


export type SchoolGradesQuery = { school: { id: string, name: string, code: string, stage: SchoolStage, stats: { students: number, studentsWithLeadMentor: number, teachers: number, teachersMentoring: number, maxMenteesPerMentor: number, grades: number, classrooms: number }, grades: Array<{ id: string, level: number, name: string, classrooms: Array<{ id: string, name: string, headTeacher: { id: string, name: string } | null }> }> } };

export type OwnSchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnSchoolQuery = { schools: { nodes: Array<{ id: string, name: string }> } };

export type ClassroomCoverageQueryVariables = Exact<{
  schoolId: string;
}>;


export type ClassroomCoverageQuery = { school: { id: string, classrooms: Array<{ id: string, name: string, grade: { id: string }, students: { totalCount: number, nodes: Array<{ id: string, mentors: Array<{ role: MentorRole }> }> } }> } };

export const SchoolFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}}]} as unknown as DocumentNode<SchoolFiguresFragment, unknown>;
export const DistrictOverviewDocument = {"__meta__":{"hash":"8e660b5177db836ac554cf3fd05d399bc158b5fbb8025d376c408fca5f1510d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorStudentCap"}},{"kind":"Field","name":{"kind":"Name","value":"smallGroupThreshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}}]} as unknown as DocumentNode<DistrictOverviewQuery, DistrictOverviewQueryVariables>;
export const MatchingRoundsDocument = {"__meta__":{"hash":"9dcfa88c3d72a9d8f5c62be26b628c8d463e75b8ba5f005adb2478e0886e1198"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"randomDraw"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithPreferences"}},{"kind":"Field","name":{"kind":"Name","value":"firstChoiceRate"}},{"kind":"Field","name":{"kind":"Name","value":"topThreeRate"}},{"kind":"Field","name":{"kind":"Name","value":"mentorsWithoutStudents"}},{"kind":"Field","name":{"kind":"Name","value":"mentorLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchingRoundsQuery, MatchingRoundsQueryVariables>;
export const RunMatchingDocument = {"__meta__":{"hash":"22bb525a76fb78dea6e00c8060752d73fb51c1333781fa165c3a10ab09134863"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMatching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RunMatchingMutation, RunMatchingMutationVariables>;
export const PublishMatchingRoundDocument = {"__meta__":{"hash":"545d47bc0fb27c28a8cb1f3937c3b8a8b9767e41943928f3233e363801d3c2ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMatchingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMatchingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishMatchingRoundMutation, PublishMatchingRoundMutationVariables>;
export const OpenMatchingRoundDocument = {"__meta__":{"hash":"83f352712523f703e3b9b739379c5d53263849a0c42e0adbee8cdeea50fff1b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMatchingRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenMatchingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMatchingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OpenMatchingRoundMutation, OpenMatchingRoundMutationVariables>;
export const MyMenteesDocument = {"__meta__":{"hash":"bbf8166393a8f6b1ea2907868f1f0125f4803bbd73554086b4cbac7b1d043630"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMentees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teacherId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mentorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"academicYear"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"classroom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyMenteesQuery, MyMenteesQueryVariables>;
export const SchoolGradesDocument = {"__meta__":{"hash":"aaf54f01795c97d0b60fb26a01c6947c30b68f6c80f933c556ee6aa84dcbafdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolGrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headTeacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"studentsWithLeadMentor"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachersMentoring"}},{"kind":"Field","name":{"kind":"Name","value":"maxMenteesPerMentor"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}}]}}]} as unknown as DocumentNode<SchoolGradesQuery, SchoolGradesQueryVariables>;
export const OwnSchoolDocument = {"__meta__":{"hash":"7c53915953c529b6b5a8e1c8584c940c66da4331a2300ec5aae4933561b516eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OwnSchoolQuery, OwnSchoolQueryVariables>;
export const ClassroomCoverageDocument = {"__meta__":{"hash":"b95ee03cbcbf4d48c37a8e579e4c74a186a15c1fb8b98000125ce901608b902f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassroomCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"students"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassroomCoverageQuery, ClassroomCoverageQueryVariables>;