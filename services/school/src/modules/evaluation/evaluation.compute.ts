import { SMALL_GROUP_THRESHOLD } from '@mentorship/graphql';
import type { EntityManager } from 'typeorm';

import { parseTerm } from '../records/term';
import { type EvaluationCycle, EvaluationLevel, type ItemScore } from './evaluation.entity';
import { ADMINISTRATIVE_END_REASONS, ComputedItem, RubricSource } from './rubric';

export interface MentorResult {
  teacherId: string;
  items: ItemScore[];
  total: number;
  level: EvaluationLevel;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Months of the term that have begun by `now`: the "rounds" of group activity and monthly guidance. */
function monthsSoFar(start: Date, endsBefore: Date, now: Date): string[] {
  const months: string[] = [];
  // The autumn term's span opens in August to hold early starts, but teaching (and so the rounds) begins in September.
  const first = start.getUTCMonth() === 7 ? new Date(Date.UTC(start.getUTCFullYear(), 8, 1)) : start;
  for (
    let d = new Date(first);
    d < endsBefore && d <= now;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  )
    months.push(d.toISOString().slice(0, 7));
  return months.length ? months : [start.toISOString().slice(0, 7)];
}

/**
 * Top, middle and bottom third of a grade's mentors by their mean survey score: full, ¾ and ½ of the weight (20/15/10).
 */
function tercileScores(
  means: Map<string, { mean: number; grade: string | null }>,
  weight: number,
): Map<string, number> {
  const byGrade = new Map<string | null, [string, number][]>();
  for (const [teacher, { mean, grade }] of means)
    (byGrade.get(grade) ?? byGrade.set(grade, []).get(grade)!).push([teacher, mean]);
  const scores = new Map<string, number>();
  for (const list of byGrade.values()) {
    list.sort((a, b) => b[1] - a[1]);
    list.forEach(([teacher], i) => {
      const third = Math.floor((i * 3) / list.length);
      scores.set(teacher, weight * [1, 0.75, 0.5][third]);
    });
  }
  return scores;
}

/**
 * Scores every mentor of the school on the cycle's rubric from the data the platform holds:
 * mentorships, work records, sealed surveys (aggregates of 5 answers or more only) and entered scores.
 */
export async function computeResults(m: EntityManager, cycle: EvaluationCycle, now: Date): Promise<MentorResult[]> {
  const term = parseTerm(cycle.term)!;
  const months = monthsSoFar(term.startsOn, term.endsBefore, now);
  const mentors: { teacher_id: string; grade_id: string | null; mentees: number; lost: number }[] = await m.query(
    `SELECT t.id AS teacher_id,
            (SELECT c.grade_id FROM mentorship ms JOIN student s ON s.id = ms.student_id JOIN classroom c ON c.id =
              s.classroom_id
              WHERE ms.mentor_id = t.id AND ms.role = 'LEAD' AND ms.ended_on IS NULL GROUP BY c.grade_id
                ORDER BY count(*) DESC, c.grade_id LIMIT 1) AS grade_id,
            (SELECT count(*) FROM mentorship ms WHERE ms.mentor_id = t.id AND ms.role = 'LEAD' AND ms.started_on < $3
              AND (ms.ended_on IS NULL OR ms.ended_on >= $2))::int AS mentees,
            (SELECT count(*) FROM mentorship ms WHERE ms.mentor_id = t.id AND ms.ended_on >= $2 AND ms.ended_on < $3
              AND NOT (coalesce(ms.end_reason, '') = ANY($4)))::int AS lost
       FROM teacher t
      WHERE t.school_id = $1 AND t.left_on IS NULL
        AND (t.mentor_status IN ('TRAINEE', 'CERTIFIED') OR EXISTS (SELECT 1 FROM mentorship ms WHERE ms.mentor_id =
          t.id AND ms.started_on < $3 AND (ms.ended_on IS NULL OR ms.ended_on >= $2)))
      ORDER BY t.staff_number`,
    [cycle.schoolId, term.startsOn, term.endsBefore, ADMINISTRATIVE_END_REASONS],
  );
  const groupMonths: { author_id: string; months: number }[] = await m.query(
    `SELECT author_id, count(DISTINCT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM'))::int AS months
       FROM mentor_record
      WHERE school_id = $1 AND term = $2 AND kind = 'GROUP_ACTIVITY' GROUP BY author_id`,
    [cycle.schoolId, cycle.term],
  );
  // Pairs of (lead mentee, month so far) with a talk, per mentor.
  const guided: { mentor_id: string; covered: number; pairs: number }[] = await m.query(
    `SELECT ms.mentor_id, count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM record_student rs WHERE rs.student_id = ms.student_id AND rs.term = $2 AND rs.kind = 'TALK'
                AND to_char(rs.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') = mo.month))::int AS covered,
            count(*)::int AS pairs
       FROM mentorship ms CROSS JOIN unnest($3::text[]) AS mo(month)
      WHERE ms.school_id = $1 AND ms.role = 'LEAD' AND ms.ended_on IS NULL
      GROUP BY ms.mentor_id`,
    [cycle.schoolId, cycle.term, months],
  );
  // Only sealed surveys count: closed, every held answer written, nothing added any more (EvaluationService seals them
  // first).
  // A live mean would let anyone who reads results twice work out the answer that came in between.
  const surveyMeans = async (audience: 'STUDENT' | 'PARENT') => {
    const rows: { mentor_id: string; n: number; mean: number }[] = await m.query(
      `SELECT r.mentor_id, count(DISTINCT r.id)::int AS n, avg(x)::float8 AS mean FROM survey_response r
         JOIN survey s ON s.id = r.survey_id CROSS JOIN LATERAL unnest(r.scores) AS x
        WHERE s.school_id = $1 AND s.term = $2 AND s.audience = $3 AND s.sealed GROUP BY r.mentor_id`,
      [cycle.schoolId, cycle.term, audience],
    );
    // Under five answers, a mean could point at a child: the item is left out, not scored.
    return new Map(rows.filter((r) => r.n >= SMALL_GROUP_THRESHOLD).map((r) => [r.mentor_id, r.mean]));
  };
  const entries: { teacher_id: string; item_key: string; score: number }[] = await m.query(
    'SELECT teacher_id, item_key, avg(score)::float8 AS score FROM evaluation_entry WHERE cycle_id = $1 ' +
      'GROUP BY teacher_id, item_key',
    [cycle.id],
  );

  const gradeOf = new Map(mentors.map((t) => [t.teacher_id, t.grade_id]));
  const withGrade = (means: Map<string, number>) =>
    new Map([...means].map(([t, mean]) => [t, { mean, grade: gradeOf.get(t) ?? null }]));
  const weightOf = (key: string) => cycle.rubric.find((i) => i.key === key)?.weight ?? 0;
  const studentTerciles = tercileScores(
    withGrade(await surveyMeans('STUDENT')),
    weightOf(ComputedItem.STUDENT_FEEDBACK),
  );
  const parentTerciles = tercileScores(withGrade(await surveyMeans('PARENT')), weightOf(ComputedItem.PARENT_FEEDBACK));
  const groupBy = new Map(groupMonths.map((g) => [g.author_id, g.months]));
  const guidedBy = new Map(guided.map((g) => [g.mentor_id, g]));
  const entered = new Map(entries.map((e) => [`${e.teacher_id}/${e.item_key}`, e.score]));

  const results = mentors.map((t): Omit<MentorResult, 'level'> => {
    const items = cycle.rubric.map((item): ItemScore => {
      const w = item.weight;
      let score: number | null = null;
      if (item.source === RubricSource.ENTERED)
        score = entered.has(`${t.teacher_id}/${item.key}`)
          ? Math.min(w, entered.get(`${t.teacher_id}/${item.key}`)!)
          : null;
      else if (item.key === ComputedItem.MATCHING) score = t.mentees > 0 ? w : 0;
      else if (item.key === ComputedItem.GROUP_ACTIVITY)
        score = w * Math.min(1, (groupBy.get(t.teacher_id) ?? 0) / months.length);
      else if (item.key === ComputedItem.INDIVIDUAL_GUIDANCE) {
        const g = guidedBy.get(t.teacher_id);
        score = g && g.pairs ? (w * g.covered) / g.pairs : 0;
      } else if (item.key === ComputedItem.ATTRITION) score = Math.max(0, w - (w / 2) * t.lost);
      else if (item.key === ComputedItem.STUDENT_FEEDBACK) score = studentTerciles.get(t.teacher_id) ?? null;
      else if (item.key === ComputedItem.PARENT_FEEDBACK) score = parentTerciles.get(t.teacher_id) ?? null;
      return { key: item.key, score: score === null ? null : round1(score) };
    });
    return { teacherId: t.teacher_id, items, total: round1(items.reduce((s, i) => s + (i.score ?? 0), 0)) };
  });

  const ranked = [...results].sort((a, b) => b.total - a.total);
  const excellent = new Set(cycle.topExcellent ? ranked.slice(0, cycle.topExcellent).map((r) => r.teacherId) : []);
  return results.map((r) => ({
    ...r,
    level: (
      cycle.topExcellent ? excellent.has(r.teacherId) : cycle.excellentMin !== null && r.total >= cycle.excellentMin
    )
      ? EvaluationLevel.EXCELLENT
      : r.total >= cycle.qualifiedMin
        ? EvaluationLevel.QUALIFIED
        : EvaluationLevel.NEEDS_IMPROVEMENT,
  }));
}
