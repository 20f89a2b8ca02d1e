import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';

@ObjectType({ description: 'Students matched by each phase.' })
export class PhaseCounts {
  @Field(() => Int) preference: number;
  @Field(() => Int) classFill: number;
  @Field(() => Int) randomDraw: number;
  @Field(() => Int) manual: number;
}

@ObjectType({ description: 'Students per participating mentor.' })
export class LoadSummary {
  @Field(() => Int) min: number;
  @Field(() => Float, { description: 'Mean over every participating mentor, those with no student included.' })
  mean: number;
  @Field(() => Int) max: number;
  @Field(() => Int, { description: 'Participating mentors with at least one student.' }) mentorsWithStudents: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean students per mentor over the mentors with students (导师平均带教); null when none has one.',
  })
  meanWithStudents: number | null;
}

@ObjectType({ description: 'What a run produced, for the whole round or one grade or classroom.' })
export class MatchingReport {
  @Field(() => Int) students: number;
  @Field(() => Int) matched: number;
  @Field(() => Int) unmatched: number;
  @Field(() => Int, { description: 'Students who ranked at least one mentor.' }) studentsWithPreferences: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of students with preferences matched to their first choice.',
  })
  firstChoiceRate: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of students with preferences matched within their top three.',
  })
  topThreeRate: number | null;
  @Field(() => PhaseCounts) matchedByPhase: PhaseCounts;
  @Field(() => LoadSummary, { description: 'Over all participating mentors of the round.' }) mentorLoad: LoadSummary;
  @Field(() => Int, { description: 'Participating mentors with no student (they go to training, per policy).' })
  mentorsWithoutStudents: number;
  @Field(() => Int, { nullable: true, description: 'Blocking pairs after the preference phase; 0 means stable.' })
  blockingPairs: number | null;
}

/** The report in two statements: outcome counts in scope, and mentor loads of the round. */
export async function matchingReport(
  dataSource: DataSource,
  round: { id: string; blockingPairs: number | null },
  scope: { gradeId?: string; classroomId?: string },
): Promise<MatchingReport> {
  const [counts] = await dataSource.query(
    `SELECT count(*)::int AS students,
            count(o.teacher_id)::int AS matched,
            count(*) FILTER (WHERE o.teacher_id IS NULL)::int AS unmatched,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mentor_preference p WHERE p.round_id = o.round_id AND
              p.student_id = o.student_id))::int AS with_prefs,
            count(*) FILTER (WHERE o.rank = 1)::int AS first_choice,
            count(*) FILTER (WHERE o.rank <= 3)::int AS top_three,
            count(*) FILTER (WHERE o.phase = 'PREFERENCE')::int AS preference,
            count(*) FILTER (WHERE o.phase = 'CLASS_FILL')::int AS class_fill,
            count(*) FILTER (WHERE o.phase = 'RANDOM_DRAW')::int AS random_draw,
            count(*) FILTER (WHERE o.phase = 'MANUAL')::int AS manual
       FROM matching_outcome o JOIN student s ON s.id = o.student_id JOIN classroom c ON c.id = s.classroom_id
      WHERE o.round_id = $1 AND ($2::uuid IS NULL OR c.grade_id = $2) AND ($3::uuid IS NULL OR c.id = $3)`,
    [round.id, scope.gradeId ?? null, scope.classroomId ?? null],
  );
  const [load] = await dataSource.query(
    `SELECT coalesce(min(n), 0)::int AS min, coalesce(avg(n), 0)::float AS mean, coalesce(max(n), 0)::int AS max,
       count(*) FILTER (WHERE n = 0)::int AS idle,
            count(*) FILTER (WHERE n > 0)::int AS busy, avg(n) FILTER (WHERE n > 0)::float AS busy_mean
       FROM (SELECT rm.teacher_id, count(o.student_id) n FROM matching_round_mentor rm
               LEFT JOIN matching_outcome o ON o.round_id = rm.round_id AND o.teacher_id = rm.teacher_id
              WHERE rm.round_id = $1 GROUP BY rm.teacher_id) per_mentor`,
    [round.id],
  );
  const rate = (n: number) => (counts.with_prefs ? n / counts.with_prefs : null);
  return {
    students: counts.students,
    matched: counts.matched,
    unmatched: counts.unmatched,
    studentsWithPreferences: counts.with_prefs,
    firstChoiceRate: rate(counts.first_choice),
    topThreeRate: rate(counts.top_three),
    matchedByPhase: {
      preference: counts.preference,
      classFill: counts.class_fill,
      randomDraw: counts.random_draw,
      manual: counts.manual,
    },
    mentorLoad: {
      min: load.min,
      mean: Math.round(load.mean * 100) / 100,
      max: load.max,
      mentorsWithStudents: load.busy,
      meanWithStudents: load.busy_mean === null ? null : Math.round(load.busy_mean * 100) / 100,
    },
    mentorsWithoutStudents: load.idle,
    blockingPairs: round.blockingPairs,
  };
}
