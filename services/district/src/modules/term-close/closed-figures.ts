import { type Band, isBand, UserFacingError } from '@mentorship/graphql';

export interface ClosedSchoolFigures {
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

const COUNTS = [
  'students',
  'studentsWithLeadMentor',
  'teachers',
  'teachersMentoring',
  'certifiedMentors',
  'homeVisitDone',
  'talkDone',
  'writtenFeedbackDone',
  'allDutiesDone',
] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const bad = (message: string) => new UserFacingError('INVALID_TERM_CLOSE', message, 'payload');
const count = (v: unknown, where: string) => {
  if (!Number.isInteger(v) || (v as number) < 0) throw bad(`${where} must be a non-negative whole number.`);
  return v as number;
};
const banded = (v: any, ceiling: number, where: string): Band => {
  if (!isBand(v, ceiling)) throw bad(`${where} must arrive as a band of the shared partition, never as a number.`);
  return { atLeast: v.atLeast, atMost: v.atMost };
};

/**
 * A school's frozen term figures as the district accepts them: known fields only (whatever else a
 * sender puts in is dropped), school level, sensitive counts as bands (DISCLOSURE.md).
 */
export function parseClosedFigures(text: string): ClosedSchoolFigures {
  let raw: any;
  try {
    raw = JSON.parse(text);
  } catch {
    throw bad('The payload must be JSON.');
  }
  if (raw?.grades !== undefined || raw?.classrooms !== undefined)
    throw bad('School-level figures only: no grades, no classrooms.');
  if (!UUID.test(raw?.schoolId ?? '')) throw bad('schoolId must be a UUID.');
  if (!/^\d{4}-\d{4}-[12]$/.test(raw.term ?? '')) throw bad('term must look like 2026-2027-1.');
  if (typeof raw.schoolName !== 'string' || Number.isNaN(Date.parse(raw.closedAt)))
    throw bad('schoolName and closedAt are required.');
  const out: Record<string, unknown> = {
    schoolId: raw.schoolId,
    schoolName: raw.schoolName,
    term: raw.term,
    closedAt: new Date(raw.closedAt).toISOString(),
  };
  for (const k of COUNTS) out[k] = count(raw[k], k);
  if (!Array.isArray(raw.optionalActions)) throw bad('optionalActions must be a list.');
  out.optionalActions = raw.optionalActions.map((a: any, i: number) => ({
    action: String(a?.action ?? '').slice(0, 40),
    records: count(a?.records, `optionalActions[${i}].records`),
    students: count(a?.students, `optionalActions[${i}].students`),
  }));
  out.training = {
    teachers: count(raw.training?.teachers, 'training.teachers'),
    requiredComplete: count(raw.training?.requiredComplete, 'training.requiredComplete'),
    hours: Math.max(0, Number(raw.training?.hours) || 0),
  };
  const e = raw.evaluation;
  out.evaluation =
    e == null
      ? null
      : {
          excellent: count(e.excellent, 'evaluation.excellent'),
          qualified: count(e.qualified, 'evaluation.qualified'),
          needsImprovement: count(e.needsImprovement, 'evaluation.needsImprovement'),
        };
  out.attentionStudents = banded(raw.attentionStudents, out.students as number, 'attentionStudents');
  out.crisisRaisedInTerm = banded(raw.crisisRaisedInTerm, Number.POSITIVE_INFINITY, 'crisisRaisedInTerm');
  out.crisisOpenAtClose = banded(raw.crisisOpenAtClose, Number.POSITIVE_INFINITY, 'crisisOpenAtClose');
  out.hasOverdueCrisisAlert = raw.hasOverdueCrisisAlert === true;
  return out as unknown as ClosedSchoolFigures;
}
