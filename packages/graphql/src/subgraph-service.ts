import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type AuthConfig, type GatewayTrust, loadGatewayTrust, type Principal } from '@mentorship/auth';
import {
  databaseReadiness,
  type DataSourceOptions,
  primaryReads,
  type ReadSide,
  ReplicaReads,
  requestPathPoolSize,
  requestPathTimeouts,
  RequestReads,
  runMigrations,
} from '@mentorship/db';
import { lineLogger, type Observability, type ServiceMetrics, startObservability } from '@mentorship/observability';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';

import { cachedPrincipalCheck, type PrincipalCheck } from './principal-check';
import { type RunningServer, startGraphQLServer } from './server';
import { authenticatedContext, loadServiceConfig, runService } from './service';

/** The time as the service sees it; the real clock outside tests. */
export type Clock = () => Date;

/**
 * What makes a subgraph service; main.ts, app.ts and the seed command are built from it. `K` is what the service
 * uses to call other services (built once at start-up by `connect`, or handed in by tests) and passes to every
 * request's context and to its background work: no module keeps a client of its own.
 */
export interface SubgraphService<C extends BaseContext, K = undefined> {
  name: string;
  /** Environment prefix: SCHOOL → SCHOOL_PORT, SCHOOL_DATABASE_URL. */
  envPrefix: string;
  defaultPort: number;
  /** `options` carries the request path's SQL timeouts; migrations and seeding run without them. */
  createDataSource(url: string, options?: DataSourceOptions): DataSource;
  buildSchema(): Promise<GraphQLSchema>;
  /**
   * The per-request context: verified caller plus fresh loaders; `now` is the service clock (tests move it).
   * `reads` serves the read families that may be answered by a replica (primary when none is configured).
   */
  createContext(
    dataSource: DataSource,
    principal: Principal,
    requestId: string,
    now: Clock,
    clientAddress: string | null,
    reads: ReadSide,
    clients: K | undefined,
  ): C;
  /** Start-up: the clients of other services, from the configuration (main.ts). */
  connect?(auth: AuthConfig, env: NodeJS.ProcessEnv): K;
  /** Work that runs beside the server in a deployment (not in tests), e.g. delivering an outbox. */
  background?(
    dataSource: DataSource,
    context: { auth: AuthConfig; log: (line: string) => void; metrics?: ServiceMetrics; clients: K | undefined },
  ): { stop(): Promise<void> };
  /**
   * Does the caller still hold the token's claims by this service's records? Cached per caller (see
   * principal-check.ts).
   */
  checkPrincipal?(dataSource: DataSource): PrincipalCheck;
  /** Request hooks, e.g. flushing what a request collected. */
  plugins?: ApolloServerPlugin<C>[];
  /** Seeds the demo district's share of this service; a no-op when already present. */
  seedDemo(dataSource: DataSource, log: (line: string) => void): Promise<unknown>;
}

export interface SubgraphStartOptions<K = unknown> {
  dataSource: DataSource;
  /** The service's clients of other services (see SubgraphService.connect); tests hand in their own. */
  clients?: K;
  /** Reads that may go to a streaming replica; default: all on `dataSource`. */
  reads?: ReadSide;
  port: number;
  auth: AuthConfig;
  now?: Clock;
  /** Gateway proof settings; default from the environment (GATEWAY_SECRET, NODE_ENV). */
  gateway?: GatewayTrust;
  /** How long a roster re-check of a caller is reused; default 30 s. */
  principalRecheckMs?: number;
  /** Request logs and metrics (main.ts); tests leave it out. */
  observability?: Observability;
  /** Where /readyz checks the database and migrations; default `dataSource` (main.ts: the background pool). */
  readinessDataSource?: DataSource;
}

/** A mutation reads its own writes: its request's replica-eligible reads go to the primary. */
const pinReadsOnMutation: ApolloServerPlugin<BaseContext & { reads?: unknown }> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation' && contextValue.reads instanceof RequestReads)
          contextValue.reads.pinToPrimary();
      },
    };
  },
};

