import { inTransaction } from '@mentorship/db';
import { isBand, UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { SchoolFigures, StoredBand } from './metric-snapshot.entity';

const COUNTS = [
  'students',
  'studentsWithLeadMentor',
  'teachers',
  'teachersMentoring',
  'maxMenteesPerMentor',
  'mentorsAboveCap',
  'cap',
  'homeVisitDone',
  'talkDone',
  'writtenFeedbackDone',
  'allDutiesDone',
] as const;

const count = (v: unknown, where: string): number => {
  if (!Number.isInteger(v) || (v as number) < 0)
    throw new UserFacingError('INVALID_SNAPSHOT', `${where} must be a non-negative whole number.`);
  return v as number;
};

/**
 * A sensitive count must arrive as a band of the shared partition (defence in depth): an exact
 * count, or a band narrower or shifted from the partition, is refused.
 */
const banded = (v: any, ceiling: number, where: string): StoredBand => {
  if (!isBand(v, ceiling))
    throw new UserFacingError(
      'SENSITIVE_COUNT_NOT_BANDED',
      `${where} must arrive as a band (atLeast, atMost) of the shared partition, never as a number.`,
    );
  return { atLeast: v.atLeast, atMost: v.atMost };
};

export interface ParsedSnapshot {
  id: string;
  schoolId: string;
  takenAt: Date;
  term: string;
  figures: SchoolFigures;
  /** Staff numbers of the school's mentors, when sent (null: an older sender). */
  mentors: string[] | null;
  payload: { school: SchoolFigures };
}

/** The mentors' staff numbers: as many as the teachers mentoring, distinct, short strings. */
function mentorsOf(v: unknown, teachersMentoring: number): string[] | null {
  if (v === undefined || v === null) return null;
  const ok =
    Array.isArray(v) &&
    v.length === teachersMentoring &&
    v.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 32) &&
    new Set(v).size === v.length;
  if (!ok)
    throw new UserFacingError(
      'INVALID_SNAPSHOT',
      'mentors must list the staff numbers of the teachers mentoring, each once.',
    );
  return v as string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseSnapshot(text: string): ParsedSnapshot {
  let raw: any;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserFacingError('INVALID_SNAPSHOT', 'A snapshot must be JSON.');
  }
  if (!UUID.test(raw?.snapshotId ?? '') || !UUID.test(raw?.schoolId ?? ''))
    throw new UserFacingError('INVALID_SNAPSHOT', 'snapshotId and schoolId must be UUIDs.');
  const takenAt = new Date(raw.takenAt);
  if (Number.isNaN(takenAt.getTime())) throw new UserFacingError('INVALID_SNAPSHOT', 'takenAt must be a timestamp.');
  if (!/^\d{4}-\d{4}-[12]$/.test(raw.term ?? ''))
    throw new UserFacingError('INVALID_SNAPSHOT', 'term must look like 2026-2027-1.');
  // Per-grade and per-classroom figures are the school leaders' business (README), never the district's.
  if (raw.grades !== undefined || raw.classrooms !== undefined)
    throw new UserFacingError(
      'FINER_THAN_SCHOOL',
      'A snapshot carries school-level figures only: no grades, no classrooms.',
    );
  // Only known fields are kept, so nothing but counts and bands can ever be stored, whatever a sender puts in.
  const school: Record<string, unknown> = {};
  for (const k of COUNTS) school[k] = count(raw.school?.[k], `school.${k}`);
  school.attentionStudents = banded(
    raw.school?.attentionStudents,
    school.students as number,
    'school.attentionStudents',
  );
  school.openCrisisAlerts = banded(raw.school?.openCrisisAlerts, Number.POSITIVE_INFINITY, 'school.openCrisisAlerts');
  school.hasOverdueCrisisAlert = raw.school?.hasOverdueCrisisAlert === true;
  const e = raw.school?.evaluation;
  school.evaluation =
    e == null
      ? null
      : {
          term: /^\d{4}-\d{4}-[12]$/.test(e.term ?? '')
            ? e.term
            : (() => {
                throw new UserFacingError('INVALID_SNAPSHOT', 'school.evaluation.term must look like 2026-2027-1.');
              })(),
          excellent: count(e.excellent, 'school.evaluation.excellent'),
          qualified: count(e.qualified, 'school.evaluation.qualified'),
          needsImprovement: count(e.needsImprovement, 'school.evaluation.needsImprovement'),
        };
  const figures = school as unknown as SchoolFigures;
  const mentors = mentorsOf(raw.mentors, figures.teachersMentoring);
  return {
    id: raw.snapshotId,
    schoolId: raw.schoolId,
    takenAt,
    term: raw.term,
    figures,
    mentors,
    payload: { school: figures },
  };
}

/**
 * Stores snapshots idempotently: a snapshot id seen before changes nothing, and the latest and
 * weekly figures only ever move to a newer snapshot, so replays and out-of-order deliveries are safe.
 */
export async function ingestSnapshots(
  dataSource: DataSource,
  texts: string[],
  now: Date,
): Promise<{ stored: number; duplicates: number }> {
  const snapshots = texts.map(parseSnapshot);
  return inTransaction(dataSource, async (m) => {
    const known: { id: string }[] = await m.query('SELECT id FROM school WHERE id = ANY($1)', [
      [...new Set(snapshots.map((s) => s.schoolId))],
    ]);
    const knownIds = new Set(known.map((k) => k.id));
    const unknown = snapshots.find((s) => !knownIds.has(s.schoolId));
    if (unknown) throw new UserFacingError('UNKNOWN_SCHOOL', `School ${unknown.schoolId} is not in the registry.`);
    let stored = 0;
    for (const s of snapshots) {
      const inserted = await m.query(
        `INSERT INTO metric_snapshot (id, school_id, taken_at, term, payload, received_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [s.id, s.schoolId, s.takenAt, s.term, JSON.stringify(s.payload), now],
      );
      if (!inserted.length) continue;
      stored += 1;
      await m.query(
        `INSERT INTO school_metrics_latest (school_id, snapshot_id, taken_at, term, figures, mentor_staff_numbers)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (school_id) DO UPDATE SET snapshot_id = excluded.snapshot_id, taken_at = excluded.taken_at,
           term = excluded.term, figures = excluded.figures, mentor_staff_numbers = excluded.mentor_staff_numbers
         WHERE school_metrics_latest.taken_at < excluded.taken_at`,
        [s.schoolId, s.id, s.takenAt, s.term, JSON.stringify(s.figures), s.mentors],
      );
      await m.query(
        `INSERT INTO school_metrics_weekly (school_id, week, snapshot_id, taken_at, term, figures)
         VALUES ($1, date_trunc('week', $3::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, $2, $3, $4, $5)
         ON CONFLICT (school_id, week) DO UPDATE SET snapshot_id = excluded.snapshot_id, taken_at = excluded.taken_at,
           term = excluded.term, figures = excluded.figures
         WHERE school_metrics_weekly.taken_at < excluded.taken_at`,
        [s.schoolId, s.id, s.takenAt, s.term, JSON.stringify(s.figures)],
      );
    }
    return { stored, duplicates: snapshots.length - stored };
  });
}
