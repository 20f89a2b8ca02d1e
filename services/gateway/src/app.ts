import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { AuthConfig, Principal } from '@mentorship/auth';
import { edgeProtection, formatError, requestVerifier, serveGraphQL, type RunningServer } from '@mentorship/graphql';
import { persistedOperationsPlugin, type PersistedOperationsOptions } from './persisted-operations';
import { snapshotCachePlugin, type SnapshotCacheOptions } from './snapshot-cache';
import { SubgraphDataSource } from './subgraph-source';

interface GatewayContext {
  authorization: string;
  requestId: string;
  principal: Principal;
}

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  auth: AuthConfig;
  /** Subgraph URLs by name; overrides the URLs recorded in the supergraph. */
  subgraphUrls?: Record<string, string | undefined>;
  /** Accept only the operations of the client's manifest (`required`); off by default. */
  persistedOperations?: PersistedOperationsOptions;
  /** Reuse dashboard answers (snapshot-backed) per caller for a short time; default 30 s for districtDashboard and districtTrends. */
  snapshotCache?: SnapshotCacheOptions;
}

/**
 * The one endpoint clients use. It serves the static supergraph from schema/, verifies the
 * token before planning anything, and forwards it so each subgraph verifies it again.
 */
export async function createGatewayApp(options: GatewayOptions): Promise<RunningServer> {
  const verify = requestVerifier(options.auth);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource<GatewayContext>({
        url: options.subgraphUrls?.[name] ?? url,
        willSendRequest({ request, context }) {
          request.http?.headers.set('authorization', context.authorization);
          request.http?.headers.set('x-request-id', context.requestId);
        },
      }),
  });
  const edge = edgeProtection<GatewayContext>();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    // Operation limits, no batching, no introspection or suggestions in production (packages/graphql limits.ts).
    ...edge,
    // Hashes are handled by the plugin against the client's manifest; Apollo's automatic
    // persisted queries would let any client register any document.
    persistedQueries: false,
    plugins: [
      ...edge.plugins,
      persistedOperationsPlugin(options.persistedOperations ?? { mode: 'off' }),
      snapshotCachePlugin(options.snapshotCache ?? { fields: ['districtDashboard', 'districtTrends'], ttlMs: 30_000 }),
    ],
  });
  // Plain node:http with one JSON error shape for every bad request (packages/graphql http.ts).
  return serveGraphQL(server, {
    port: options.port,
    async context(req) {
      const { token, requestId, principal } = await verify(req);
      return { authorization: `Bearer ${token}`, requestId, principal };
    },
  });
}
