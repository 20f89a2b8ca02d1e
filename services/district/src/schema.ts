import { buildSubgraph } from '@mentorship/graphql';
import type { GraphQLSchema } from 'graphql';
import { AcademicYearResolver } from './modules/calendar/calendar.resolver';
import { DistrictResolver, RegistryResolver, SchoolResolver } from './modules/registry/registry.resolver';
import { referenceResolvers } from './modules/registry/school.reference';
import { permissions } from './permissions';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver';
import { RegistryImportResolver } from './modules/registry/registry-import.resolver';
import { teacherReference, TeacherTrainingResolver, TrainingResolver } from './modules/training/training.resolver';
import { Teacher } from './modules/training/teacher.type';
import { DistrictTermCloseResolver } from './modules/term-close/term-close.resolver';
import { PolicyResolver } from './modules/policy/policy.resolver';
import { EvaluationTemplateResolver } from './modules/evaluation-template/evaluation-template';

/** The district subgraph: type-graphql → federation → shield. */
export function buildDistrictSchema(): Promise<GraphQLSchema> {
  return buildSubgraph({
    resolvers: [RegistryResolver, DistrictResolver, SchoolResolver, AcademicYearResolver, DashboardResolver, RegistryImportResolver, TrainingResolver, TeacherTrainingResolver, EvaluationTemplateResolver, DistrictTermCloseResolver, PolicyResolver],
    orphanedTypes: [Teacher],
    referenceResolvers: { ...referenceResolvers, ...teacherReference },
    permissions,
    // Counts only, returned by fields shield guards (districtDashboard, districtTrends are district-admin only).
    valueTypes: ['DashboardFigures', 'SchoolFigures', 'CountBand', 'EvaluationLevels'],
  });
}
