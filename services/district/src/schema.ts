import { buildSubgraph, foldModules } from '@mentorship/graphql';
import type { GraphQLSchema } from 'graphql';

import { modules } from './modules';
import { permissions } from './permissions';

/** The district subgraph: type-graphql → federation → shield. */
export function buildDistrictSchema(): Promise<GraphQLSchema> {
  const { resolvers, orphanedTypes, referenceResolvers } = foldModules(modules);
  return buildSubgraph({
    resolvers,
    orphanedTypes,
    referenceResolvers,
    permissions,
    // Counts only, returned by fields shield guards (districtDashboard, districtTrends are district-admin only).
    valueTypes: ['DashboardFigures', 'SchoolFigures', 'CountBand', 'EvaluationLevels'],
  });
}
