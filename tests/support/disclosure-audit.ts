/**
 * What an analyst can work out from every published figure together (services/school/DISCLOSURE.md):
 * the published figures become constraints on the unknown per-classroom counts, and the exact
 * integer solver says which withheld cell (classroom, grade or school; any sensitive measure; any
 * week) has only one possible value.
 */
import { type AuditRoster, type Fact, type Measure, MEASURES, type Truth } from './disclosure-facts';
import { IntegerModel } from './disclosure-solver';

/**
 * Alerts per classroom are unbounded in principle; the audit assumes the analyst knows there are at
 * most this many (three times anything generated), which only helps the analyst.
 */
const MAX_ALERTS = 12;
const setKey = (measure: Measure, classrooms: readonly string[]) => `${measure}|${[...classrooms].sort().join(',')}`;

/**
 * The withheld cells that the facts pin to one value, week by week (weeks share no unknowns: each
 * snapshot is its own). Every group (classroom, grade, school, a stage's schools, the district) gets
 * a sub-total variable, so the sums form a tree per measure; cells published exactly are not
 * withheld; cells the exact non-sensitive figures settle alone (no attention student with a mentor
 * where nobody has one) say nothing about a child; an overdue count of 0 in a school whose “no
 * overdue alert” flag is published is a deliberate fact about the school (DISCLOSURE.md).
 */
