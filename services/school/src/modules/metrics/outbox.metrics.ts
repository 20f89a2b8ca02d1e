import { Counter, Gauge, type ServiceMetrics } from '@mentorship/observability';
import type { DataSource } from 'typeorm';

interface Backlog {
  pending: number;
  oldestAgeSeconds: number;
}

/** What the relay reports after each drain. */
export interface OutboxCounters {
  delivered(count: number): void;
  failed(): void;
}

/**
 * The outbox on the school service's metrics: how many snapshots wait for the district and how
 * old the oldest is (read at scrape time, on the outbox's partial index), and what the relay
 * delivered or failed to. Every replica reports the same backlog (it is the database's): alert
 * on `max`, not `sum`.
 */
export function watchOutbox(metrics: ServiceMetrics, dataSource: DataSource): OutboxCounters {
  const registers = [metrics.registry];
  let last: { at: number; backlog: Promise<Backlog> } | undefined;
  // One query per scrape serves both gauges; a database that does not answer within 2 s gives no value.
  const read = (): Promise<Backlog> => {
    if (last && Date.now() - last.at < 1_000) return last.backlog;
    const query = dataSource
      .query(
        `SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age
              FROM outbox_message WHERE delivered_at IS NULL`,
      )
      .then(([row]: { pending: number; age: number }[]) => ({ pending: row.pending, oldestAgeSeconds: row.age }));
    const unknown: Backlog = { pending: NaN, oldestAgeSeconds: NaN };
    const timeout = new Promise<Backlog>((resolve) => setTimeout(() => resolve(unknown), 2_000).unref());
    last = { at: Date.now(), backlog: Promise.race([query.catch(() => unknown), timeout]) };
    return last.backlog;
  };
  new Gauge({
    name: 'mentorship_outbox_pending_messages',
    help: 'Outbox messages (school snapshots) not yet delivered to the district.',
    registers,
    async collect() {
      this.set((await read()).pending);
    },
  });
  new Gauge({
    name: 'mentorship_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest undelivered outbox message; 0 when none waits.',
    registers,
    async collect() {
      this.set((await read()).oldestAgeSeconds);
    },
  });
  const delivered = new Counter({
    name: 'mentorship_outbox_delivered_total',
    help: 'Outbox messages this replica delivered to the district.',
    registers,
  });
  const failures = new Counter({
    name: 'mentorship_outbox_delivery_failures_total',
    help: 'Relay drains that the district refused or did not answer.',
    registers,
  });
  return { delivered: (count) => delivered.inc(count), failed: () => failures.inc() };
}
