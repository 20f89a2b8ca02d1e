import { buildSubgraph, foldModules } from '@mentorship/graphql';
import type { GraphQLSchema } from 'graphql';

import { modules } from './modules';
import { permissions } from './permissions';

/**
 * Aggregates answered without a rule per field (packages/graphql value-types.ts): every one is reached
 * only through district-admin fields (schema.spec.ts pins those doors); School keeps its own rules.
 */
export const VALUE_TYPES = [
  'DistrictDashboard',
  'StageFigures',
  'SchoolDashboardRow',
  'TrendPoint',
  'DashboardFigures',
  'SchoolFigures',
  'CountBand',
  'EvaluationLevels',
];

/** The district subgraph: type-graphql → federation → shield. */
export function buildDistrictSchema(): Promise<GraphQLSchema> {
  const { resolvers, orphanedTypes, referenceResolvers } = foldModules(modules);
  return buildSubgraph({
    resolvers,
    orphanedTypes,
    referenceResolvers,
    permissions,
    valueTypes: VALUE_TYPES,
  });
}
