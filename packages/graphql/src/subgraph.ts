import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema, isUnionType } from 'graphql';
import { applyMiddleware, type IMiddlewareGenerator } from 'graphql-middleware';
import gql from 'graphql-tag';
import { buildSchema, type BuildSchemaOptions, createResolversMap } from 'type-graphql';

import { checkCallersInLine } from './caller-checks';
import { guardInputs } from './input-guard';
import { assertValueTypes, unwrapValueTypes } from './value-types';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", ' +
  '"@external", "@requires", "@inaccessible"])';

type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

export interface SubgraphOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  /** Entity types this subgraph only extends, or that no query returns directly. */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type; they should go through the request's loaders. */
  referenceResolvers?: ReferenceResolvers;
  /** The graphql-shield permission layer (see @mentorship/auth buildPermissions). */
  permissions: IMiddlewareGenerator<any, any, any>;
  /**
   * Aggregate value types (counts, rates, flags) that are only ever returned by a field that shield
   * already guards: their fields are resolved without the per-field permission wrapper, which on a
   * 300-school dashboard costs more than all the rest of the request (tests/results/deployed-bench.md).
   * Checked at build (value-types.ts): a value type holds only scalars, enums, value types and
   * entities (which keep their own rules), is neither an entity nor a root type; each subgraph's
   * spec pins the fields that return one (valueTypeEntries).
   */
  valueTypes?: string[];
}

/**
 * `_entities` hands each representation to its type's `__resolveReference`; @apollo/subgraph
 * throws a plain Error (an internal error, logged with its stack, failing every representation
 * of the call) for a `__typename` that is not an object type here, and resolves a non-entity
 * object type without any reference check. Only this subgraph's entity types get through;
 * anything else is refused on its own, as NOT_FOUND, with one message whatever was sent.
 */
function guardEntities(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(union)) return;
  const entities = new Set(union.getTypes().map((t) => t.name));
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
  field.resolve = async (source, args: { representations: unknown[] }, context, info) => {
    const answers: unknown[] = args.representations.map(
      () => new GraphQLError('No such entity here.', { extensions: { code: 'NOT_FOUND' } }),
    );
    const owned = args.representations.flatMap((r, i) => {
      const typename = r !== null && typeof r === 'object' ? (r as { __typename?: unknown }).__typename : undefined;
      return typeof typename === 'string' && entities.has(typename) ? [i] : [];
    });
    if (owned.length) {
      const resolved = (await resolve(
        source,
        { ...args, representations: owned.map((i) => args.representations[i]) },
        context,
        info,
      )) as unknown[];
      owned.forEach((i, k) => {
        answers[i] = resolved[k];
      });
    }
    return answers;
  };
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
  guardEntities(subgraph);
  const guarded = applyMiddleware(subgraph, options.permissions);
  await checkCallersInLine(guarded, subgraph, options.permissions);
  const valueTypes = options.valueTypes ?? [];
  assertValueTypes(guarded, valueTypes);
  unwrapValueTypes(guarded, subgraph, valueTypes);
  // Outermost, so malformed input is refused before permissions or any SQL run.
  guardInputs(guarded);
  return guarded;
}
