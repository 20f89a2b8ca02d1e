import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/**
 * A subgraph answers a value it cannot accept (an invalid DateTimeISO, a malformed date in a
 * variable) with HTTP 400 and GraphQL errors. The stock data source treats any non-2xx answer as
 * a failed fetch, which reached the caller as INTERNAL_SERVER_ERROR; these pass the subgraph's
 * errors on instead. The gateway has already validated the operation against the same schema, so
 * a subgraph's validation failure can only be a custom scalar's value: the caller's input.
 */
export class SubgraphDataSource<C extends Record<string, any>> extends RemoteGraphQLDataSource<C> {
  override async process(
    options: GraphQLDataSourceProcessOptions<C>,
  ): ReturnType<RemoteGraphQLDataSource<C>['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      const response =
        error instanceof GraphQLError
          ? (error.extensions.response as { status?: number; body?: SubgraphErrorBody } | undefined)
          : undefined;
      const errors = response?.status === 400 && typeof response.body === 'object' ? response.body?.errors : undefined;
      if (!Array.isArray(errors) || !errors.length) throw error;
      return {
        errors: errors.map((e) => {
          const code =
            e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'
              ? 'BAD_USER_INPUT'
              : 'BAD_REQUEST';
          return new GraphQLError(typeof e.message === 'string' ? e.message : 'Invalid input.', {
            extensions: { ...(e.extensions?.field ? { field: e.extensions.field } : {}), code },
          });
        }),
      };
    }
  }
}
