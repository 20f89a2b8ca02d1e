import type { Measure } from './disclosure-facts';
import { gatewayCalls, type TestPlatform } from './platform';

/** The API's disclosure audit (tests/security/disclosure-api.test.ts): the schools as the audit sees them. */
type Room = { id: string; name: string; grade: string; students: number; covered: number };
export interface Roster {
  schools: { id: string; name: string; stage: string; grades: { id: string; name: string; classrooms: Room[] }[] }[];
}

/** Each world gets two weeks of its own (after the district seed's history), so "latest" is always this world's. */
const FIRST_MONDAY = Date.parse('2026-11-02T02:00:00Z');
export const weekOf = (world: number, week: number) => new Date(FIRST_MONDAY + (2 * world + week) * 7 * 86_400_000);

/** A small deterministic generator, so one fast-check integer fixes a whole world. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo district's schools, and each classroom's students with their lead mentor and one teacher per school. */
export interface World {
  p: TestPlatform;
  roster: Roster;
  /** Each classroom's students with their lead mentor. */
  studentsOf: Map<string, { id: string; mentor: string | null }[]>;
  /** One teacher per school (who sets flags on students without a mentor). */
  colleagueOf: Map<string, string>;
}

export async function loadWorld(p: TestPlatform): Promise<World> {
  const studentsOf = new Map<string, { id: string; mentor: string | null }[]>();
  const colleagueOf = new Map<string, string>();
  const rooms: {
    school_id: string;
    grade_id: string;
    grade: string;
    id: string;
    name: string;
    students: number;
    covered: number;
  }[] = await p.school.query(
    `SELECT c.school_id, c.grade_id, g.name AS grade, c.id, c.name, count(s.id)::int AS students,
            count(s.id) FILTER (WHERE EXISTS (SELECT 1 FROM mentorship m
              WHERE m.student_id = s.id AND m.role = 'LEAD' AND m.ended_on IS NULL))::int AS covered
       FROM classroom c JOIN grade g ON g.id = c.grade_id
       JOIN student s ON s.classroom_id = c.id AND s.left_on IS NULL
      GROUP BY c.school_id, c.grade_id, g.name, g.level, c.id, c.name ORDER BY g.level, c.name`,
  );
  const students: { id: string; classroom_id: string; mentor: string | null }[] = await p.school.query(
    `SELECT s.id, s.classroom_id, (SELECT m.mentor_id FROM mentorship m
              WHERE m.student_id = s.id AND m.role = 'LEAD' AND m.ended_on IS NULL LIMIT 1) AS mentor
       FROM student s WHERE s.left_on IS NULL ORDER BY s.student_number`,
  );
  for (const s of students)
    (studentsOf.get(s.classroom_id) ?? studentsOf.set(s.classroom_id, []).get(s.classroom_id)!).push(s);
  for (const t of await p.school.query(
    'SELECT DISTINCT ON (school_id) school_id, id FROM teacher ORDER BY school_id, staff_number',
  ))
    colleagueOf.set(t.school_id, t.id);
  const roster: Roster = {
    schools: p.demo.schools.map((s) => ({
      id: s.id,
      name: s.name,
      stage: s.stage,
      grades: [...new Set(rooms.filter((r) => r.school_id === s.id).map((r) => r.grade_id))].map((gid) => {
        const mine = rooms.filter((r) => r.grade_id === gid);
        return {
          id: gid,
          name: mine[0].grade,
          classrooms: mine.map((r) => ({
            id: r.id,
            name: r.name,
            grade: r.grade,
            students: r.students,
            covered: r.covered,
          })),
        };
      }),
    })),
  };
  return { p, roster, studentsOf, colleagueOf };
}

/** Through the gateway, no GraphQL error. */
export const okAs = (p: TestPlatform) => gatewayCalls(() => p).ok;

export const roomsOf = (s: Roster['schools'][number]) => s.grades.flatMap((g) => g.classrooms.map((c) => c.id));

/**
 * Writes one week's sensitive state: attention flags and crisis alerts on random students, small counts per
 * classroom.
 */
