import { AsyncLocalStorage } from 'node:async_hooks';

import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/**
 * The unit of work: one transaction per outermost service call. A service calling another inside
 * `inTransaction` joins the open transaction (same data source) instead of starting its own, so
 * composed changes commit or roll back whole without passing an EntityManager along.
 */
interface Open {
  manager: EntityManager;
  isolation: IsolationLevel | undefined;
}
const open = new AsyncLocalStorage<Open>();
/**
 * Transactions open through `open.run`. On Node 20 an enabled AsyncLocalStorage installs a promise
 * hook that taxes every promise of the process (about a fifth of the school subgraph's CPU per read
 * in the deployed benchmark, issue 15), so the storage is disabled whenever no transaction is open
 * and `run` enables it again for the next one.
 */
let running = 0;

export interface UnitOfWork {
  /**
   * Isolation of the transaction this call opens. Joining an open one, that one must have been opened with the same
   * level: a call that needs REPEATABLE READ cannot get it halfway through someone else's transaction.
   */
  isolation?: IsolationLevel;
  /**
   * Always a transaction of its own, never the caller's: for writes that must not share a transaction with whatever
   * runs around them (anonymous ballots, which nothing may tie to a respondent's transaction).
   */
  separate?: boolean;
}

export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T>;
export function inTransaction<T>(
  dataSource: DataSource,
  options: UnitOfWork,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T>;
export function inTransaction<T>(
  dataSource: DataSource,
  optionsOrWork: UnitOfWork | ((manager: EntityManager) => Promise<T>),
  maybeWork?: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const [options, work] =
    typeof optionsOrWork === 'function' ? [{} as UnitOfWork, optionsOrWork] : [optionsOrWork, maybeWork!];
  const joined = options.separate ? undefined : joinable(dataSource);
  if (joined) {
    if (options.isolation && options.isolation !== joined.isolation)
      throw new Error(`A unit of work needing ${options.isolation} cannot join a transaction opened without it.`);
    return work(joined.manager);
  }
  const run = async (manager: EntityManager) => {
    running++;
    try {
      return await open.run({ manager, isolation: options.isolation }, () => work(manager));
    } finally {
      if (--running === 0) open.disable();
    }
  };
  return options.isolation ? dataSource.transaction(options.isolation, run) : dataSource.transaction(run);
}

function joinable(dataSource: DataSource): Open | undefined {
  const joined = open.getStore();
  return joined && joined.manager.connection === dataSource && joined.manager.queryRunner?.isTransactionActive
    ? joined
    : undefined;
}

/** Whether the unit of work's storage (and Node's promise hook with it) is on: only while a transaction is open. */
export function unitOfWorkHooked(): boolean {
  return running > 0;
}

/** The manager of the transaction this call runs in, or the data source's own manager outside one. */
export function currentManager(dataSource: DataSource): EntityManager {
  return joinable(dataSource)?.manager ?? dataSource.manager;
}
