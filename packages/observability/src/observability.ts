import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

import { configureProcessLogger, type Logger } from './logger';
import { type PoolCounts, ServiceMetrics } from './metrics';
import { metricsAddress, type MetricsServer, startMetricsServer } from './metrics-server';
import { OperationNames } from './operations';
import { requestObserver } from './request-plugin';
import { stopTracing } from './tracing';

/** A service's logs, metrics and request observer, as its main.ts sets them up. */
export interface Observability {
  service: string;
  logger: Logger;
  /** Only when METRICS_PORT is set; nothing is counted otherwise. */
  metrics?: ServiceMetrics;
  /** Where the metrics are served, when they are. */
  metricsUrl?: string;
  operations: OperationNames;
  /** The Apollo plugin that logs and counts each request. */
  plugin<C extends BaseContext>(): ApolloServerPlugin<C>;
  /** Reports a TypeORM data source's pg pool(s) as `pool`: connections, idle, waiting. */
  watchDataSource(pool: string, dataSource: { driver: unknown }): void;
  /** Stops the metrics server and sends the last spans. */
  stop(): Promise<void>;
}

/** TypeORM's postgres driver keeps its pg pool as `master` and, with replication, `slaves`. */
export function dataSourcePools(dataSource: { driver: unknown }): () => PoolCounts[] {
  const driver = dataSource.driver as { master?: PoolCounts; slaves?: PoolCounts[] };
  const isPool = (p: PoolCounts | undefined): p is PoolCounts => !!p && typeof p.totalCount === 'number';
  return () => [driver.master, ...(driver.slaves ?? [])].filter(isPool);
}

/**
 * Sets up a service's observability from the environment (LOG_FORMAT, LOG_LEVEL, METRICS_PORT,
 * PERSISTED_OPERATIONS_MANIFEST; infra/ENVIRONMENT.md) and starts its metrics server.
 * Traces are started earlier, by `startTracing` in the service's instrument.ts.
 */
export async function startObservability(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Observability> {
  const logger = configureProcessLogger(service, env);
  const operations = OperationNames.fromManifest(env.PERSISTED_OPERATIONS_MANIFEST || undefined);
  if (!operations.names.size) {
    logger.warn('no persisted-operations manifest found: every operation is logged and counted as "anonymous"');
  }
  const address = metricsAddress(env);
  const metrics = address ? new ServiceMetrics(service) : undefined;
  let server: MetricsServer | undefined;
  if (metrics && address) {
    server = await startMetricsServer(metrics.registry, address.port, address.host);
    logger.info({ url: server.url }, `metrics served at ${server.url}`);
  }
  return {
    service,
    logger,
    metrics,
    metricsUrl: server?.url,
    operations,
    plugin: <C extends BaseContext>() => requestObserver<C>({ service, logger, metrics, operations }),
    watchDataSource: (pool, dataSource) => metrics?.watchPool(pool, dataSourcePools(dataSource)),
    async stop() {
      await server?.stop();
      await stopTracing();
    },
  };
}
