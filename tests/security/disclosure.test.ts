/**
 * Statistical disclosure control across everything published (issue 12; services/school/DISCLOSURE.md).
 *
 * For random small schools (many cells of 1–4), every sensitive figure a non-mentor can obtain —
 * live school, grade and classroom metrics (school admin, grade lead, head teacher), the comparison
 * export, the snapshots the district stores, the district dashboard with its totals and stage
 * filters, the trend over two consecutive weeks, the district's report exports — becomes a
 * constraint on the unknown per-classroom counts, and an exact integer solver shows that no withheld
 * cell (any level, any measure, any week) has a single possible value. The same audit finds the
 * subtraction attack on the design this replaced.
 */
import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { parseClosedFigures, parseSnapshot, sumFigures } from '@mentorship/district';
import { toGlobalId } from '@mentorship/graphql';
import {
  comparisonRows,
  type Counts,
  countSchools,
  deliverToDistrict,
  OutboxRelay,
  publishGroup,
  publishSchool,
  queueSnapshots,
  rollUp,
  type SchoolCounts,
  sensitiveTermFigures,
  snapshotOf,
} from '@mentorship/school';
import { readXlsx } from '@mentorship/spreadsheet';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import fc from 'fast-check';

import {
  type AuditRoster,
  determinedCells,
  type Fact,
  factsOf,
  factsOfComparison,
  type Measure,
  MEASURES,
  type Truth,
} from '../support/disclosure-audit';
import { IntegerModel } from '../support/disclosure-solver';
import { startTestPlatform, type TestPlatform } from '../support/platform';

const TERM = '2026-2027-1';
/** A run is reproducible from its seed: FC_SEED=… npx jest tests/security/disclosure.test.ts */
// Fixed by default so CI is reproducible; FC_SEED explores others (seed 7 is known to be too slow for the solver: see
// the report).
const SEED = Number(process.env.FC_SEED ?? 11);
/** fast-check's report names the seed and the shrunk counterexample; say how to replay it too. */
async function holds<T>(property: fc.IProperty<[T]> | fc.IAsyncProperty<[T]>, numRuns: number) {
  try {
    await fc.assert(property as fc.IAsyncProperty<[T]>, { seed: SEED, numRuns, endOnFailure: true });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
    throw new Error(`${error instanceof Error ? error.message : error}${cause}\nreproduce with FC_SEED=${SEED}`);
  }
}

// ---------------------------------------------------------------- the solver on its own

describe('the exact solver', () => {
  it('finds the subtraction attack: a grade of 11 with classrooms 5, 0, withheld, 5 pins the withheld one to 1', () => {
    const m = new IntegerModel();
    const rooms = [0, 1, 2, 3].map((i) => m.variable(`classroom ${i + 1}`, 0, 40));
    m.sum(rooms, 11, 11, 'grade: 11');
    m.sum([rooms[0]], 5, 5, 'classroom 1: 5');
    m.sum([rooms[1]], 0, 0, 'classroom 2: 0');
    m.sum([rooms[2]], 1, 4, 'classroom 3: <5');
    m.sum([rooms[3]], 5, 5, 'classroom 4: 5');
    expect(m.range([rooms[2]])).toEqual({ min: 1, max: 1 });
    expect(m.determinedCells([{ name: 'classroom 3', vars: [rooms[2]], truth: 1 }])).toEqual([
      { name: 'classroom 3', value: 1 },
    ]);
  });

  it('finds a bound between measures: 6 attention students, 5 of them with a mentor, one student without a mentor', () => {
    const m = new IntegerModel();
    const [a, w] = [m.variable('attention', 0, 30), m.variable('with mentor', 0, 29)];
    m.difference(w, a, Number.NEGATIVE_INFINITY, 0);
    m.difference(a, w, Number.NEGATIVE_INFINITY, 1); // 30 students, 29 with a lead mentor
    m.sum([a], 5, 9, 'band 5–9');
    m.sum([w], 0, 4, 'band 0–4');
    // Two bands published independently pin both: the unmentored student is flagged.
    expect(m.range([a])).toEqual({ min: 5, max: 5 });
    expect(m.range([w])).toEqual({ min: 4, max: 4 });
  });

  it('proves a cell free with a witness: the same grade published as bands leaves every cell open', () => {
    const m = new IntegerModel();
    const rooms = [0, 1, 2, 3].map((i) => m.variable(`classroom ${i + 1}`, 0, 40));
    m.sum(rooms, 10, 14, 'grade: 10–14');
    const cells = rooms.map((v, i) => ({ name: `classroom ${i + 1}`, vars: [v], truth: [5, 0, 1, 5][i] }));
    expect(m.determinedCells(cells)).toEqual([]);
    expect(m.range([rooms[2]])).toEqual({ min: 0, max: 14 });
  });
});

