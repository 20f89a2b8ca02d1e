export { createGatewayApp, type GatewayOptions } from './app';
export { loadPersistedOperations, persistedOperationHash, persistedOperationsPlugin, type PersistedOperationsManifest, type PersistedOperationsOptions } from './persisted-operations';
export { snapshotCachePlugin, type SnapshotCacheOptions } from './snapshot-cache';
