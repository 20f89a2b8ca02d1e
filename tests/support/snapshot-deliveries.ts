import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { slotOf, slotSnapshotId } from '@mentorship/school';
import { Client } from 'pg';

/**
 * Stands between the school replicas' relays and the district (their DISTRICT_URL) and writes
 * down every snapshot id of every ingestion the district accepted: the ground truth for
 * "delivered exactly once", which the district's own idempotent store would hide.
 */
export interface DeliveryRecorder {
  url: string;
  /** Where to forward (the district's URL); until set, answers 502 and the outbox keeps the snapshots. */
  forwardTo(url: string): void;
  /** Snapshot ids of accepted ingestions, one entry per delivery. */
  delivered(): string[];
  close(): Promise<void>;
}

export async function startDeliveryRecorder(): Promise<DeliveryRecorder> {
  let target: URL | undefined;
  const delivered: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => {
        if (!target) return void res.writeHead(502).end();
        const body = Buffer.concat(chunks);
        let ids: string[] = [];
        try {
          const parsed = JSON.parse(body.toString('utf8'));
          if (/ingestMetricSnapshots/.test(parsed.query ?? ''))
            ids = (parsed.variables?.p ?? []).map((t: string) => JSON.parse(t).snapshotId);
        } catch {
          // Not JSON: forwarded as it is.
        }
        const upstream = http.request(
          {
            hostname: target.hostname,
            port: target.port,
            path: target.pathname,
            method: req.method,
            headers: { ...req.headers, host: target.host },
          },
          (answer) => {
            const back: Buffer[] = [];
            answer
              .on('data', (c: Buffer) => back.push(c))
              .on('end', () => {
                const text = Buffer.concat(back).toString('utf8');
                if (ids.length && answer.statusCode === 200 && /"ingestMetricSnapshots":\d+/.test(text))
                  delivered.push(...ids);
                res.writeHead(answer.statusCode ?? 502, answer.headers).end(text);
              });
          },
        );
        upstream.on('error', () => res.writeHead(502).end());
        upstream.end(body);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    forwardTo: (url) => void (target = new URL(url)),
    delivered: () => [...delivered],
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

export interface SnapshotLedger {
  schools: number;
  /** Schedule slots with snapshots, and those with other than one snapshot per school. */
  slots: number;
  badSlots: string[];
  /** Between the first and the last slot, slots with none (a lost slot). */
  missingSlots: number;
  snapshots: number;
  /** Ids not derived from school and slot (a writer outside the schedule). */
  unexpectedIds: number;
  deliveries: number;
  deliveredTwice: number;
  /** Marked delivered in the outbox but never accepted by the district, or accepted but not in its store. */
  lost: number;
  /** Still in the outbox (delivered by the next relay tick): not lost. */
  waiting: number;
  /** Accepted by the district yet still waiting in the outbox: would be delivered a second time. */
  acceptedNotMarked: number;
}

/** Outbox, district store and recorded deliveries, side by side. */
export async function snapshotLedger(
  urls: { school: string; district: string },
  recorder: DeliveryRecorder,
  everyMs: number,
): Promise<SnapshotLedger> {
  const query = async <T>(url: string, sql: string): Promise<T[]> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  const outbox = await query<{ id: string; school_id: string; created_at: Date; delivered_at: Date | null }>(
    urls.school,
    "SELECT id, school_id, created_at, delivered_at FROM outbox_message WHERE topic = 'metrics.snapshot.v2'",
  );
  const schools = (await query<{ id: string }>(urls.school, 'SELECT id FROM school')).length;
  const stored = new Set(
    (await query<{ id: string }>(urls.district, 'SELECT id FROM metric_snapshot')).map((r) => r.id),
  );
  const bySlot = new Map<number, string[]>();
  for (const row of outbox) {
    const slot = slotOf(row.created_at, everyMs).getTime();
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), row.school_id]);
  }
  const slots = [...bySlot.keys()].sort((a, b) => a - b);
  const deliveries = recorder.delivered();
  const times = new Map<string, number>();
  for (const id of deliveries) times.set(id, (times.get(id) ?? 0) + 1);
  return {
    schools,
    slots: slots.length,
    badSlots: slots
      .filter((s) => bySlot.get(s)!.length !== schools || new Set(bySlot.get(s)).size !== schools)
      .map((s) => new Date(s).toISOString()),
    missingSlots: slots.length ? (slots[slots.length - 1] - slots[0]) / everyMs + 1 - slots.length : 0,
    snapshots: outbox.length,
    unexpectedIds: outbox.filter((r) => r.id !== slotSnapshotId(r.school_id, slotOf(r.created_at, everyMs))).length,
    deliveries: deliveries.length,
    deliveredTwice: [...times.values()].filter((n) => n > 1).length,
    lost: outbox.filter((r) => r.delivered_at && (!times.has(r.id) || !stored.has(r.id))).length,
    waiting: outbox.filter((r) => !r.delivered_at).length,
    acceptedNotMarked: outbox.filter((r) => !r.delivered_at && times.has(r.id)).length,
  };
}