// ---------------------------------------------------------------- random small schools

type Stage = 'PRIMARY' | 'JUNIOR_SECONDARY';
interface Picks {
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
const district = fc.array(
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

interface World {
  roster: AuditRoster & { schools: (AuditRoster['schools'][number] & { stage: Stage })[] };
  truth: Truth;
}

function world(schools: GenSchool[]): World {
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
function rows(w: World, week: number): (Counts & { school_id: string; classroom_id: string; grade_id: string })[] {
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

const STAFF = {
  teachers: 10,
  teachersMentoring: 8,
  maxMenteesPerMentor: 5,
  mentorsAboveCap: 0,
  cap: 15,
  evaluation: null,
};
const allRooms = (s: AuditRoster['schools'][number]) => s.grades.flatMap((g) => g.classrooms.map((c) => c.id));

/** The sets of schools the district sums over: each stage, and the whole district. */
const districtGroups = (schools: { stage: string; grades: AuditRoster['schools'][number]['grades'] }[]) =>
  [...new Set(schools.map((s) => s.stage)), null].map((stage) =>
    schools
      .filter((s) => stage === null || s.stage === stage)
      .flatMap((s) => s.grades.flatMap((g) => g.classrooms.map((c) => c.id))),
  );

/** A way of publishing: everything it lets a non-mentor see, as facts, for both weeks. */
type Publisher = (w: World) => Fact[];

/** This platform's publishing, through the same functions the resolvers, the outbox and the district run. */
const published: Publisher = (w) => {
  const facts: Fact[] = [];
  for (const week of [0, 1]) {
    const bySchool = rollUp(
      w.roster.schools.map((s) => s.id),
      TERM,
      rows(w, week),
    );
    const stored: { stage: Stage; rooms: string[]; figures: ReturnType<typeof parseSnapshot>['figures'] }[] = [];
    for (const s of w.roster.schools) {
      const c = bySchool.get(s.id)!;
      // School admin (everything below); a grade lead and a head teacher see a part of the same figures.
      facts.push(...factsOf(publishSchool(c.school), allRooms(s), week, 'School.metrics'));
      for (const g of s.grades) {
        facts.push(
          ...factsOf(
            publishGroup(c.grades.get(g.id)!),
            g.classrooms.map((r) => r.id),
            week,
            `Grade ${g.name}.metrics`,
          ),
        );
        for (const r of g.classrooms)
          facts.push(...factsOf(publishGroup(c.classrooms.get(r.id)!), [r.id], week, `Classroom ${r.name}.metrics`));
      }
      facts.push(...factsOfComparison(comparisonRows(s.grades, c), s, week, 'comparisonExport'));
      // What the district receives and stores, through its own parser.
      const parsed = parseSnapshot(
        JSON.stringify(snapshotOf(s.id, TERM, new Date(Date.UTC(2026, 10, 16 + 7 * week)), c.school, STAFF)),
      );
      facts.push(...factsOf(parsed.payload.school, allRooms(s), week, 'district snapshot'));
      expect(Object.keys(parsed.payload)).toEqual(['school']);
      // The term closed this week (issue 18): its frozen figures as the district parses and stores them.
      const { attentionStudents, openCrisisAlerts, overdueCrisisAlerts, attentionStudentsWithMentor, ...exact } =
        c.school;
      const closed = parseClosedFigures(
        JSON.stringify({
          ...exact,
          schoolId: s.id,
          schoolName: s.id,
          term: TERM,
          closedAt: '2027-01-20T00:00:00Z',
          teachers: 0,
          teachersMentoring: 0,
          certifiedMentors: 0,
          optionalActions: [],
          training: { teachers: 0, requiredComplete: 0, hours: 0 },
          evaluation: null,
          crisisRaisedInTerm: { atLeast: 0, atMost: 4 },
          ...sensitiveTermFigures(c.school),
        }),
      );
      facts.push(
        ...factsOf(
          {
            attentionStudents: closed.attentionStudents,
            openCrisisAlerts: closed.crisisOpenAtClose,
            hasOverdueCrisisAlert: closed.hasOverdueCrisisAlert,
          },
          allRooms(s),
          week,
          'closed term',
        ),
      );
      stored.push({ stage: s.stage, rooms: allRooms(s), figures: parsed.figures });
    }
    // District dashboard / trends: totals and each stage filter (reports export the same rows and sums).
    for (const stage of [null, 'PRIMARY', 'JUNIOR_SECONDARY'] as const) {
      const part = stored.filter((x) => stage === null || x.stage === stage);
      if (!part.length) continue;
      facts.push(
        ...factsOf(
          sumFigures(part.map((x) => ({ figures: x.figures, planFiled: false }))),
          part.flatMap((x) => x.rooms),
          week,
          `districtTrends(stage: ${stage})`,
        ),
      );
    }
  }
  return facts;
};

/**
 * The design this replaced: 1–4 withheld cell by cell at every level, grade and classroom cells sent to the district.
 */
const legacy: Publisher = (w) => {
  const suppress = (n: number) =>
    n > 0 && n < 5 ? { value: null, suppressed: true } : { value: n, suppressed: false };
  const old = (c: Counts) => ({
    attentionStudents: suppress(c.attentionStudents),
    attentionStudentsWithMentor: suppress(c.attentionStudentsWithMentor),
    openCrisisAlerts: suppress(c.openCrisisAlerts),
    overdueCrisisAlerts: suppress(c.overdueCrisisAlerts),
    hasOverdueCrisisAlert: c.overdueCrisisAlerts > 0,
  });
  const facts: Fact[] = [];
  for (const week of [0, 1]) {
    const bySchool: Map<string, SchoolCounts> = rollUp(
      w.roster.schools.map((s) => s.id),
      TERM,
      rows(w, week),
    );
    for (const s of w.roster.schools) {
      const c = bySchool.get(s.id)!;
      facts.push(...factsOf(old(c.school), allRooms(s), week, 'School.metrics'));
      for (const g of s.grades) {
        facts.push(
          ...factsOf(
            old(c.grades.get(g.id)!),
            g.classrooms.map((r) => r.id),
            week,
            `Grade ${g.name}.metrics`,
          ),
        );
        for (const r of g.classrooms)
          facts.push(...factsOf(old(c.classrooms.get(r.id)!), [r.id], week, `Classroom ${r.name}.metrics`));
      }
    }
  }
  return facts;
};

const noCellDetermined = (publish: Publisher) =>
  fc.property(district, (schools) => {
    const w = world(schools);
    const pinned = determinedCells(w.roster, w.truth, publish(w), districtGroups(w.roster.schools));
    if (pinned.length)
      throw new Error(
        `withheld cells determined: ${pinned
          .slice(0, 5)
          .map((p) => `${p.cell} = ${p.value}`)
          .join('; ')}`,
      );
  });

describe('disclosure control over everything published, for random small schools', () => {
  it('the audit finds the subtraction attack on the cell-by-cell suppression this platform used to publish', () => {
    const out = fc.check(noCellDetermined(legacy), { seed: SEED, numRuns: 200 });
    expect(out.failed).toBe(true);
    expect(String(out.errorInstance)).toMatch(/withheld cells determined/);
  });

  it('no withheld cell is determined by the figures published now (live metrics, export, snapshots, district totals, stages, two weeks)', async () => {
    await holds(noCellDetermined(published), 25);
  });
});
