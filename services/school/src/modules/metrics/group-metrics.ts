import { type Band, band } from '@mentorship/graphql';
/** A data source or a transaction's manager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** Raw counts for a classroom, grade or school. Personal facts never appear, only numbers. */
export interface Counts {
  students: number;
  studentsWithLeadMentor: number;
  homeVisitDone: number;
  talkDone: number;
  writtenFeedbackDone: number;
  allDutiesDone: number;
  attentionStudents: number;
  attentionStudentsWithMentor: number;
  openCrisisAlerts: number;
  overdueCrisisAlerts: number;
}

/** The sensitive counts: never published as numbers (DISCLOSURE.md). */
export const SENSITIVE = [
  'attentionStudents',
  'attentionStudentsWithMentor',
  'openCrisisAlerts',
  'overdueCrisisAlerts',
] as const;

/** A grade's or classroom's figures as school leaders see them: the non-sensitive counts, exact. */
export type PublishedGroupCounts = Omit<Counts, (typeof SENSITIVE)[number]>;

/**
 * A school's figures as they leave the school service (school admin, snapshots to the district):
 * the non-sensitive counts exact, attention students and open crisis alerts as bands, and whether
 * any alert is overdue (a fact about the school's handling, which the district flags).
 */
export interface PublishedSchoolCounts extends PublishedGroupCounts {
  attentionStudents: Band;
  openCrisisAlerts: Band;
  hasOverdueCrisisAlert: boolean;
}

export interface SchoolCounts {
  schoolId: string;
  term: string;
  classrooms: Map<string, Counts & { gradeId: string }>;
  grades: Map<string, Counts>;
  school: Counts;
}

/** A group with no students. */
export const NO_COUNTS: Readonly<Counts> = {
  students: 0,
  studentsWithLeadMentor: 0,
  homeVisitDone: 0,
  talkDone: 0,
  writtenFeedbackDone: 0,
  allDutiesDone: 0,
  attentionStudents: 0,
  attentionStudentsWithMentor: 0,
  openCrisisAlerts: 0,
  overdueCrisisAlerts: 0,
};

/** Below the school, sensitive counts are not published at all: see DISCLOSURE.md for why. */
export function publishGroup(c: Counts): PublishedGroupCounts {
  const { attentionStudents, attentionStudentsWithMentor, openCrisisAlerts, overdueCrisisAlerts, ...exact } = c;
  return exact;
}

export function publishSchool(c: Counts): PublishedSchoolCounts {
  return {
    ...publishGroup(c),
    attentionStudents: band(c.attentionStudents, c.students),
    openCrisisAlerts: band(c.openCrisisAlerts),
    hasOverdueCrisisAlert: c.overdueCrisisAlerts > 0,
  };
}

function add(into: Counts, c: Counts): Counts {
  for (const key of Object.keys(NO_COUNTS) as (keyof Counts)[]) into[key] += c[key];
  return into;
}

/**
 * Counts per classroom of the given schools, summed up to grades and schools: one statement
 * for any number of schools. Crisis alerts count as overdue by each school's pick-up time.
 */
export async function countSchools(
  dataSource: Queryable,
  schoolIds: readonly string[],
  term: string,
  now: Date,
): Promise<Map<string, SchoolCounts>> {
  const rows: (Counts & { school_id: string; classroom_id: string; grade_id: string })[] = await dataSource.query(
    `SELECT c.school_id, c.id AS classroom_id, c.grade_id,
        count(s.id)::int AS "students",
        count(s.id) FILTER (WHERE lead.student_id IS NOT NULL)::int AS "studentsWithLeadMentor",
        count(s.id) FILTER (WHERE d.hv)::int AS "homeVisitDone",
        count(s.id) FILTER (WHERE d.talk)::int AS "talkDone",
        count(s.id) FILTER (WHERE d.wf)::int AS "writtenFeedbackDone",
        count(s.id) FILTER (WHERE d.hv AND d.talk AND d.wf)::int AS "allDutiesDone",
        count(s.id) FILTER (WHERE att.student_id IS NOT NULL)::int AS "attentionStudents",
        count(s.id) FILTER (WHERE att.student_id IS NOT NULL AND lead.student_id IS NOT NULL)::int AS
          "attentionStudentsWithMentor",
        coalesce(sum(ca.open), 0)::int AS "openCrisisAlerts",
        coalesce(sum(ca.overdue), 0)::int AS "overdueCrisisAlerts"
       FROM classroom c
       JOIN school sc ON sc.id = c.school_id
       LEFT JOIN student s ON s.classroom_id = c.id AND s.left_on IS NULL
       LEFT JOIN (SELECT DISTINCT student_id FROM mentorship WHERE school_id = ANY($1) AND role = 'LEAD' AND ended_on
         IS NULL) lead ON lead.student_id = s.id
       LEFT JOIN (SELECT student_id, bool_or(kind = 'HOME_VISIT') hv, bool_or(kind = 'TALK') talk, bool_or(kind =
         'WRITTEN_FEEDBACK' AND published) wf
                    FROM record_student WHERE school_id = ANY($1) AND term = $2
                      AND kind IN ('HOME_VISIT', 'TALK', 'WRITTEN_FEEDBACK') GROUP BY student_id) d
                      ON d.student_id = s.id
       LEFT JOIN (SELECT DISTINCT student_id FROM attention_flag WHERE school_id = ANY($1)) att ON att.student_id = s.id
       LEFT JOIN (SELECT a.student_id, count(*) FILTER (WHERE a.status <> 'CLOSED') open,
                         count(*)
                           FILTER (WHERE a.status = 'REPORTED' AND a.reported_at < $3::timestamptz -
                           make_interval(hours => t.crisis_pickup_hours)) overdue
                    FROM crisis_alert a JOIN school t ON t.id = a.school_id WHERE a.school_id = ANY($1)
                      AND a.status <> 'CLOSED' GROUP BY a.student_id) ca ON ca.student_id = s.id
      WHERE c.school_id = ANY($1)
      GROUP BY c.school_id, c.id, c.grade_id`,
    [[...schoolIds], term, now],
  );
  return rollUp(schoolIds, term, rows);
}

/** Classroom rows summed up to grades and schools (pure, so the disclosure test runs the same code). */
export function rollUp(
  schoolIds: readonly string[],
  term: string,
  rows: readonly (Counts & { school_id: string; classroom_id: string; grade_id: string })[],
): Map<string, SchoolCounts> {
  const result = new Map<string, SchoolCounts>(
    schoolIds.map((id) => [
      id,
      { schoolId: id, term, classrooms: new Map(), grades: new Map(), school: { ...NO_COUNTS } },
    ]),
  );
  for (const { school_id, classroom_id, grade_id, ...counts } of rows) {
    const school = result.get(school_id)!;
    school.classrooms.set(classroom_id, { ...counts, gradeId: grade_id });
    add(school.grades.get(grade_id) ?? school.grades.set(grade_id, { ...NO_COUNTS }).get(grade_id)!, counts);
    add(school.school, counts);
  }
  return result;
}
