export { createGatewayApp, type GatewayOptions } from './app';
export {
  loadPersistedOperations,
  persistedOperationHash,
  type PersistedOperationsManifest,
  type PersistedOperationsOptions,
  persistedOperationsPlugin,
} from './persisted-operations';
export {
  createRateLimiter,
  DEFAULT_RATE_LIMIT,
  EXPENSIVE_FIELDS,
  type RateLimiter,
  rateLimitFromEnv,
  type RateLimitOptions,
} from './rate-limit';
export { type SnapshotCacheOptions, snapshotCachePlugin } from './snapshot-cache';
export {
  DEFAULT_SUBGRAPH_BUDGET,
  type SubgraphBudget,
  subgraphBudgetFromEnv,
  subgraphFetcher,
  subgraphPool,
} from './subgraph-fetcher';
