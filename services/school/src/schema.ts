import { buildSubgraph, foldModules } from '@mentorship/graphql';
import type { GraphQLSchema } from 'graphql';

import { modules } from './modules';
import { permissions } from './permissions';

/**
 * Counts answered without a rule per field (packages/graphql value-types.ts), returned only by
 * fields shield guards (metrics, dutyCompletion, termDuties); schema.spec.ts pins those doors.
 */
export const VALUE_TYPES = ['GroupMetrics', 'SchoolMetrics', 'CountBand', 'DutyCompletion', 'TermDuties'];

/** The school subgraph: type-graphql → federation → shield. */
export function buildSchoolSchema(): Promise<GraphQLSchema> {
  const { resolvers, orphanedTypes, referenceResolvers } = foldModules(modules);
  return buildSubgraph({
    resolvers,
    orphanedTypes,
    referenceResolvers,
    permissions,
    valueTypes: VALUE_TYPES,
  });
}
