import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';

import { MAX_PAGE_SIZE } from './connection';
import { costLimitRule, operationCost } from './cost';

/**
 * The operation limits of the gateway and of every subgraph (the subgraphs are reachable on
 * their own ports, so they hold the same line). Set from the heaviest operation of
 * packages/client with headroom; the numbers and the reasoning are in the README ("Limits"),
 * and tests/e2e/client-operation-limits.test.ts checks every client operation still passes,
 * at the gateway and as the subgraph fetches the gateway plans for it.
 */
export const EDGE_LIMITS = {
  /** Nesting of fields; the client's deepest is 6 (MyWork, GradeComparison), the gateway's fetches too. */
  maxDepth: 10,
  /** Aliases per operation; the client uses none, the gateway's fetches none. */
  maxAliases: 15,
  /** Directives per operation; the client uses none. */
  maxDirectives: 10,
  /** Lexical tokens per document; the client's largest (DistrictDashboard) has 136. */
  maxTokens: 1_000,
  cost: {
    /**
     * The client's heaviest is EvaluationCycles at 23,844 (6 cycles × 100 results each); the tests'
     * roster page (20 schools' first 100 students with classroom and mentors, 94,040) is the heaviest
     * legitimate query we know.
     * The fan-outs of the attack cost millions.
     */
    maxCost: 100_000,
    maxPageSize: MAX_PAGE_SIZE,
    assumedListLength: 10,
    /** An export, an import or a matching run: four per request at most. */
    heavyCost: 20_000,
    heavy: [
      'ExportFile',
      'Mutation.runMatching',
      'Mutation.previewRosterImport',
      'Mutation.confirmRosterImport',
      'Mutation.importSchoolRegistry',
      'Mutation.importTrainingCompletions',
    ],
  },
  http: {
    /** Uploads are base64 in the body: a 4 MiB file (UPLOAD_LIMITS.maxFileBytes) is 5.4 MiB of base64. */
    maxBodyBytes: 6 * 1024 * 1024,
    /** No batching: the client never batches, and a batch would multiply every other limit. */
    maxOperationsPerRequest: 1,
    /**
     * Work on one request once its body is in (each server its own); the heaviest legitimate one takes well under a
     * second.
     */
    requestBudgetMs: 15_000,
  },
} as const;

/**
 * `operationName` naming no operation of the document: a 400 the caller can fix. Without it the
 * gateway's executor fails on it with a plain error, which Apollo answers as a 500.
 */
const unknownOperationPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        const name = typeof request.operationName === 'string' ? request.operationName.slice(0, 100) : undefined;
        throw new GraphQLError(
          name
            ? `The document has no operation named "${name}".`
            : 'The document has several operations: name one with operationName.',
          {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          },
        );
      },
    };
  },
};

/** How many representations the operation's `_entities` call carries, inline or in a variable. */
function entitiesRequested(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number {
  let count = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
    const value = selection.arguments?.find((a) => a.name.value === 'representations')?.value;
    if (value?.kind === Kind.LIST) count += value.values.length;
    else if (value?.kind === Kind.VARIABLE) {
      const given = variables?.[value.name.value];
      count += Array.isArray(given) ? given.length : 1;
    }
  }
  return count;
}

/**
 * At a subgraph, `_entities` is priced per representation by the validation rule; the number of
 * representations is a variable, so the whole is checked here, per request.
 */
const entitiesCostPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, operation, schema }) {
        if (!operation) return;
        const count = entitiesRequested(operation, request.variables);
        if (count <= 1) return;
        const fragments = new Map(
          document.definitions.flatMap((d) =>
            d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as [string, FragmentDefinitionNode]] : [],
          ),
        );
        const root = schema.getRootType(operation.operation);
        if (!root) return;
        const cost = operationCost(
          { getSchema: () => schema, getFragment: (name) => fragments.get(name) },
          operation.selectionSet,
          root,
          { ...EDGE_LIMITS.cost, entities: count },
        );
        if (cost > EDGE_LIMITS.cost.maxCost) {
          throw new GraphQLError(
            `This operation would cost ${cost} for ${count} entities; the limit is ${EDGE_LIMITS.cost.maxCost}.`,
            {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            },
          );
        }
      },
    };
  },
};

export const isProduction = (env: NodeJS.ProcessEnv = process.env) => env.NODE_ENV === 'production';

/**
 * The Apollo server options every server of the platform gets: graphql-armor's depth, alias and
 * directive limits and suggestion masking, a cost limit that multiplies lists, a token limit
 * applied by graphql-js's parser itself (armor's token plugin throws from a hook, which Apollo
 * answers with a 500), no batching, no landing page (HTML), and in production no introspection
 * and no "Did you mean …" hints.
 */
export function edgeProtection<C extends BaseContext>(
  env: NodeJS.ProcessEnv = process.env,
): Pick<
  ApolloServerOptions<C>,
  | 'validationRules'
  | 'parseOptions'
  | 'allowBatchedHttpRequests'
  | 'introspection'
  | 'hideSchemaDetailsFromClientErrors'
  | 'includeStacktraceInErrorResponses'
> & { plugins: ApolloServerPlugin<C>[] } {
  const production = isProduction(env);
  const armor = new ApolloArmor({
    maxDepth: { n: EDGE_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: EDGE_LIMITS.maxAliases, allowList: [] },
    maxDirectives: { n: EDGE_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    validationRules: [...(armor.validationRules as ValidationRule[]), costLimitRule(EDGE_LIMITS.cost)],
    parseOptions: { maxTokens: EDGE_LIMITS.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      unknownOperationPlugin as ApolloServerPlugin<C>,
      entitiesCostPlugin as ApolloServerPlugin<C>,
      ...(armor.plugins as ApolloServerPlugin<C>[]),
    ],
    allowBatchedHttpRequests: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
  };
}
