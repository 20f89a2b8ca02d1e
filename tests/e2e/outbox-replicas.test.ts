import type { ChildProcess } from 'node:child_process';

import { type ProcessPlatform, type Replica, startProcessPlatform } from '../support/process-platform';
import { type DeliveryRecorder, snapshotLedger, startDeliveryRecorder } from '../support/snapshot-deliveries';

/**
 * Two school replicas on one database, each running the snapshot schedule and the outbox relay,
 * one of them stopped (SIGTERM) and started again half-way: every slot's snapshots are made once,
 * none is lost, and the district accepts each exactly once (counted at the wire, not by the
 * district's idempotent store, which would hide a second delivery).
 */
const EVERY_SECONDS = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
  );

describe('the snapshot schedule and the outbox relay with two school replicas', () => {
  let p: ProcessPlatform;
  let recorder: DeliveryRecorder;

  beforeAll(async () => {
    recorder = await startDeliveryRecorder();
    p = await startProcessPlatform({
      env: { METRICS_SNAPSHOT_INTERVAL_SECONDS: String(EVERY_SECONDS), OUTBOX_RELAY_INTERVAL_SECONDS: '0.2' },
      serviceEnv: { school: { DISTRICT_URL: recorder.url } },
    });
    recorder.forwardTo(p.districtUrl);
  }, 180_000);
  afterAll(async () => {
    await p?.stop();
    await recorder?.close();
  });

  it('makes one set per slot and delivers each snapshot to the district exactly once', async () => {
    let second: Replica = await p.startReplica('school');
    await sleep(4_000);
    const exit = exited(second.child);
    second.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    second = await p.startReplica('school', { port: second.port });
    await sleep(5_000);
    // Both stop as in a scale-to-zero: whatever is left waits in the outbox, nothing is lost.
    const exits = [exited(second.child), exited(p.processes.school.child)];
    second.child.kill('SIGTERM');
    p.processes.school.child.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual([0, 0]);

    const ledger = await snapshotLedger(
      { school: p.databaseUrls.school, district: p.databaseUrls.district },
      recorder,
      EVERY_SECONDS * 1000,
    );
    expect(ledger.schools).toBe(4);
    // ~10 s of 2 s slots, start-up included; never two sets (or a partial set) in one slot.
    expect(ledger.slots).toBeGreaterThanOrEqual(4);
    expect(ledger.badSlots).toEqual([]);
    expect(ledger.missingSlots).toBe(0);
    expect(ledger.unexpectedIds).toBe(0);
    expect(ledger.snapshots).toBe(ledger.slots * ledger.schools);
    expect(ledger.deliveredTwice).toBe(0);
    expect(ledger.lost).toBe(0);
    expect(ledger.acceptedNotMarked).toBe(0);
    expect(ledger.deliveries + ledger.waiting).toBe(ledger.snapshots);
    expect(ledger.deliveries).toBeGreaterThanOrEqual(3 * ledger.schools);
  }, 120_000);
});
