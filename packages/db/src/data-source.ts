import 'reflect-metadata';

import { DataSource, type EntitySchema, type Logger, type MixedList } from 'typeorm';

import { sqlTraceFromEnv } from './sql-trace';

export interface DataSourceOptions {
  /** Pass a StatementCounter (tests) to count the SQL statements sent. */
  logger?: Logger;
  poolSize?: number;
  /** PostgreSQL cancels any statement running longer (`statement_timeout`); unset: no limit (migrations, seeding). */
  statementTimeoutMs?: number;
  /** PostgreSQL ends a session left idle inside a transaction this long (`idle_in_transaction_session_timeout`). */
  idleInTransactionTimeoutMs?: number;
  /** Give up opening a connection after this long (a read replica that went away should not stall a request). */
  connectTimeoutMs?: number;
  /** A read replica: install no extensions at start (a standby refuses every write). */
  replica?: boolean;
}

/**
 * The request path's SQL budget: SQL_STATEMENT_TIMEOUT_MS and SQL_IDLE_IN_TRANSACTION_TIMEOUT_MS
 * (infra/ENVIRONMENT.md).
 */
export function requestPathTimeouts(
  env: NodeJS.ProcessEnv = process.env,
): Pick<DataSourceOptions, 'statementTimeoutMs' | 'idleInTransactionTimeoutMs'> {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`${name} must be a whole number of milliseconds (0: no limit).`);
    return value;
  };
  // Below the gateway's 5 s per query fetch, so a slow statement is a clean TIMEOUT, not a missing subgraph.
  return {
    statementTimeoutMs: read('SQL_STATEMENT_TIMEOUT_MS', 4_000),
    idleInTransactionTimeoutMs: read('SQL_IDLE_IN_TRANSACTION_TIMEOUT_MS', 10_000),
  };
}

/**
 * Connections in the request path's pool of one service replica (SQL_POOL_SIZE, default 10).
 * Size it so replicas × (pool + background + replica pool) stays below max_connections, or
 * below PgBouncer's pool: infra/README.md, "Connections and PgBouncer".
 */
export function requestPathPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SQL_POOL_SIZE;
  if (raw === undefined || raw === '') return 10;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000)
    throw new Error('SQL_POOL_SIZE must be a whole number of connections (1–1000).');
  return value;
}

/**
 * A service's PostgreSQL data source. `synchronize` stays off: the schema comes from the
 * service's committed migrations (throwaway test databases may opt in themselves).
 */
export function createServiceDataSource(
  url: string,
  model: { entities: MixedList<Function | string | EntitySchema>; migrations: MixedList<Function | string> },
  options: DataSourceOptions = {},
): DataSource {
  const logger = options.logger ?? sqlTraceFromEnv();
  return new DataSource({
    type: 'postgres',
    url,
    entities: model.entities,
    migrations: model.migrations,
    synchronize: false,
    logging: logger ? ['query', 'error'] : ['error'],
    logger,
    ...(options.replica ? { installExtensions: false } : {}),
    extra: {
      max: options.poolSize ?? 10,
      ...(options.connectTimeoutMs ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
      // Sent as session settings when each connection opens, so no extra round trip per query.
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      ...(options.idleInTransactionTimeoutMs
        ? { idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs }
        : {}),
    },
  });
}
