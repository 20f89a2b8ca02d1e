import { createSchoolDataSource, queueScheduledSnapshots, slotSnapshotId } from '@mentorship/school';
import type { DataSource } from 'typeorm';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/** The snapshot leader: of several replicas asking at once, one queues the slot's set; the rest skip. */
describe('the scheduled snapshot job with several replicas on one database', () => {
  let p: TestPlatform;
  const replicas: DataSource[] = [];
  const EVERY = 15 * 60_000;

  beforeAll(async () => {
    p = await startTestPlatform();
    for (let i = 0; i < 3; i += 1) replicas.push(await createSchoolDataSource(p.databaseUrls.school).initialize());
  });
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.destroy()));
    await p?.stop();
  });

  const count = async () =>
    (await p.school.query("SELECT count(*)::int n FROM outbox_message WHERE topic = 'metrics.snapshot.v2'"))[0]
      .n as number;

  it('queues one set per slot, whichever replica gets there, and the next slot gets its own', async () => {
    const before = await count();
    const now = new Date('2026-11-24T08:05:00Z');
    const answers = await Promise.all(replicas.map((r) => queueScheduledSnapshots(r, now, EVERY)));
    const queued = answers.filter((a) => a !== null);
    expect(queued).toHaveLength(1);
    const schools = queued[0]!.length;
    expect(schools).toBeGreaterThan(0);
    // The set's ids derive from school and slot: a racing second writer would collide on them.
    expect(queued[0]!.map((s) => s.snapshotId)).toEqual(
      queued[0]!.map((s) => slotSnapshotId(s.schoolId, new Date('2026-11-24T08:00:00Z'))),
    );
    // Later in the same slot (another replica's tick): nothing more.
    expect(await queueScheduledSnapshots(replicas[1], new Date('2026-11-24T08:14:59Z'), EVERY)).toBeNull();
    expect(await count()).toBe(before + schools);
    // The next slot: one more set.
    const next = await Promise.all(
      replicas.map((r) => queueScheduledSnapshots(r, new Date('2026-11-24T08:15:01Z'), EVERY)),
    );
    expect(next.filter((a) => a !== null)).toHaveLength(1);
    expect(await count()).toBe(before + 2 * schools);
  });
});
