import type { ServiceClient } from '@mentorship/graphql';
import type { ServiceMetrics } from '@mentorship/observability';
import type { DataSource } from 'typeorm';

import { watchOutbox } from './outbox.metrics';
import { deliverToDistrict, OutboxRelay } from './outbox-relay';
import { queueScheduledSnapshots } from './snapshot';

/**
 * In a running school service: queue aggregate snapshots on a schedule and relay the outbox to
 * the district. Safe with any number of replicas: one set of snapshots per slot (an advisory-lock
 * leader, see queueScheduledSnapshots) and each outbox row taken by one relay (FOR UPDATE SKIP
 * LOCKED). Settings in infra/ENVIRONMENT.md.
 */
export function startMetricsPublishing(
  dataSource: DataSource,
  {
    log,
    metrics,
    clients,
  }: { log: (line: string) => void; metrics?: ServiceMetrics; clients?: { district: ServiceClient | null } },
  env: NodeJS.ProcessEnv = process.env,
) {
  const counters = metrics && watchOutbox(metrics, dataSource);
  const snapshotEvery = Number(env.METRICS_SNAPSHOT_INTERVAL_SECONDS ?? 900) * 1000;
  const relayEvery = Number(env.OUTBOX_RELAY_INTERVAL_SECONDS ?? 5) * 1000;
  const district = clients?.district;
  if (!district) {
    log(
      'metrics publishing off: set SERVICE_TOKEN (asymmetric token setup) so the school service can call the district',
    );
    return { stop: async () => undefined };
  }
  const relay = new OutboxRelay(dataSource, deliverToDistrict(district));
  const say = (error: unknown) => log(`metrics: ${error instanceof Error ? error.message : error}`);
  let lastFailure: string | null = null;
  let stopping = false;
  let busy: Promise<void> | null = null;
  const snapshot = async () => {
    // Every tick asks whether this slot's set is queued yet: cheap, and a slot a stopped leader left open is taken
    // soon.
    const queued = await queueScheduledSnapshots(dataSource, new Date(), snapshotEvery);
    if (queued?.length) log(`metrics: queued ${queued.length} school snapshot(s)`);
  };
  const drain = async () => {
    const { delivered, failed } = await relay.drain();
    if (delivered) counters?.delivered(delivered);
    if (failed) counters?.failed();
    if (delivered) log(`metrics: delivered ${delivered} snapshot(s) to the district`);
    // Say once that the district is unreachable, and once that it is back; the outbox keeps everything meanwhile.
    if (failed && failed !== lastFailure)
      log(`metrics: district unreachable, snapshots wait in the outbox (${failed})`);
    if (!failed && lastFailure) log('metrics: district reachable again');
    lastFailure = failed;
  };
  // One step at a time: a slow district makes ticks skip, not pile up.
  const tick = () => {
    if (busy || stopping) return;
    busy = (async () => {
      await snapshot().catch(say);
      if (!stopping) await drain().catch(say);
    })().finally(() => (busy = null));
  };
  tick();
  const timer = setInterval(tick, Math.min(relayEvery, snapshotEvery));
  timer.unref();
  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      relay.stop();
      await busy;
    },
  };
}
