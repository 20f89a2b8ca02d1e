// The dashboard tests' district: the demo district at NOW, three students of the first school and six of
// the second flagged for attention, and one crisis alert in the first school nobody picked up for two days.
import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';

import { gatewayCalls, startTestPlatform, type TestPlatform } from '../support/platform';

export const NOW = '2026-11-16T02:00:00Z';

/** The token the school service delivers snapshots with. */
export const serviceTokenOf = (p: TestPlatform) =>
  p.tokenFor({ personId: 'school-service', role: Role.SERVICE, districtId: '*' });

/** Calls through the gateway and the outbox relay, for the platform `platform()` returns at call time. */
export function dashboardCalls(platform: () => TestPlatform) {
  const { gql, ok } = gatewayCalls(platform);
  const relayTo = (url: string) =>
    new OutboxRelay(
      platform().school,
      deliverToDistrict(districtClient({ url: url, token: () => serviceTokenOf(platform()) })),
    );
  const schoolIds = () => platform().demo.schools.map((s) => s.id);
  return { gql, ok, relayTo, schoolIds };
}

/** Puts `n` students of a school in an attention category (as their mentors would). */
async function flagStudents(p: TestPlatform, schoolId: string, n: number) {
  await p.school.query(
    `INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at)
     SELECT s.id, 'LEFT_BEHIND', s.school_id, m.mentor_id, now() FROM student s JOIN mentorship m
       ON m.student_id = s.id AND m.role = 'LEAD' AND m.ended_on IS NULL
      WHERE s.school_id = $1 ORDER BY s.student_number LIMIT $2`,
    [schoolId, n],
  );
}

export async function startDashboardPlatform(): Promise<TestPlatform> {
  const p = await startTestPlatform();
  p.clock.set(NOW);
  await flagStudents(p, p.demo.schools[0].id, 3); // a small group: must never show as 3
  await flagStudents(p, p.demo.schools[1].id, 6);
  // An alert nobody picked up for two days: overdue.
  const [s] = await p.school.query(
    `SELECT m.student_id, m.mentor_id FROM mentorship m WHERE m.school_id = $1 AND m.ended_on IS NULL LIMIT 1`,
    [p.demo.schools[0].id],
  );
  await p.school.query(
    `INSERT INTO crisis_alert (id, school_id, student_id, raised_by, level, status, description, ` +
      `reported_at, idempotency_key) VALUES ($1, $2, $3, $4, 'HIGH', 'REPORTED', '描述', $5, $6)`,
    [
      randomUUID(),
      p.demo.schools[0].id,
      s.student_id,
      s.mentor_id,
      new Date(Date.parse(NOW) - 48 * 3600_000),
      randomUUID(),
    ],
  );
  return p;
}

/**
 * Delivers every school's snapshot at NOW to the district, then an older one of the first school
 * (taken 2026-11-01, a week of its own) that must not overwrite the newer.
 */
export async function deliverSnapshots(p: TestPlatform): Promise<void> {
  const { relayTo, schoolIds } = dashboardCalls(() => p);
  await queueSnapshots(p.school, p.clock.now(), schoolIds());
  const delivered = await relayTo(p.districtUrl).drain();
  if (delivered.failed) throw new Error(`snapshots not delivered: ${String(delivered.failed)}`);
  const [{ payload }] = await p.school.query('SELECT payload FROM outbox_message ORDER BY created_at LIMIT 1');
  const stale = {
    ...payload,
    snapshotId: randomUUID(),
    takenAt: '2026-11-01T00:00:00Z',
    school: { ...payload.school, homeVisitDone: 1 },
  };
  await deliverToDistrict(districtClient({ url: p.districtUrl, token: () => serviceTokenOf(p) }))([stale]);
}
