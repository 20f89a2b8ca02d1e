import { parseClosedFigures, parseSnapshot, sumFigures } from '@mentorship/district';
import {
  comparisonRows,
  type Counts,
  publishGroup,
  publishSchool,
  rollUp,
  type SchoolCounts,
  sensitiveTermFigures,
  snapshotOf,
} from '@mentorship/school';

import { type Fact, factsOf, factsOfComparison } from './disclosure-facts';
import { allRooms, rows, STAFF, type Stage, TERM, type World } from './disclosure-worlds';

/** A way of publishing: everything it lets a non-mentor see, as facts, for both weeks. */
export type Publisher = (w: World) => Fact[];

/** This platform's publishing, through the same functions the resolvers, the outbox and the district run. */
export const published: Publisher = (w) => {
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
export const legacy: Publisher = (w) => {
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
