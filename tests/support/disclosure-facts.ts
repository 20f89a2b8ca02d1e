/**
 * Published figures as facts for the disclosure audit (services/school/DISCLOSURE.md, ./disclosure-audit.ts): the sum
 * of a sensitive measure over some classrooms lies in an interval.
 */
/** `raised`: crisis alerts raised in the term, published only with a closed term's figures. */
export type Measure = 'attention' | 'withMentor' | 'open' | 'overdue' | 'raised';
export const MEASURES: Measure[] = ['attention', 'withMentor', 'open', 'overdue', 'raised'];

/** The field names under which each measure is published anywhere (school service, district, old and new). */
const FIELD: Record<string, Measure> = {
  attentionStudents: 'attention',
  attentionStudentsWithMentor: 'withMentor',
  openCrisisAlerts: 'open',
  overdueCrisisAlerts: 'overdue',
  crisisOpenAtClose: 'open',
  crisisRaisedInTerm: 'raised',
};

/** One published figure: the sum of a measure over some classrooms lies in [lo, hi]. */
export interface Fact {
  week: number;
  measure: Measure;
  classrooms: readonly string[];
  lo: number;
  hi: number;
  source: string;
}

export interface AuditRoster {
  schools: {
    id: string;
    grades: {
      id: string;
      name: string;
      classrooms: { id: string; name: string; students: number; covered: number }[];
    }[];
  }[];
}

/**
 * The true sensitive counts of each classroom, per week (what only the mentors know); `raised` where a term was closed.
 */
export type Truth = Map<string, Record<Exclude<Measure, 'raised'>, number> & { raised?: number }>[];

/** A published value of any shape this platform has used, as an interval (null: not a figure). */
export function interval(x: unknown): [number, number] | null {
  if (x === null || x === undefined) return null;
  if (typeof x === 'number') return [x, x];
  if (typeof x === 'string') {
    const t = x.trim();
    if (/^\d+$/.test(t)) return [Number(t), Number(t)];
    if (t === '<5') return [1, 4];
    const band = /^(\d+)\s*[–-]\s*(\d+)$/.exec(t);
    return band ? [Number(band[1]), Number(band[2])] : null;
  }
  const o = x as Record<string, unknown>;
  if (typeof o.atLeast === 'number') return [o.atLeast, o.atMost as number];
  if (typeof o.suppressed === 'boolean') return o.suppressed ? [1, 4] : [o.value as number, o.value as number];
  if (typeof o.complete === 'boolean')
    return o.complete ? [o.value as number, o.value as number] : [(o.value as number) + 1, Number.POSITIVE_INFINITY];
  return null;
}

/** Every sensitive figure in a published object about the given classrooms (any level, any role's view). */
export function factsOf(published: unknown, classrooms: readonly string[], week: number, source: string): Fact[] {
  if (!published || typeof published !== 'object') return [];
  const o = published as Record<string, unknown>;
  const facts: Fact[] = [];
  for (const [field, measure] of Object.entries(FIELD)) {
    const i = interval(o[field]);
    if (i) facts.push({ week, measure, classrooms, lo: i[0], hi: i[1], source: `${source}.${field}` });
  }
  if (typeof o.hasOverdueCrisisAlert === 'boolean') {
    facts.push({
      week,
      measure: 'overdue',
      classrooms,
      lo: o.hasOverdueCrisisAlert ? 1 : 0,
      hi: o.hasOverdueCrisisAlert ? Number.POSITIVE_INFINITY : 0,
      source: `${source}.hasOverdueCrisisAlert`,
    });
  }
  return facts;
}

/** A comparison export (年级, 班级, …, 关注学生数, 未结危机数) of one school as facts. */
export function factsOfComparison(
  rows: readonly (readonly unknown[])[],
  school: AuditRoster['schools'][number],
  week: number,
  source: string,
): Fact[] {
  const facts: Fact[] = [];
  const all = school.grades.flatMap((g) => g.classrooms.map((c) => c.id));
  for (const row of rows) {
    const [gradeName, roomName] = [String(row[0] ?? ''), String(row[1] ?? '')];
    const grade = school.grades.find((g) => g.name === gradeName);
    const set =
      gradeName === '全校'
        ? all
        : !grade
          ? null
          : roomName === '（全年级）'
            ? grade.classrooms.map((c) => c.id)
            : grade.classrooms.filter((c) => c.name === roomName).map((c) => c.id);
    if (!set?.length) continue;
    for (const [column, measure] of [
      [9, 'attention'],
      [10, 'open'],
    ] as const) {
      const i = interval(row[column] as string);
      if (i)
        facts.push({
          week,
          measure,
          classrooms: set,
          lo: i[0],
          hi: i[1],
          source: `${source}[${gradeName} ${roomName}].${measure}`,
        });
    }
  }
  return facts;
}
