import { createHash, randomUUID } from 'node:crypto';

import { inTransaction } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { termOf } from '../records/term';
import { type Counts, countSchools, type PublishedSchoolCounts, publishSchool } from './group-metrics';

/** v2: school-level figures only, sensitive counts as bands (v1 carried grade and classroom cells). */
export const SNAPSHOT_TOPIC = 'metrics.snapshot.v2';

export interface StaffFigures {
  teachers: number;
  teachersMentoring: number;
  maxMenteesPerMentor: number;
  mentorsAboveCap: number;
  cap: number;
  /** Levels of the latest published evaluation cycle (teachers, not students), or null before the first. */
  evaluation: { term: string; excellent: number; qualified: number; needsImprovement: number } | null;
}

/**
 * What the district receives about a school: the school's own figures and nothing finer. Per-grade
 * and per-classroom figures are the school leaders' business, and sensitive counts leave only as
 * bands (DISCLOSURE.md).
 */
export interface MetricSnapshot {
  snapshotId: string;
  schoolId: string;
  takenAt: string;
  term: string;
  school: PublishedSchoolCounts & StaffFigures;
  /**
   * Staff numbers of the teachers mentoring (a directory fact about staff, no student in it): the
   * district, which keeps training completions by staff number, counts the trained mentors from it.
   */
  mentors?: string[];
}

/** The snapshot of one school's counts (pure: the disclosure test builds it from the same code). */
export function snapshotOf(
  schoolId: string,
  term: string,
  takenAt: Date,
  school: Counts,
  staff: StaffFigures,
  snapshotId: string = randomUUID(),
  mentors?: string[],
): MetricSnapshot {
  return {
    snapshotId,
    schoolId,
    takenAt: takenAt.toISOString(),
    term,
    school: { ...publishSchool(school), ...staff },
    ...(mentors ? { mentors } : {}),
  };
}

/** The advisory lock of the snapshot leader (transaction-level: safe behind PgBouncer's transaction pooling). */
const SNAPSHOT_LEADER_LOCK = 7_310_451_001;

/** The start of the schedule slot `now` falls in: slots are `everyMs` long, aligned to the epoch. */
export function slotOf(now: Date, everyMs: number): Date {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs);
}

