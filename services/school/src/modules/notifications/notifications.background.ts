import type { DataSource } from 'typeorm';
import { deliverDue, retryPolicyFromEnv, type RetryPolicy } from './notification-delivery';
import { fanOutNotifications } from './notification-fanout';
import { queueScheduled } from './notification-schedule';

/** One pass: queue what time has caused, expand the outbox into deliveries, send what is due. */
export async function notificationTick(
  dataSource: DataSource, now: Date, policy: RetryPolicy = retryPolicyFromEnv(), seen?: Set<string>,
) {
  await queueScheduled(dataSource, now, seen);
  const expanded = await fanOutNotifications(dataSource, now);
  const delivery = await deliverDue(dataSource, now, policy);
  return { expanded, ...delivery };
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
  const pass = () => (running = running.then(async () => {
    try {
      const r = await notificationTick(dataSource, now(), policy, seen);
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
