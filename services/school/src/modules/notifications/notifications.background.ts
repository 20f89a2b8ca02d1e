import { inTransaction } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { deliverDue, type RetryPolicy, retryPolicyFromEnv } from './notification-delivery';
import { fanOutNotifications } from './notification-fanout';
import { queueScheduled } from './notification-schedule';

/** One pass: queue what time has caused, expand the outbox into deliveries, send what is due. */
export async function notificationTick(
  dataSource: DataSource,
  now: Date,
  policy: RetryPolicy = retryPolicyFromEnv(),
  seen?: Set<string>,
) {
  await queueScheduled(dataSource, now, seen);
  const expanded = await fanOutNotifications(dataSource, now);
  const delivery = await deliverDue(dataSource, now, policy);
  return { expanded, ...delivery };
}

/** Days a sent message's text and its attempts are kept (NOTIFY_RETENTION_DAYS, default 180, at least 7). */
export const retentionDays = (env: NodeJS.ProcessEnv = process.env) =>
  Math.max(7, Number(env.NOTIFY_RETENTION_DAYS ?? 180) || 180);

/**
 * Removes deliveries sent more than `days` ago, with their attempts: they hold the text that went
 * out, which nobody needs once it was delivered. Unsent ones stay (still retried, or a dead channel
 * the admin must see). The outbox row stays: its id is what keeps an event from being queued and
 * sent twice (an alert still overdue, a survey still open), and it holds no text or name.
 */
export async function pruneDelivered(dataSource: DataSource, now: Date, days = retentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return inTransaction(dataSource, async (m) => {
    await m.query(
      `DELETE FROM notification_attempt a USING notification_delivery d
        WHERE a.delivery_id = d.id AND d.sent_at IS NOT NULL AND d.sent_at < $1`,
      [cutoff],
    );
    const [, removed] = await m.query('DELETE FROM notification_delivery WHERE sent_at IS NOT NULL AND sent_at < $1', [
      cutoff,
    ]);
    return Number(removed) || 0;
  });
}

export interface NotificationJobOptions {
  log: (line: string) => void;
  /** The service clock (tests pass theirs). */
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
}

/**
 * In a running school service: a pass every NOTIFY_RELAY_INTERVAL_SECONDS (default 5, at most 60,
 * so a crisis alert goes out within a minute). Passes never overlap; each reads the service clock.
 */
export function startNotifications(dataSource: DataSource, options: NotificationJobOptions) {
  const { log, now = () => new Date(), env = process.env } = options;
  const seconds = Math.min(60, Math.max(1, Number(env.NOTIFY_RELAY_INTERVAL_SECONDS ?? 5) || 5));
  const policy = retryPolicyFromEnv(env);
  let running: Promise<void> = Promise.resolve();
  let lastError: string | null = null;
  const seen = new Set<string>();
  let prunedAt = 0;
  const pass = () =>
    (running = running.then(async () => {
      try {
        const r = await notificationTick(dataSource, now(), policy, seen);
        // Hourly is plenty for a retention counted in days.
        if (now().getTime() - prunedAt >= 3600_000) {
          prunedAt = now().getTime();
          const removed = await pruneDelivered(dataSource, now(), retentionDays(env));
          if (removed) log(`notifications: removed ${removed} deliveries sent over ${retentionDays(env)} days ago`);
        }
        if (r.sent || r.failed) log(`notifications: sent ${r.sent}, failed ${r.failed} (retried with backoff)`);
        lastError = null;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (message !== lastError) log(`notifications: ${message}`);
        lastError = message;
      }
    }));
  pass();
  const timer = setInterval(pass, seconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
