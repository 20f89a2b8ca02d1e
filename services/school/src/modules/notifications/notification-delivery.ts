import { randomUUID } from 'node:crypto';

import { inTransaction } from '@mentorship/db';
import type { DataSource, EntityManager } from 'typeorm';

import { isCrisis } from './notification.enums';
import { type OpenedChannel, send } from './notification-senders';
import { quietUntil } from './quiet-hours';
import { open } from './secret-box';

export interface RetryPolicy {
  /** First retry after this long, doubling each time… */
  baseMs: number;
  /** …up to this. */
  maxMs: number;
}

export function retryPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const seconds = (value: string | undefined, fallback: number) => (Number(value ?? fallback) || fallback) * 1000;
  return { baseMs: seconds(env.NOTIFY_RETRY_BASE_SECONDS, 30), maxMs: seconds(env.NOTIFY_RETRY_MAX_SECONDS, 3600) };
}

/** Exponential backoff: base, 2×base, 4×base … capped. */
export const backoff = (attempts: number, policy: RetryPolicy) =>
  Math.min(policy.baseMs * 2 ** Math.max(0, attempts - 1), policy.maxMs);

interface Due {
  id: string;
  key: string;
  kind: string;
  channel_id: string;
  to_address: string | null;
  subject: string;
  body: string;
  attempts: number;
  channel_kind: string;
  target_sealed: string | null;
  target_host: string;
  secret_sealed: string | null;
  settings: OpenedChannel['settings'];
  quiet_start: number | null;
  quiet_end: number | null;
}

const NEXT_DUE = `
  SELECT d.id, d.key, d.kind, d.channel_id, d.to_address, d.subject, d.body, d.attempts,
         c.kind AS channel_kind, c.target_sealed, c.target_host, c.secret_sealed, c.settings,
         s.quiet_start, s.quiet_end
    FROM notification_delivery d
    JOIN notification_channel c ON c.id = d.channel_id
    LEFT JOIN notification_settings s ON s.school_id = d.school_id
   WHERE d.sent_at IS NULL AND d.next_attempt_at <= $1
   ORDER BY d.kind IN ('CRISIS_ALERT', 'CRISIS_OVERDUE') DESC, d.next_attempt_at, d.id
   LIMIT 1 FOR UPDATE OF d SKIP LOCKED`;

/**
 * Sends what is due, crisis first, one delivery per transaction: the row stays locked while it is
 * sent, so two relays (replicas) never send it both, and it is marked sent in the same transaction
 * that records the attempt. Non-crisis messages wait out the school's quiet hours. Returns counts.
 */
export async function deliverDue(dataSource: DataSource, now: Date, policy: RetryPolicy, limit = 200) {
  const result = { sent: 0, failed: 0, deferred: 0 };
  for (let i = 0; i < limit; i++) {
    const outcome = await inTransaction(dataSource, async (m) => {
      const [due]: Due[] = await m.query(NEXT_DUE, [now]);
      if (!due) return null;
      const quiet = isCrisis(due.kind) ? null : quietUntil(now, due.quiet_start, due.quiet_end);
      if (quiet) {
        await m.query('UPDATE notification_delivery SET next_attempt_at = $2 WHERE id = $1', [due.id, quiet]);
        return 'deferred' as const;
      }
      const error = await attempt(due, now);
      await record(m, due, now, error, policy);
      return error ? ('failed' as const) : ('sent' as const);
    });
    if (!outcome) break;
    result[outcome]++;
  }
  return result;
}

async function attempt(due: Due, now: Date): Promise<string | null> {
  try {
    const channel: OpenedChannel = {
      id: due.channel_id,
      kind: due.channel_kind,
      settings: due.settings,
      target: due.target_sealed ? open(due.target_sealed, due.channel_id) : due.target_host,
      secret: due.secret_sealed ? open(due.secret_sealed, due.channel_id) : null,
    };
    await send(channel, { key: due.key, subject: due.subject, body: due.body, toAddress: due.to_address }, now);
    return null;
  } catch (error) {
    return describeFailure(error);
  }
}

async function record(m: EntityManager, due: Due, now: Date, error: string | null, policy: RetryPolicy) {
  await m.query(
    'INSERT INTO notification_attempt (id, delivery_id, channel_id, at, ok, error) VALUES ($1, $2, $3, $4, $5, $6)',
    [randomUUID(), due.id, due.channel_id, now, !error, error],
  );
  if (!error) {
    await m.query('UPDATE notification_delivery SET attempts = attempts + 1, sent_at = $2 WHERE id = $1', [
      due.id,
      now,
    ]);
    await m.query(
      'UPDATE notification_channel SET consecutive_failures = 0, last_error = NULL, last_success_at = $2 WHERE id = $1',
      [due.channel_id, now],
    );
    return;
  }
  const retryAt = new Date(now.getTime() + backoff(due.attempts + 1, policy));
  await m.query('UPDATE notification_delivery SET attempts = attempts + 1, next_attempt_at = $2 WHERE id = $1', [
    due.id,
    retryAt,
  ]);
  await m.query(
    'UPDATE notification_channel SET consecutive_failures = consecutive_failures + 1, last_error = $2 WHERE id = $1',
    [due.channel_id, error],
  );
}

/** Our own senders' messages, safe to show as they are. */
const OWN = new RegExp(
  '^(HTTP \\d{3}|robot refused: errcode -?\\d+|robot answered without JSON|no recipients|NOTIFY_SECRET_KEY .*)$',
);

/**
 * What the school admin is shown of a failure: a class of error, never the receiver's text. The
 * admin chooses where a channel points, so echoing what answered there would let them read other
 * hosts' banners through the service (and a URL may hold a token).
 */
export function describeFailure(error: unknown): string {
  type Failure = { name?: string; code?: string; responseCode?: number; cause?: { code?: string }; message?: string };
  const e = error as Failure;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timeout';
  if (e?.cause?.code) return `connection failed (${String(e.cause.code).slice(0, 30)})`;
  // nodemailer: EAUTH, ECONNECTION, ETIMEDOUT, EENVELOPE … and the SMTP reply code.
  if (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    return `smtp ${e.code}${e.responseCode ? ` ${e.responseCode}` : ''}`;
  }
  const message = typeof e?.message === 'string' ? e.message : '';
  if (/unable to authenticate data/.test(message)) {
    return 'stored secret cannot be opened (key changed?): save the channel again';
  }
  return OWN.test(message) ? message : 'delivery failed';
}