/** A school's snapshot id in a slot: the same on every replica, so a second writer collides instead of duplicating. */
export function slotSnapshotId(schoolId: string, slot: Date): string {
  const h = createHash('sha256').update(`metrics-snapshot:${schoolId}:${slot.toISOString()}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 3) | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Writes one aggregate snapshot per school into the outbox, all in one transaction: either
 * every school's snapshot of this moment is queued, or none is.
 */
export async function queueSnapshots(
  dataSource: DataSource,
  now: Date,
  schoolIds?: string[],
): Promise<MetricSnapshot[]> {
  return (await writeSnapshots(dataSource, now, schoolIds)) ?? [];
}

/**
 * The scheduled job's step, run by every school replica: at most one set of snapshots per slot,
 * whatever the number of replicas. The replica that gets the transaction-level advisory lock and
 * finds no snapshot of the slot yet queues it; the others skip (`null`). Snapshot ids derive from
 * school and slot, so a writer that raced past the check collides on the outbox's key (REPEATABLE
 * READ makes that a serialization failure, retried next tick), and the district, which ingests by
 * id, would drop a duplicate anyway. A replica dying mid-way rolls back: the slot stays open for
 * the next tick of any replica.
 */
export function queueScheduledSnapshots(
  dataSource: DataSource,
  now: Date,
  everyMs: number,
): Promise<MetricSnapshot[] | null> {
  const start = slotOf(now, everyMs);
  return writeSnapshots(dataSource, now, undefined, { start, end: new Date(start.getTime() + everyMs) });
}

async function writeSnapshots(
  dataSource: DataSource,
  now: Date,
  schoolIds?: string[],
  slot?: { start: Date; end: Date },
): Promise<MetricSnapshot[] | null> {
  const ids: string[] =
    schoolIds ?? (await dataSource.query('SELECT id FROM school ORDER BY id')).map((r: { id: string }) => r.id);
  if (!ids.length) return [];
  const term = termOf(now).key;
  return inTransaction(dataSource, { isolation: 'REPEATABLE READ' }, async (m) => {
    if (slot) {
      const [{ leader }] = await m.query('SELECT pg_try_advisory_xact_lock($1) AS leader', [SNAPSHOT_LEADER_LOCK]);
      if (!leader) return null;
      const done = await m.query(
        'SELECT 1 FROM outbox_message WHERE topic = $1 AND created_at >= $2 AND created_at < $3 LIMIT 1',
        [SNAPSHOT_TOPIC, slot.start, slot.end],
      );
      if (done.length) return null;
    }
    const counts = await countSchools(m, ids, term, now);
    const load: {
      school_id: string;
      teachers: number;
      mentoring: number;
      max_load: number;
      above_cap: number;
      cap: number;
      mentors: string[];
    }[] = await m.query(
      `SELECT sc.id AS school_id, sc.mentor_student_cap AS cap, coalesce(l.mentors, '{}') AS mentors,
              (SELECT count(*) FROM teacher t WHERE t.school_id = sc.id AND t.left_on IS NULL)::int AS teachers,
              coalesce(l.mentoring, 0)::int AS mentoring, coalesce(l.max_load, 0)::int AS max_load,
                coalesce(l.above_cap, 0)::int AS above_cap
         FROM school sc
         LEFT JOIN (SELECT x.school_id, count(*) mentoring, max(n) max_load, count(*) FILTER (WHERE n > cap) above_cap,
                           array_agg(t.staff_number ORDER BY t.staff_number) mentors FROM
                      (SELECT m.school_id, m.mentor_id, count(*) n, s.mentor_student_cap cap FROM mentorship m JOIN
                        school s ON s.id = m.school_id
                        WHERE m.school_id = ANY($1) AND m.ended_on IS NULL
                          AND (m.role = 'LEAD' OR s.supporting_counts_toward_load)
                          GROUP BY m.school_id, m.mentor_id, s.mentor_student_cap) x
                      JOIN teacher t ON t.id = x.mentor_id
                    GROUP BY x.school_id) l ON l.school_id = sc.id
        WHERE sc.id = ANY($1)`,
      [ids],
    );
    const evaluations: {
      school_id: string;
      term: string;
      excellent: number;
      qualified: number;
      needs_improvement: number;
    }[] = await m.query(
      `SELECT DISTINCT ON (c.school_id) c.school_id, c.term,
              count(r.*) FILTER (WHERE r.level = 'EXCELLENT')::int AS excellent,
              count(r.*) FILTER (WHERE r.level = 'QUALIFIED')::int AS qualified,
              count(r.*) FILTER (WHERE r.level = 'NEEDS_IMPROVEMENT')::int AS needs_improvement
         FROM evaluation_cycle c LEFT JOIN evaluation_result r ON r.cycle_id = c.id
        WHERE c.school_id = ANY($1) AND c.status = 'PUBLISHED'
        GROUP BY c.school_id, c.term ORDER BY c.school_id, c.term DESC`,
      [ids],
    );
    const evaluationOf = new Map(
      evaluations.map((e) => [
        e.school_id,
        { term: e.term, excellent: e.excellent, qualified: e.qualified, needsImprovement: e.needs_improvement },
      ]),
    );
    const snapshots = load.map((l) =>
      snapshotOf(
        l.school_id,
        term,
        now,
        counts.get(l.school_id)!.school,
        {
          teachers: l.teachers,
          teachersMentoring: l.mentoring,
          maxMenteesPerMentor: l.max_load,
          mentorsAboveCap: l.above_cap,
          cap: l.cap,
          evaluation: evaluationOf.get(l.school_id) ?? null,
        },
        slot ? slotSnapshotId(l.school_id, slot.start) : undefined,
        l.mentors,
      ),
    );
    await m.query(
      `INSERT INTO outbox_message (id, topic, school_id, payload, created_at) SELECT *
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::jsonb[], $5::timestamptz[])
       ON CONFLICT (id) DO NOTHING`,
      [
        snapshots.map((s) => s.snapshotId),
        snapshots.map(() => SNAPSHOT_TOPIC),
        snapshots.map((s) => s.schoolId),
        snapshots.map((s) => JSON.stringify(s)),
        snapshots.map(() => now),
      ],
    );
    return snapshots;
  });
}
