import { AsyncLocalStorage } from 'node:async_hooks';

import type { DataSource, EntityManager } from 'typeorm';

/**
 * The unit of work: one transaction per outermost service call. A service calling another inside
 * `inTransaction` joins the open transaction (same data source) instead of starting its own, so
 * composed changes commit or roll back whole without passing an EntityManager along.
 */
const open = new AsyncLocalStorage<EntityManager>();

export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const joined = open.getStore();
  if (joined && joined.connection === dataSource && joined.queryRunner?.isTransactionActive) return work(joined);
  return dataSource.transaction((manager) => open.run(manager, () => work(manager)));
}

/** The manager of the transaction this call runs in, or the data source's own manager outside one. */
export function currentManager(dataSource: DataSource): EntityManager {
  const joined = open.getStore();
  return joined && joined.connection === dataSource && joined.queryRunner?.isTransactionActive
    ? joined
    : dataSource.manager;
}
