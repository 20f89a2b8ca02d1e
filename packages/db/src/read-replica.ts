import type { DataSource } from 'typeorm';

/**
 * Where a family of read-only queries runs. `run` hands the work a data source: a streaming
 * replica when one is configured, reachable and no further behind than the family tolerates,
 * else the primary. Work that fails because the replica went away runs again on the primary, so
 * a replica outage costs latency, never an answer.
 *
 * Only pure reads whose answer may be a little old go through here (infra/README.md lists them
 * and their tolerance). Writes, read-your-own-write and privacy checks use the primary directly.
 */
export interface ReadSide {
  run<T>(work: (dataSource: DataSource) => Promise<T>, tolerance?: { maxLagMs: number }): Promise<T>;
}

/** No replica configured: every read runs on the primary (the default, nothing changes). */
export function primaryReads(primary: DataSource): ReadSide {
  return { run: (work) => work(primary) };
}

/** The default tolerance when a family names none. */
export const DEFAULT_MAX_LAG_MS = 5_000;

export interface ReplicaReadsOptions {
  /** How often the replica's lag is measured (and a missing replica retried). */
  probeMs?: number;
  log?: (line: string) => void;
}

type ReplicaState = { usable: false; reason: string } | { usable: true; lagMs: number };

/** Lag as the standby sees it: zero when everything received is replayed, else the age of the last replayed commit. */
const PROBE_SQL = `SELECT pg_is_in_recovery() AS standby,
  EXISTS (SELECT 1 FROM pg_stat_wal_receiver) AS receiving,
  CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
       ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000, 0) END AS lag_ms`;

/**
 * A replica behind the primary. `connect` makes (and initialises) the replica's data source; it
 * is retried on every probe until it succeeds, so a service starts even while its replica is down.
 */
export class ReplicaReads implements ReadSide {
  private replica?: DataSource;
  private connecting?: Promise<void>;
  private state: ReplicaState = { usable: false, reason: 'not probed yet' };
  private timer?: NodeJS.Timeout;
  private readonly log: (line: string) => void;

  constructor(
    private readonly primary: DataSource,
    private readonly connect: () => Promise<DataSource>,
    private readonly options: ReplicaReadsOptions = {},
  ) {
    this.log = options.log ?? (() => undefined);
  }

  /** Measures once (so the first requests may already use the replica), then every `probeMs`. */
  async start(): Promise<this> {
    await this.probe();
    this.timer = setInterval(() => void this.probe(), this.options.probeMs ?? 2_000);
    this.timer.unref();
    return this;
  }

  /** What the last probe found: for tests and health output. */
  status(): ReplicaState {
    return this.state;
  }

  async run<T>(work: (dataSource: DataSource) => Promise<T>, tolerance = { maxLagMs: DEFAULT_MAX_LAG_MS }): Promise<T> {
    const replica = this.replica;
    if (!replica || !this.state.usable || this.state.lagMs > tolerance.maxLagMs) return work(this.primary);
    try {
      return await work(replica);
    } catch (error) {
      if (!replicaUnavailable(error)) throw error;
      this.markDown(error);
      return work(this.primary);
    }
  }

  async probe(): Promise<void> {
    try {
      if (!this.replica) {
        this.connecting ??= this.connect()
          .then((ds) => void (this.replica = ds))
          .finally(() => (this.connecting = undefined));
        await this.connecting;
      }
      const [row]: { standby: boolean; receiving: boolean; lag_ms: string | number }[] =
        await this.replica!.query(PROBE_SQL);
      const before = this.state.usable;
      // A promoted or misconfigured "replica" would drift from the primary: never read from it.
      if (!row.standby)
        this.state = { usable: false, reason: "it is not a standby (promoted, or the primary's address)" };
      else if (!row.receiving) this.state = { usable: false, reason: 'it is not receiving WAL from the primary' };
      else this.state = { usable: true, lagMs: Number(row.lag_ms) };
      if (before !== this.state.usable)
        this.log(this.state.usable ? 'read replica in use' : `read replica not used: ${this.state.reason}`);
    } catch (error) {
      this.markDown(error);
    }
  }

  private markDown(error: unknown): void {
    if (this.state.usable)
      this.log(
        `read replica unavailable, reading from the primary: ${error instanceof Error ? error.message : String(error)}`,
      );
    this.state = { usable: false, reason: error instanceof Error ? error.message : String(error) };
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.connecting?.catch(() => undefined);
    if (this.replica?.isInitialized) await this.replica.destroy();
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * Did this fail because of the replica rather than the query? Connection failures (SQLSTATE
 * class 08), shutdown or start-up (57P01–57P03), too many connections (53300), a query cancelled
 * by a conflict with recovery (40001 on a standby), and the driver's own network errors.
 * A statement timeout (57014) is not: running it again would only double the wait.
 */
export function replicaUnavailable(error: unknown): boolean {
  const driverError = (error as { driverError?: unknown })?.driverError ?? error;
  const { code, message } = (driverError ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (
      NETWORK_CODES.has(code) ||
      code.startsWith('08') ||
      ['57P01', '57P02', '57P03', '53300', '40001'].includes(code)
    )
      return true;
    if (/^[0-9A-Z]{5}$/.test(code)) return false;
  }
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/.test(
      message,
    )
  );
}

/**
 * One request's reads. A mutation pins them to the primary before any resolver runs, so a
 * mutation's payload (which may select e.g. a school's figures) always shows its own write.
 */
export class RequestReads implements ReadSide {
  private pinned = false;

  constructor(
    private readonly reads: ReadSide,
    private readonly primary: DataSource,
  ) {}

  pinToPrimary(): void {
    this.pinned = true;
  }

  run<T>(work: (dataSource: DataSource) => Promise<T>, tolerance?: { maxLagMs: number }): Promise<T> {
    return this.pinned ? work(this.primary) : this.reads.run(work, tolerance);
  }
}
