export { createGatewayApp, type GatewayOptions } from './app';
export { loadPersistedOperations, persistedOperationHash, persistedOperationsPlugin, type PersistedOperationsManifest, type PersistedOperationsOptions } from './persisted-operations';
export { snapshotCachePlugin, type SnapshotCacheOptions } from './snapshot-cache';
export { createRateLimiter, rateLimitFromEnv, DEFAULT_RATE_LIMIT, EXPENSIVE_FIELDS, type RateLimitOptions, type RateLimiter } from './rate-limit';
export { subgraphFetcher, subgraphPool, subgraphBudgetFromEnv, DEFAULT_SUBGRAPH_BUDGET, type SubgraphBudget } from './subgraph-fetcher';
