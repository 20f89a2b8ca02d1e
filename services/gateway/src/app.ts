import { randomUUID } from 'node:crypto';

import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  type AuthConfig,
  GATEWAY_PROOF_HEADER,
  loadGatewayTrust,
  type Principal,
  signGatewayProof,
} from '@mentorship/auth';
import { edgeProtection, formatError, requestVerifier, type RunningServer, serveGraphQL } from '@mentorship/graphql';
import type { Observability } from '@mentorship/observability';

import { type PersistedOperationsOptions, persistedOperationsPlugin } from './persisted-operations';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit';
import { type SnapshotCacheOptions, snapshotCachePlugin } from './snapshot-cache';
import { DEFAULT_SUBGRAPH_BUDGET, type SubgraphBudget, subgraphPool } from './subgraph-fetcher';

interface GatewayContext {
  authorization: string;
  token: string;
  requestId: string;
  principal: Principal;
  /** Where the request came from, as this gateway saw it: the audit trail's "from where". */
  clientAddress: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  auth: AuthConfig;
  /** Subgraph URLs by name; overrides the URLs recorded in the supergraph. */
  subgraphUrls?: Record<string, string | undefined>;
  /** Accept only the operations of the client's manifest (`required`); off by default. */
  persistedOperations?: PersistedOperationsOptions;
  /** Signs the proof subgraphs require in production (GATEWAY_SECRET); default from the environment. */
  gatewaySecret?: string;
  /**
   * Reuse dashboard answers (snapshot-backed) per caller for a short time; default 30 s for districtDashboard and
   * districtTrends.
   */
  snapshotCache?: SnapshotCacheOptions;
  /** Time allowed per subgraph fetch, keep-alive and retries; defaults in subgraph-fetcher.ts. */
  subgraphBudget?: SubgraphBudget;
  /** Per-caller request budgets; default: generous, counted in memory. */
  rateLimit?: RateLimitOptions;
  log?: (line: string) => void;
  /** Request logs and metrics (main.ts); tests leave it out. */
  observability?: Observability;
}

/**
 * The one endpoint clients use. It serves the static supergraph from schema/, verifies the
 * token before planning anything, and forwards it so each subgraph verifies it again.
 */
export async function createGatewayApp(options: GatewayOptions): Promise<RunningServer> {
  const verify = requestVerifier(options.auth);
  const gatewaySecret = options.gatewaySecret ?? loadGatewayTrust().secret;
  const subgraphs = subgraphPool(options.subgraphBudget ?? DEFAULT_SUBGRAPH_BUDGET);
  const rateLimiter = await createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.log);
  options.log?.(`rate limits counted in ${rateLimiter.where}`);
  // @apollo/gateway sends usage data to Apollo's servers (usage-reporting.api.apollographql.com, an
  // OpenTelemetry exporter per gateway) unless this is set: nothing of this platform leaves the district.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.observability?.logger,
    buildService: ({ name, url }) =>
      subgraphs.dataSource<GatewayContext>(name, options.subgraphUrls?.[name] ?? url!, ({ request, context }) => {
        request.http?.headers.set('authorization', context.authorization);
        request.http?.headers.set('x-request-id', context.requestId);
        request.http?.headers.set(
          GATEWAY_PROOF_HEADER,
          signGatewayProof(gatewaySecret, context.requestId, context.token),
        );
        request.http?.headers.set('x-client-address', context.clientAddress);
      }),
  });
  const edge = edgeProtection<GatewayContext>();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    logger: options.observability?.logger,
    // Our drain handles SIGTERM (runService); Apollo's own handler would stop it early and re-raise the signal.
    stopOnTerminationSignals: false,
    // Operation limits, no batching, no introspection or suggestions in production (packages/graphql limits.ts).
    ...edge,
    // Hashes are handled by the plugin against the client's manifest; Apollo's automatic
    // persisted queries would let any client register any document.
    persistedQueries: false,
    plugins: [
      ...(options.observability ? [options.observability.plugin<GatewayContext>()] : []),
      rateLimiter.plugin,
      ...edge.plugins,
      persistedOperationsPlugin(options.persistedOperations ?? { mode: 'off' }),
      snapshotCachePlugin(options.snapshotCache ?? { fields: ['districtDashboard', 'districtTrends'], ttlMs: 30_000 }),
    ],
  });
  // Plain node:http with one JSON error shape for every bad request (packages/graphql http.ts).
  const running = await serveGraphQL(server, {
    port: options.port,
    async context(req) {
      // The platform names its requests: a client's x-request-id is never trusted or forwarded (audit trails record
      // ours).
      const { token, principal } = await verify(req).catch(async (error: unknown) => {
        // No valid token: refused anyway, but a flood of them is limited by address.
        await rateLimiter.countAnonymous(req.socket.remoteAddress);
        throw error;
      });
      return {
        authorization: `Bearer ${token}`,
        token,
        requestId: randomUUID(),
        principal,
        clientAddress: req.socket.remoteAddress ?? '',
      };
    },
  });
  return {
    url: running.url,
    async stop() {
      await running.stop();
      await Promise.all([subgraphs.close(), rateLimiter.close()]);
    },
  };
}