export function determinedCells(
  roster: AuditRoster,
  truth: Truth,
  facts: readonly Fact[],
  groups: readonly (readonly string[])[] = [],
): { cell: string; value: number }[] {
  const found: { cell: string; value: number }[] = [];
  truth.forEach((week, w) => {
    const model = new IntegerModel();
    // `raised` only in a week that published it (a term closed), else it adds unknowns nothing constrains.
    const ms = MEASURES.filter((m) => m !== 'raised' || facts.some((f) => f.week === w && f.measure === 'raised'));
    const known: number[] = [];
    const byKey = new Map<string, number>();
    const valueOf = (measure: Measure, ids: readonly string[]) =>
      ids.reduce((t, id) => t + (week.get(id)![measure] ?? 0), 0);
    /** The variable of a group's sum (created once per set of classrooms). */
    const sumOf = (measure: Measure, ids: readonly string[], parts: () => number[], name: string): number => {
      const k = setKey(measure, ids);
      if (!byKey.has(k)) {
        const v = model.variable(
          name,
          0,
          parts().reduce((t, p) => t + model.domains[p][1], 0),
        );
        known[v] = valueOf(measure, ids);
        model.total(v, parts(), name);
        byKey.set(k, v);
      }
      return byKey.get(k)!;
    };
    /**
     * The per-classroom bounds between measures, summed over a group: implied, so exactness is kept, and they spare the
     * search.
     */
    const impliedBounds = (g: Record<Measure, number>, rooms: readonly { students: number; covered: number }[]) => {
      model.difference(g.withMentor, g.attention, Number.NEGATIVE_INFINITY, 0);
      model.difference(
        g.attention,
        g.withMentor,
        Number.NEGATIVE_INFINITY,
        rooms.reduce((t, c) => t + c.students - c.covered, 0),
      );
      model.difference(g.overdue, g.open, Number.NEGATIVE_INFINITY, 0);
    };
    const cells: { name: string; vars: number[]; truth: number; measure: Measure; rooms: readonly string[] }[] = [];
    const schoolVars = new Map<string, Record<Measure, number>>();
    for (const school of roster.schools) {
      const rooms = school.grades.flatMap((g) => g.classrooms);
      const gradeVars: Record<Measure, number>[] = [];
      for (const grade of school.grades) {
        const roomVars: Record<Measure, number>[] = [];
        for (const c of grade.classrooms) {
          // What any school leader knows exactly: the classroom's students and how many have a lead mentor.
          const x = {
            attention: model.variable(`${c.name}.attention`, 0, c.students),
            withMentor: model.variable(`${c.name}.withMentor`, 0, c.covered),
            open: model.variable(`${c.name}.open`, 0, MAX_ALERTS),
            overdue: model.variable(`${c.name}.overdue`, 0, MAX_ALERTS),
            raised: ms.includes('raised') ? model.variable(`${c.name}.raised`, 0, MAX_ALERTS) : -1,
          };
          model.difference(x.withMentor, x.attention, Number.NEGATIVE_INFINITY, 0, 'with mentor ≤ attention');
          model.difference(
            x.attention,
            x.withMentor,
            Number.NEGATIVE_INFINITY,
            c.students - c.covered,
            'attention without mentor ≤ students without mentor',
          );
          model.difference(x.overdue, x.open, Number.NEGATIVE_INFINITY, 0, 'overdue ≤ open');
          for (const m of ms) {
            known[x[m]] = week.get(c.id)![m] ?? 0;
            byKey.set(setKey(m, [c.id]), x[m]);
            cells.push({
              name: `week ${w + 1}, classroom ${c.name}, ${m}`,
              vars: [x[m]],
              truth: known[x[m]],
              measure: m,
              rooms: [c.id],
            });
          }
          roomVars.push(x);
        }
        const ids = grade.classrooms.map((c) => c.id);
        const g = Object.fromEntries(
          ms.map((m) => [m, sumOf(m, ids, () => roomVars.map((r) => r[m]), `grade ${grade.name} ${m}`)]),
        ) as Record<Measure, number>;
        for (const m of ms)
          cells.push({
            name: `week ${w + 1}, grade ${grade.name}, ${m}`,
            vars: [g[m]],
            truth: known[g[m]],
            measure: m,
            rooms: ids,
          });
        impliedBounds(g, grade.classrooms);
        gradeVars.push(g);
      }
      const ids = rooms.map((c) => c.id);
      const sv = Object.fromEntries(
        ms.map((m) => [m, sumOf(m, ids, () => gradeVars.map((g) => g[m]), `school ${school.id.slice(-4)} ${m}`)]),
      ) as Record<Measure, number>;
      for (const m of ms)
        cells.push({
          name: `week ${w + 1}, school ${school.id.slice(-4)}, ${m}`,
          vars: [sv[m]],
          truth: known[sv[m]],
          measure: m,
          rooms: ids,
        });
      impliedBounds(sv, rooms);
      schoolVars.set(school.id, sv);
    }
    // Sums over several schools (a stage, the district), built from the schools' sub-totals.
    for (const ids of groups) {
      const members = roster.schools.filter((s) => s.grades.some((g) => g.classrooms.some((c) => ids.includes(c.id))));
      const g = Object.fromEntries(
        ms.map((m) => [
          m,
          sumOf(
            m,
            ids,
            () => members.map((s) => schoolVars.get(s.id)![m]),
            `schools ${members.map((s) => s.id.slice(-4)).join('+')} ${m}`,
          ),
        ]),
      ) as Record<Measure, number>;
      impliedBounds(
        g,
        members.flatMap((s) => s.grades.flatMap((x) => x.classrooms)),
      );
    }

    // Cells the structure alone settles are not withheld: nothing is known about any child from them.
    const prior = new Set(model.determinedCells(cells, known).map((d) => d.name));
    const exact = new Set<string>();
    const zeros: Fact[] = [];
    for (const f of facts.filter((f) => f.week === w)) {
      const actual = valueOf(f.measure, f.classrooms);
      if (actual < f.lo || actual > f.hi)
        throw new Error(`${f.source}: published [${f.lo}, ${f.hi}] but the true count is ${actual} (a collection bug)`);
      const v =
        byKey.get(setKey(f.measure, f.classrooms)) ??
        sumOf(f.measure, f.classrooms, () => f.classrooms.map((id) => byKey.get(setKey(f.measure, [id]))!), f.source);
      model.sum([v], f.lo, f.hi, f.source);
      if (f.lo === f.hi) exact.add(`${v}`);
      if (f.hi === 0) zeros.push(f);
    }
    // A published zero (no overdue alert in the school, no open alert at all) is a fact about the
    // group, not about a child: the zero cells inside it are not withheld (DISCLOSURE.md).
    const underZero = (c: (typeof cells)[number]) =>
      c.truth === 0 && zeros.some((f) => f.measure === c.measure && c.rooms.every((id) => f.classrooms.includes(id)));
    const withheld = cells.filter((c) => !prior.has(c.name) && !exact.has(`${c.vars[0]}`) && !underZero(c));
    for (const d of model.determinedCells(withheld, known)) found.push({ cell: d.name, value: d.value });
  });
  return found;
}
