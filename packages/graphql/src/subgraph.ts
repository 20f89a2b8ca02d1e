import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddlewareGenerator } from 'graphql-middleware';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@inaccessible"])';

type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

export interface SubgraphOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  /** Entity types this subgraph only extends, or that no query returns directly. */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type; they should go through the request's loaders. */
  referenceResolvers?: ReferenceResolvers;
  /** The graphql-shield permission layer (see @mentorship/auth buildPermissions). */
  permissions: IMiddlewareGenerator<any, any, any>;
}

/**
 * type-graphql → federation subgraph → shield. The SDL is printed with its directives
 * (`printSchema` would drop @key), then rebuilt by @apollo/subgraph, then wrapped by shield.
 */
export async function buildSubgraph(options: SubgraphOptions): Promise<GraphQLSchema> {
  const base = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const map = createResolversMap(base) as Record<string, any>;
  for (const [type, ref] of Object.entries(options.referenceResolvers ?? {})) {
    map[type] = { ...(map[type] ?? {}), ...ref };
  }
  const subgraph = buildSubgraphSchema({
    typeDefs: gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(base)}`),
    resolvers: map,
  });
  return applyMiddleware(subgraph, options.permissions);
}
