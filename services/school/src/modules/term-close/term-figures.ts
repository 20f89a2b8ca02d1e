import { type Band, band, type ServiceClient } from '@mentorship/graphql';
import type { EntityManager } from 'typeorm';

import { type Counts, countSchools } from '../metrics/group-metrics';
import { parseTerm } from '../records/term';
import { trainingOfTeachers } from './district-link';

/**
 * A school's figures for a term as they are frozen at close: the document the school files with
 * the district. School level only; sensitive counts (attention students, crisis alerts) as bands
 * of the shared partition (DISCLOSURE.md), everything else exact.
 */
export interface TermFigures {
  schoolId: string;
  schoolName: string;
  term: string;
  closedAt: string;
  students: number;
  studentsWithLeadMentor: number;
  teachers: number;
  teachersMentoring: number;
  certifiedMentors: number;
  homeVisitDone: number;
  talkDone: number;
  writtenFeedbackDone: number;
  allDutiesDone: number;
  optionalActions: { action: string; records: number; students: number }[];
  training: { teachers: number; requiredComplete: number; hours: number };
  evaluation: { excellent: number; qualified: number; needsImprovement: number } | null;
  attentionStudents: Band;
  crisisRaisedInTerm: Band;
  crisisOpenAtClose: Band;
  hasOverdueCrisisAlert: boolean;
}

/** The sensitive part of a closed term, from the school's counts (pure: the disclosure audit runs it too). */
export function sensitiveTermFigures(
  c: Counts,
): Pick<TermFigures, 'attentionStudents' | 'crisisOpenAtClose' | 'hasOverdueCrisisAlert'> {
  return {
    attentionStudents: band(c.attentionStudents, c.students),
    crisisOpenAtClose: band(c.openCrisisAlerts),
    hasOverdueCrisisAlert: c.overdueCrisisAlerts > 0,
  };
}

/** Computes the figures inside the closing transaction (REPEATABLE READ: one consistent moment). */
export async function computeTermFigures(
  m: EntityManager,
  district: ServiceClient | null,
  schoolId: string,
  schoolName: string,
  term: string,
  now: Date,
): Promise<TermFigures> {
  const span = parseTerm(term)!;
  const counts = (await countSchools(m, [schoolId], term, now)).get(schoolId)!.school;
  const [staff] = await m.query(
    `SELECT (SELECT count(*) FROM teacher WHERE school_id = $1 AND left_on IS NULL)::int AS teachers,
            (SELECT count(DISTINCT mentor_id) FROM mentorship WHERE school_id = $1 AND ended_on IS NULL)::int AS
              mentoring,
            (SELECT count(*) FROM teacher WHERE school_id = $1 AND left_on IS NULL AND mentor_status =
              'CERTIFIED')::int AS certified,
            (SELECT count(*) FROM crisis_alert WHERE school_id = $1 AND reported_at >= $2 AND reported_at < $3)::int
              AS raised`,
    [schoolId, span.startsOn, span.endsBefore],
  );
  const optional: { action: string; records: number; students: number }[] = await m.query(
    `SELECT r.optional_action AS action, count(DISTINCT r.id)::int AS records, count(DISTINCT rs.student_id)::int AS
       students
       FROM mentor_record r JOIN record_student rs ON rs.record_id = r.id
      WHERE r.school_id = $1 AND r.term = $2 AND r.kind = 'OPTIONAL_ACTION' GROUP BY r.optional_action
        ORDER BY r.optional_action`,
    [schoolId, term],
  );
  const [evaluation] = await m.query(
    `SELECT count(*) FILTER (WHERE r.level = 'EXCELLENT')::int AS excellent, count(*)
       FILTER (WHERE r.level = 'QUALIFIED')::int AS qualified,
            count(*) FILTER (WHERE r.level = 'NEEDS_IMPROVEMENT')::int AS "needsImprovement"
       FROM evaluation_cycle c LEFT JOIN evaluation_result r ON r.cycle_id = c.id
      WHERE c.school_id = $1 AND c.term = $2 AND c.status = 'PUBLISHED' GROUP BY c.id`,
    [schoolId, term],
  );
  const teachers: { id: string; staff_number: string }[] = await m.query(
    'SELECT id, staff_number FROM teacher WHERE school_id = $1 AND left_on IS NULL ORDER BY id',
    [schoolId],
  );
  const training = await trainingOfTeachers(
    district,
    schoolId,
    teachers.map((t) => ({ id: t.id, staffNumber: t.staff_number })),
  );
  const inTerm = (d: string) =>
    d >= span.startsOn.toISOString().slice(0, 10) && d < span.endsBefore.toISOString().slice(0, 10);
  const hours = [...training.values()].reduce(
    (sum, t) => sum + t.completions.filter((c) => c.passed && inTerm(c.completedOn)).reduce((s, c) => s + c.hours, 0),
    0,
  );
  return {
    schoolId,
    schoolName,
    term,
    closedAt: now.toISOString(),
    students: counts.students,
    studentsWithLeadMentor: counts.studentsWithLeadMentor,
    teachers: staff.teachers,
    teachersMentoring: staff.mentoring,
    certifiedMentors: staff.certified,
    homeVisitDone: counts.homeVisitDone,
    talkDone: counts.talkDone,
    writtenFeedbackDone: counts.writtenFeedbackDone,
    allDutiesDone: counts.allDutiesDone,
    optionalActions: optional,
    training: {
      teachers: teachers.length,
      requiredComplete: [...training.values()].filter((t) => t.complete).length,
      hours,
    },
    evaluation: evaluation ?? null,
    crisisRaisedInTerm: band(staff.raised),
    ...sensitiveTermFigures(counts),
  };
}
