import { buildSubgraph, foldModules } from '@mentorship/graphql';
import type { GraphQLSchema } from 'graphql';

import { modules } from './modules';
import { permissions } from './permissions';

/** The school subgraph: type-graphql → federation → shield. */
export function buildSchoolSchema(): Promise<GraphQLSchema> {
  const { resolvers, orphanedTypes, referenceResolvers } = foldModules(modules);
  return buildSubgraph({
    resolvers,
    orphanedTypes,
    referenceResolvers,
    permissions,
    // Counts only, returned by fields shield guards (metrics, dutyCompletion, termDuties).
    valueTypes: ['GroupMetrics', 'SchoolMetrics', 'CountBand', 'DutyCompletion', 'TermDuties'],
  });
}
