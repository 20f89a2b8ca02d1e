import type { IncomingMessage } from 'node:http';

import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from '@mentorship/observability';
import type { GraphQLSchema } from 'graphql';

import { formatError } from './errors';
import { type RunningServer, serveGraphQL } from './http';
import type { ReadinessCheck, ShutdownOptions } from './lifecycle';
import { edgeProtection } from './limits';

export type { RunningServer } from './http';

/** Starts a GraphQL server with the shared error policy and edge limits; `port: 0` picks a free port (tests). */
export async function startGraphQLServer<C extends BaseContext>(options: {
  schema: GraphQLSchema;
  port: number;
  context: (req: IncomingMessage) => Promise<C>;
  plugins?: ApolloServerPlugin<C>[];
  /** Apollo's own warnings go to the service's JSON log; default: the console. */
  logger?: Logger;
  readiness?: ReadinessCheck;
  shutdown?: ShutdownOptions;
}): Promise<RunningServer> {
  const edge = edgeProtection<C>();
  const server = new ApolloServer<C>({
    schema: options.schema,
    formatError,
    logger: options.logger,
    // Our drain handles SIGTERM (service.ts); Apollo's own handler (on outside tests) would stop it early and re-raise
    // the signal.
    stopOnTerminationSignals: false,
    ...edge,
    // No Apollo usage reporting here; tracing every subgraph response only costs time. No
    // @cacheControl hints either: the cache-control plugin wraps every field's resolver (7% of
    // the district's CPU on a 300-school dashboard, issue 15's profiles) to compute a header we never send.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...edge.plugins,
      ...(options.plugins ?? []),
    ],
  });
  return serveGraphQL(server, {
    port: options.port,
    context: options.context,
    readiness: options.readiness,
    shutdown: options.shutdown,
  });
}
