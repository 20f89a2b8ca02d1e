import { ALL_ROLES, buildPermissions, hasRole, isAuthenticated, Role, RoleGroup } from '@mentorship/auth';
import { fromGlobalId } from '@mentorship/graphql';
import { or, rule } from 'graphql-shield';

import type { DistrictContext } from './context';

/** A teacher's training: the teacher, their school's admin, the district (scoped in SQL), or a platform service. */
const trainingReader = rule('trainingReader', { cache: 'strict' })((
  teacher: { id: string; staffNumber?: string; school?: { id: string } },
  _args,
  ctx: DistrictContext,
) => {
  const p = ctx.principal;
  if (!p) return false;
  if (p.role === Role.DISTRICT_ADMIN || p.role === Role.SERVICE) return true;
  try {
    const schoolId = teacher.school ? fromGlobalId(teacher.school.id, 'School') : null;
    if (p.role === Role.SCHOOL_ADMIN && p.schoolId === schoolId) return true;
    // Oneself: training is kept by school and staff number, and a representation sent straight to
    // this subgraph could pair one's own id with a colleague's staff number, so the token's must match.
    return (
      p.personId === fromGlobalId(teacher.id, 'Teacher') &&
      !!p.staffNumber &&
      p.staffNumber === teacher.staffNumber &&
      p.schoolId === schoolId
    );
  } catch {
    return false;
  }
});

const anyone = hasRole(...ALL_ROLES);
const districtAdmin = hasRole(Role.DISTRICT_ADMIN);
const staff = hasRole(...RoleGroup.staffOrDistrict);
/** Another service of the platform (the school service's service token), never a person. */
const service = hasRole(Role.SERVICE);
/** Whoever reads any teacher's training in their scope: the district, a school's admin, a service. */
const trainingOverseer = hasRole(Role.DISTRICT_ADMIN, Role.SCHOOL_ADMIN, Role.SERVICE);

/**
 * The district subgraph's permission matrix; anything not named is denied. Which schools a
 * caller sees is decided in SQL (scope.ts): district roles their district, others their school.
 */
export const permissions = buildPermissions({
  Query: {
    district: anyone,
    schools: anyone,
    school: anyone,
    academicYears: anyone,
    currentTerm: anyone,
    districtDashboard: districtAdmin,
    districtTrends: districtAdmin,
    districtReportExport: districtAdmin,
    schoolRegistryExport: districtAdmin,
    evaluationTemplate: districtAdmin,
    schoolEvaluationTemplate: service,
    schoolDisplayName: service,
    districtTermClosing: districtAdmin,
    recognizedMentors: districtAdmin,
    trainingCourses: staff,
  },
  Mutation: {
    // Only another service of the platform delivers snapshots; the field is @inaccessible at the gateway too.
    ingestMetricSnapshots: service,
    recordSchoolPlan: districtAdmin,
    importSchoolRegistry: districtAdmin,
    addTrainingCourse: districtAdmin,
    recordTrainingCompletion: districtAdmin,
    importTrainingCompletions: districtAdmin,
    setEvaluationTemplate: districtAdmin,
    closeDistrictTerm: districtAdmin,
    // The school service hands over a closed term and a published 优秀导师 list (both @inaccessible at the gateway).
    receiveSchoolTermClose: service,
    receiveRecognition: service,
    setDistrictPolicy: districtAdmin,
  },
  EvaluationTemplateItem: or(districtAdmin, service),
  EvaluationTemplatePayload: districtAdmin,
  DistrictPolicyPayload: districtAdmin,
  Teacher: { id: isAuthenticated, staffNumber: trainingReader, school: trainingReader, training: trainingReader },
  TrainingProgress: or(trainingOverseer, staff),
  TrainingCourse: staff,
  TrainingCourseConnection: staff,
  TrainingCourseEdge: staff,
  TrainingCompletion: or(trainingOverseer, staff),
  TrainingCoursePayload: districtAdmin,
  TrainingCompletionPayload: districtAdmin,
  TrainingImportPayload: districtAdmin,
  SchoolRegistryImportPayload: districtAdmin,
  FileRowError: districtAdmin,
  DistrictDashboard: districtAdmin,
  DashboardFigures: districtAdmin,
  StageFigures: districtAdmin,
  SchoolFigures: districtAdmin,
  SchoolDashboardRow: districtAdmin,
  TrendPoint: districtAdmin,
  EvaluationLevels: districtAdmin,
  CountBand: districtAdmin,
  ExportFile: districtAdmin,
  SchoolPlanPayload: districtAdmin,
  DistrictTermClosing: districtAdmin,
  SchoolTermStatus: districtAdmin,
  DistrictTermClosePayload: districtAdmin,
  SchoolRecognition: districtAdmin,
  SchoolRecognitionConnection: districtAdmin,
  SchoolRecognitionEdge: districtAdmin,
  RecognizedTeacher: districtAdmin,
  UserError: isAuthenticated,
  District: { id: anyone, name: anyone, code: anyone, schools: anyone, policy: staff },
  DistrictPolicy: staff,
  School: anyone,
  SchoolConnection: anyone,
  SchoolEdge: anyone,
  AcademicYear: anyone,
  AcademicYearConnection: anyone,
  AcademicYearEdge: anyone,
  Term: anyone,
  PageInfo: isAuthenticated,
});