/** Starts the subgraph over an initialised data source (tests reuse this with `port: 0`). */
export async function startSubgraph<C extends BaseContext, K = undefined>(
  service: SubgraphService<C, K>,
  options: SubgraphStartOptions<K>,
): Promise<RunningServer> {
  const now = options.now ?? (() => new Date());
  const check = service.checkPrincipal?.(options.dataSource);
  const guard = check && cachedPrincipalCheck(check, { ttlMs: options.principalRecheckMs ?? 30_000, now });
  const reads = options.reads ?? primaryReads(options.dataSource);
  return startGraphQLServer<C>({
    schema: await service.buildSchema(),
    port: options.port,
    context: authenticatedContext(
      options.auth,
      (principal, requestId, clientAddress) =>
        service.createContext(
          options.dataSource,
          principal,
          requestId,
          now,
          clientAddress,
          new RequestReads(reads, options.dataSource),
          options.clients,
        ),
      {
        gateway: options.gateway ?? loadGatewayTrust(),
        guard,
      },
    ),
    plugins: [
      ...(options.observability ? [options.observability.plugin<C>()] : []),
      pinReadsOnMutation as ApolloServerPlugin<C>,
      ...(service.plugins ?? []),
    ],
    logger: options.observability?.logger,
    readiness: databaseReadiness(options.readinessDataSource ?? options.dataSource),
  });
}

/** main.ts of a subgraph: config, data source, migrations and demo seed when asked, listen. */
export function subgraphMain<C extends BaseContext, K>(service: SubgraphService<C, K>): void {
  runService(service.name, async () => {
    const observability = await startObservability(service.name);
    const log = lineLogger(observability.logger);
    const config = loadServiceConfig(service.envPrefix, service.defaultPort);
    // Migrations, the demo seed and background work (snapshots of every school) may take longer
    // than a request may: they get a pool without the request path's statement timeout.
    const setup = await service.createDataSource(config.databaseUrl).initialize();
    if (config.migrateOnStart) await runMigrations(setup, log);
    if (config.seedDemo) await service.seedDemo(setup, log);
    const clients = service.connect?.(config.auth, process.env);
    const requestPath = { ...requestPathTimeouts(), poolSize: requestPathPoolSize() };
    const dataSource = await service.createDataSource(config.databaseUrl, requestPath).initialize();
    const readUrl = config.readDatabaseUrl;
    const reads = readUrl
      ? await new ReplicaReads(
          dataSource,
          () =>
            service.createDataSource(readUrl, { ...requestPath, replica: true, connectTimeoutMs: 2_000 }).initialize(),
          { log },
        ).start()
      : undefined;
    observability.watchDataSource('request', dataSource);
    observability.watchDataSource('background', setup);
    const app = await startSubgraph(service, {
      dataSource,
      reads,
      port: config.port,
      auth: config.auth,
      gateway: config.gateway,
      principalRecheckMs: config.principalRecheckMs,
      observability,
      readinessDataSource: setup,
      clients,
    });
    log(`subgraph ready at ${app.url}`);
    const background = service.background?.(setup, {
      auth: config.auth,
      log,
      metrics: observability.metrics,
      clients,
    });
    return {
      async stop() {
        // Draining (not ready, no new connections, in-flight finished) and the background jobs'
        // current step run side by side; the pools close only when both are done.
        await Promise.all([app.stop(), background?.stop()]);
        await Promise.all([dataSource.destroy(), setup.destroy(), reads?.stop()]);
        await observability.stop();
      },
    };
  });
}

/** The `seed` command of a subgraph: migrate, then seed the demo district. */
export function seedCommand<C extends BaseContext, K>(service: SubgraphService<C, K>): void {
  const log = (line: string) => console.log(`[${service.name}] ${line}`);
  const variable = `${service.envPrefix}_DATABASE_URL`;
  const run = async () => {
    const url = process.env[variable];
    if (!url) throw new Error(`${variable} is not set.`);
    const dataSource = await service.createDataSource(url).initialize();
    try {
      await runMigrations(dataSource, log);
      await service.seedDemo(dataSource, log);
    } finally {
      await dataSource.destroy();
    }
  };
  run().catch((error) => {
    console.error(`[${service.name}] seed failed:`, error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
