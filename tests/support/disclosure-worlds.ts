import { type Counts } from '@mentorship/school';
import fc from 'fast-check';

import { type AuditRoster, type Measure, type Truth } from './disclosure-facts';

/**
 * Random small schools for the disclosure audit (tests/security/disclosure.test.ts): many cells of 1–4, their true
 * counts for two weeks, and the classroom rows the school service's one statement returns.
 */
export const TERM = '2026-2027-1';

export type Stage = 'PRIMARY' | 'JUNIOR_SECONDARY';
export interface Picks {
  attention: number;
  withMentor: number;
  open: number;
  overdue: number;
}
interface GenClassroom {
  students: number;
  uncovered: number;
  weeks: [Picks, Picks];
}
interface GenSchool {
  stage: Stage;
  grades: GenClassroom[][];
}

const picks = fc.record({ attention: fc.nat(8), withMentor: fc.nat(8), open: fc.nat(4), overdue: fc.nat(4) });
const classroom = fc.record({
  students: fc.integer({ min: 1, max: 7 }),
  uncovered: fc.oneof(fc.constant(0), fc.nat(2)),
  weeks: fc.tuple(picks, picks),
});
export const district = fc.array(
  fc.record({
    stage: fc.constantFrom<Stage>('PRIMARY', 'JUNIOR_SECONDARY'),
    grades: fc.array(fc.array(classroom, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 2 },
);

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * Sensitive counts within what the roster allows: attention ≤ students, with mentor consistent with coverage, overdue ≤
 * open.
 */
function counts(students: number, covered: number, p: Picks): Record<Exclude<Measure, 'raised'>, number> {
  const attention = p.attention % (students + 1);
  const [lo, hi] = [Math.max(0, attention - (students - covered)), Math.min(attention, covered)];
  const open = p.open;
  return { attention, withMentor: lo + (p.withMentor % (hi - lo + 1)), open, overdue: p.overdue % (open + 1) };
}

export interface World {
  roster: AuditRoster & { schools: (AuditRoster['schools'][number] & { stage: Stage })[] };
  truth: Truth;
}

export function world(schools: GenSchool[]): World {
  let n = 0;
  const truth: Truth = [new Map(), new Map()];
  const roster = {
    schools: schools.map((s, si) => ({
      id: uuid(++n),
      stage: s.stage,
      grades: s.grades.map((rooms, gi) => ({
        id: uuid(++n),
        name: `S${si + 1}G${gi + 1}`,
        classrooms: rooms.map((c, ci) => {
          const id = uuid(++n);
          const covered = c.students - Math.min(c.uncovered, c.students);
          c.weeks.forEach((p, w) => truth[w].set(id, counts(c.students, covered, p)));
          return { id, name: `S${si + 1}G${gi + 1}C${ci + 1}`, students: c.students, covered };
        }),
      })),
    })),
  };
  return { roster, truth };
}

/** The classroom rows the school service's one statement returns, for one week. */
export function rows(
  w: World,
  week: number,
): (Counts & { school_id: string; classroom_id: string; grade_id: string })[] {
  return w.roster.schools.flatMap((s) =>
    s.grades.flatMap((g) =>
      g.classrooms.map((c) => {
        const t = w.truth[week].get(c.id)!;
        return {
          school_id: s.id,
          grade_id: g.id,
          classroom_id: c.id,
          students: c.students,
          studentsWithLeadMentor: c.covered,
          homeVisitDone: 0,
          talkDone: 0,
          writtenFeedbackDone: 0,
          allDutiesDone: 0,
          attentionStudents: t.attention,
          attentionStudentsWithMentor: t.withMentor,
          openCrisisAlerts: t.open,
          overdueCrisisAlerts: t.overdue,
        };
      }),
    ),
  );
}

export const STAFF = {
  teachers: 10,
  teachersMentoring: 8,
  maxMenteesPerMentor: 5,
  mentorsAboveCap: 0,
  cap: 15,
  evaluation: null,
};
export const allRooms = (s: AuditRoster['schools'][number]) => s.grades.flatMap((g) => g.classrooms.map((c) => c.id));

/** The sets of schools the district sums over: each stage, and the whole district. */
export const districtGroups = (schools: { stage: string; grades: AuditRoster['schools'][number]['grades'] }[]) =>
  [...new Set(schools.map((s) => s.stage)), null].map((stage) =>
    schools
      .filter((s) => stage === null || s.stage === stage)
      .flatMap((s) => s.grades.flatMap((g) => g.classrooms.map((c) => c.id))),
  );
