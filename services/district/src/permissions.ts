import { ALL_ROLES, buildPermissions, hasRole, isAuthenticated, Role } from '@mentorship/auth';

const anyone = hasRole(...ALL_ROLES);
const districtAdmin = hasRole(Role.DISTRICT_ADMIN);
const staff = hasRole(Role.DISTRICT_ADMIN, Role.SCHOOL_ADMIN, Role.GRADE_LEAD, Role.HEAD_TEACHER, Role.MENTOR, Role.CRISIS_TEAM);

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
  },
  Mutation: {
    // Only another service of the platform delivers snapshots; the field is @inaccessible at the gateway too.
    ingestMetricSnapshots: hasRole(Role.SERVICE),
    recordSchoolPlan: districtAdmin,
    importSchoolRegistry: districtAdmin,
  },
  SchoolRegistryImportPayload: districtAdmin,
  RegistryRowError: districtAdmin,
  DistrictDashboard: districtAdmin,
  DashboardFigures: districtAdmin,
  StageFigures: districtAdmin,
  SchoolFigures: districtAdmin,
  SchoolDashboardRow: districtAdmin,
  TrendPoint: districtAdmin,
  PartialCount: districtAdmin,
  EvaluationLevels: districtAdmin,
  SuppressibleCount: districtAdmin,
  ExportFile: districtAdmin,
  SchoolPlanPayload: districtAdmin,
  UserError: isAuthenticated,
  District: { id: anyone, name: anyone, code: anyone, schools: anyone, policy: staff },
  DistrictPolicy: staff,
  School: anyone,
  SchoolConnection: anyone,
  SchoolEdge: anyone,
  AcademicYear: anyone,
  Term: anyone,
  PageInfo: isAuthenticated,
});