export async function writeState({ p, roster, studentsOf, colleagueOf }: World, rnd: () => number, now: Date) {
  await p.school.query('DELETE FROM attention_flag');
  await p.school.query('DELETE FROM crisis_alert');
  const small = () => [0, 0, 1, 1, 2, 3, 4][Math.floor(rnd() * 7)];
  const flags: [string, string, string][] = [];
  const alerts: [string, string, string, string, Date][] = [];
  for (const school of roster.schools) {
    for (const room of school.grades.flatMap((g) => g.classrooms)) {
      const students = (studentsOf.get(room.id) ?? [])
        .map((s) => ({ s, k: rnd() }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.s);
      for (const s of students.slice(0, Math.min(small(), students.length)))
        flags.push([s.id, school.id, s.mentor ?? colleagueOf.get(school.id)!]);
      for (let i = 0, n = Math.floor(small() / 2); i < n; i++) {
        const s = students[Math.floor(rnd() * students.length)];
        const [status, hoursAgo] = [
          ['REPORTED', 48],
          ['REPORTED', 1],
          ['CLOSED', 100],
        ][Math.floor(rnd() * 3)] as [string, number];
        alerts.push([
          s.id,
          school.id,
          s.mentor ?? colleagueOf.get(school.id)!,
          status,
          new Date(now.getTime() - hoursAgo * 3600_000),
        ]);
      }
    }
  }
  const column = <T>(rows: T[][], i: number) => rows.map((r) => r[i]);
  await p.school.query(
    `INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at)
     SELECT u.s, 'LEFT_BEHIND', u.sc, u.b, $4 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS u(s, sc, b)`,
    [column(flags, 0), column(flags, 1), column(flags, 2), now],
  );
  await p.school.query(
    `INSERT INTO crisis_alert
       (id, school_id, student_id, raised_by, level, status, description, reported_at, idempotency_key)
     SELECT gen_random_uuid(), u.sc, u.s, u.b, 'HIGH', u.st, '描述', u.at, gen_random_uuid()::text
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS u(s, sc, b, st, at)`,
    alerts.length
      ? [column(alerts, 0), column(alerts, 1), column(alerts, 2), column(alerts, 3), column(alerts, 4)]
      : [[], [], [], [], []],
  );
}

/** What the mentors know: each classroom's true counts, by the definitions in DISCLOSURE.md. */
export async function truthAt({ p }: World, now: Date): Promise<Map<string, Record<Measure, number>>> {
  const rows: {
    id: string;
    attention: number;
    with_mentor: number;
    open: number;
    overdue: number;
    raised: number;
  }[] = await p.school.query(
    `SELECT c.id,
            (SELECT count(DISTINCT f.student_id) FROM attention_flag f JOIN student s ON s.id = f.student_id
              WHERE s.classroom_id = c.id)::int AS attention,
            (SELECT count(DISTINCT f.student_id) FROM attention_flag f JOIN student s ON s.id = f.student_id
              WHERE s.classroom_id = c.id
                AND EXISTS (SELECT 1 FROM mentorship m
                  WHERE m.student_id = s.id AND m.role = 'LEAD' AND m.ended_on IS NULL))::int AS with_mentor,
            (SELECT count(*) FROM crisis_alert a JOIN student s ON s.id = a.student_id
              WHERE s.classroom_id = c.id AND a.status <> 'CLOSED')::int AS open,
            (SELECT count(*) FROM crisis_alert a JOIN student s ON s.id = a.student_id
                JOIN school t ON t.id = a.school_id
              WHERE s.classroom_id = c.id AND a.status = 'REPORTED'
                AND a.reported_at < $1::timestamptz - make_interval(hours => t.crisis_pickup_hours))::int AS overdue,
            -- Raised in the term: every alert written is at most 100 hours old, inside the November term.
            (SELECT count(*) FROM crisis_alert a JOIN student s ON s.id = a.student_id
              WHERE s.classroom_id = c.id)::int AS raised
       FROM classroom c`,
    [now],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { attention: r.attention, withMentor: r.with_mentor, open: r.open, overdue: r.overdue, raised: r.raised },
    ]),
  );
}
