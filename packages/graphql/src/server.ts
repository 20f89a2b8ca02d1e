import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { formatError } from './errors';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a GraphQL server with the shared error policy; `port: 0` picks a free port (tests). */
export async function startGraphQLServer<C extends BaseContext>(options: {
  schema: GraphQLSchema;
  port: number;
  context: (req: IncomingMessage) => Promise<C>;
  plugins?: ApolloServerPlugin<C>[];
}): Promise<RunningServer> {
  const server = new ApolloServer<C>({
    schema: options.schema,
    formatError,
    // No Apollo usage reporting here; tracing every subgraph response only costs time.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...(options.plugins ?? [])],
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== 'production',
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: process.env.HOST || '127.0.0.1' },
    context: ({ req }) => options.context(req),
  });
  return { url, stop: () => server.stop() };
}
