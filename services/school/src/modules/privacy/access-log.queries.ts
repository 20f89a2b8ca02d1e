import type { DataSource } from 'typeorm';

/** Days of the log are school days in China. */
export const TIME_ZONE = 'Asia/Shanghai';
export const DAY_MS = 24 * 3600_000;
/** A summary covers at most a term; a review at most a month, so nobody browses the whole trail at once. */
export const MAX_SUMMARY_DAYS = 190;
export const MAX_REVIEW_DAYS = 31;
export const MAX_REVIEW_ENTRIES = 1000;

export interface ReaderDay {
  day: string;
  actorId: string;
  actorRole: string;
  studentsTouched: number;
  readRequests: number;
  writeRequests: number;
  origins: string[];
}

/** Per reader and day of the log: distinct students and requests, and where they came from. */
export async function readerDays(
  q: { query: DataSource['query'] },
  schoolId: string,
  from: Date,
  to: Date,
  readerId: string | null,
): Promise<ReaderDay[]> {
  const rows: {
    day: string;
    actor_id: string;
    actor_role: string;
    students: number;
    reads: number;
    writes: number;
    origins: string[];
  }[] = await q.query(
    `SELECT to_char((l.at AT TIME ZONE '${TIME_ZONE}')::date, 'YYYY-MM-DD') AS day, l.actor_id, l.actor_role,
            count(DISTINCT l.student_id)::int AS students,
            count(DISTINCT l.request_id) FILTER (WHERE l.action = 'READ')::int AS reads,
            count(DISTINCT l.request_id) FILTER (WHERE l.action = 'WRITE')::int AS writes,
            array_remove(array_agg(DISTINCT l.origin ORDER BY l.origin), NULL) AS origins
       FROM access_log l
      WHERE l.school_id = $1 AND l.at >= $2 AND l.at < $3 AND ($4::uuid IS NULL OR l.actor_id = $4)
      GROUP BY 1, 2, 3
      ORDER BY 1 DESC, 2, 3`,
    [schoolId, from, to, readerId],
  );
  return rows.map((r) => ({
    day: r.day,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    studentsTouched: r.students,
    readRequests: r.reads,
    writeRequests: r.writes,
    origins: r.origins,
  }));
}

/** A range of the log one may ask for at once: both dates valid, in order, at most maxDays apart. */
export function checkRange(
  from: Date,
  to: Date,
  maxDays: number,
  error: (field: string, message: string) => Error,
): void {
  if (Number.isNaN(from.getTime())) throw error('from', 'Not a date-time.');
  if (Number.isNaN(to.getTime())) throw error('to', 'Not a date-time.');
  if (to.getTime() <= from.getTime()) throw error('to', '`to` must be after `from`.');
  if (to.getTime() - from.getTime() > maxDays * DAY_MS) throw error('to', `At most ${maxDays} days at a time.`);
}
