import { inTransaction } from '@mentorship/db';
import type { ServiceClient } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { SNAPSHOT_TOPIC } from './snapshot';

/** Sends a batch of payloads; resolves when the receiver has stored them (idempotently). */
export type Deliver = (payloads: unknown[]) => Promise<void>;

/**
 * Drains the outbox's snapshots to the district service (notifications share the outbox; their own relay takes them):
 * oldest first, in batches, marking a batch delivered
 * only after the receiver confirms. A receiver that is down leaves the messages where they are
 * for the next attempt; a receiver that stored a batch but whose answer was lost gets it again,
 * which is why the district ingests by snapshot id.
 */
export class OutboxRelay {
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliver: Deliver,
    private readonly batchSize = 50,
  ) {}

  /** Shutdown: the batch in hand is finished (delivered and marked, or left), no further one is taken. */
  stop(): void {
    this.stopping = true;
  }

  /** Delivers until the outbox is empty or the receiver fails; returns how many were delivered. */
  async drain(): Promise<{ delivered: number; failed: string | null }> {
    let delivered = 0;
    while (!this.stopping) {
      const result = await inTransaction(this.dataSource, async (m) => {
        const batch: { id: string; payload: unknown }[] = await m.query(
          'SELECT id, payload FROM outbox_message WHERE delivered_at IS NULL AND topic = $2 ' +
            'ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED',
          [this.batchSize, SNAPSHOT_TOPIC],
        );
        if (!batch.length) return { sent: 0, failed: null };
        try {
          await this.deliver(batch.map((b) => b.payload));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await m.query('UPDATE outbox_message SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1)', [
            batch.map((b) => b.id),
            message.slice(0, 500),
          ]);
          return { sent: 0, failed: message };
        }
        await m.query(
          'UPDATE outbox_message SET delivered_at = now(), attempts = attempts + 1, last_error = NULL ' +
            'WHERE id = ANY($1)',
          [batch.map((b) => b.id)],
        );
        return { sent: batch.length, failed: null };
      });
      delivered += result.sent;
      if (result.failed || result.sent === 0) return { delivered, failed: result.failed };
    }
    return { delivered, failed: null };
  }

  async pending(): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      'SELECT count(*)::int n FROM outbox_message WHERE delivered_at IS NULL AND topic = $1',
      [SNAPSHOT_TOPIC],
    );
    return n;
  }
}

/**
 * Delivery to the district subgraph's ingestion mutation through the district client passed in (service token, error
 * mapping), with a deadline of its own (default 15 s: a batch is larger than a question). Not retried here: the outbox
 * is the retry.
 */
export function deliverToDistrict(district: ServiceClient, timeoutMs = 15_000): Deliver {
  return async (payloads) => {
    // A ServiceCallError (timeout, unreachable) leaves the batch in the outbox like any failure.
    const answer = await district.request<{ ingestMetricSnapshots?: number }>(
      'mutation($p: [String!]!) { ingestMetricSnapshots(payloads: $p) }',
      { p: payloads.map((p) => JSON.stringify(p)) },
      { timeoutMs },
    );
    if (answer.status >= 300 || answer.errors?.length || typeof answer.data?.ingestMetricSnapshots !== 'number') {
      throw new Error(
        `district ingestion refused (HTTP ${answer.status}): ` +
          `${answer.errors?.map((e) => e.message).join('; ') ?? 'no answer'}`,
      );
    }
  };
}
