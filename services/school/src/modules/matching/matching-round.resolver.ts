import { connectionOf, ExportFile, ExportFormat, fromGlobalId, PageArgs } from '@mentorship/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Grade } from '../roster/grade.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { exportMatchingRound } from './matching.export';
import { MatchingReport, matchingReport } from './matching.report';
import { RoundMentorView } from './matching.types';
import { MatchingAdjustment, MatchingOutcome } from './matching-outcome.entity';
import { MatchingRound } from './matching-round.entity';

export const { Connection: MatchingOutcomeConnection } = connectionOf(MatchingOutcome);

@Resolver(() => MatchingRound)
export class MatchingRoundResolver {
  @FieldResolver(() => [Grade], { description: 'Grades the round covers.' })
  async grades(@Root() round: MatchingRound, @Ctx() ctx: SchoolContext): Promise<Grade[]> {
    const all = await ctx.loaders.gradesBySchool.load(round.schoolId);
    return round.gradeIds ? all.filter((g) => round.gradeIds!.includes(g.id)) : all;
  }

  @FieldResolver(() => [RoundMentorView], { description: 'Participating mentors with their capacity and draft load.' })
  async mentors(@Root() round: MatchingRound, @Ctx() ctx: SchoolContext): Promise<RoundMentorView[]> {
    const rows = await ctx.loaders.roundMentorsByRound.load(round.id);
    const teachers = await ctx.loaders.teacherById.loadMany(rows.map((r) => r.teacher_id));
    return rows.map((r, i) =>
      Object.assign(new RoundMentorView(), { teacher: teachers[i], capacity: r.capacity, load: r.load }),
    );
  }

  @FieldResolver(() => Int, {
    description: 'School admin: students who have ranked at least one mentor so far (双向选择 arriving).',
  })
  async preferencesReceived(@Root() round: MatchingRound, @Ctx() ctx: SchoolContext): Promise<number> {
    return ctx.services.matchingPreferences.studentsWhoRanked(round.id);
  }

  @FieldResolver(() => MatchingReport, {
    nullable: true,
    description: 'The draft’s figures, for the round or one grade or classroom; null before the first run.',
  })
  async report(
    @Root() round: MatchingRound,
    @Arg('gradeId', () => ID, { nullable: true }) gradeId: string | undefined,
    @Arg('classroomId', () => ID, { nullable: true }) classroomId: string | undefined,
    @Ctx() ctx: SchoolContext,
  ): Promise<MatchingReport | null> {
    if (!round.ranAt) return null;
    return matchingReport(ctx.dataSource, round, {
      gradeId: gradeId ? fromGlobalId(gradeId, 'Grade', 'gradeId') : undefined,
      classroomId: classroomId ? fromGlobalId(classroomId, 'Classroom', 'classroomId') : undefined,
    });
  }

  @FieldResolver(() => MatchingOutcomeConnection, { description: 'Each student’s draft or published result.' })
  async outcomes(
    @Root() round: MatchingRound,
    @Args() page: PageArgs,
    @Arg('classroomId', () => ID, { nullable: true }) classroomId: string | undefined,
    @Arg('unmatchedOnly', { defaultValue: false }) unmatchedOnly: boolean,
    @Ctx() ctx: SchoolContext,
  ) {
    const filter = {
      classroomId: classroomId ? fromGlobalId(classroomId, 'Classroom', 'classroomId') : null,
      unmatchedOnly,
    };
    return new MatchingOutcomeConnection(await ctx.services.matchingRounds.outcomes(round.id, page, filter));
  }

  @FieldResolver(() => ExportFile, {
    nullable: true,
    description: 'The draft or published result as .xlsx or CSV (Chinese headers); null before the first run.',
  })
  async export(
    @Root() round: MatchingRound,
    @Arg('format', () => ExportFormat, { defaultValue: ExportFormat.XLSX }) format: ExportFormat,
    @Ctx() ctx: SchoolContext,
  ): Promise<ExportFile | null> {
    return round.ranAt
      ? Object.assign(new ExportFile(), await exportMatchingRound(ctx.dataSource, round, format))
      : null;
  }

  @FieldResolver(() => [MatchingAdjustment], { description: 'Manual changes, oldest first.' })
  adjustments(@Root() round: MatchingRound, @Ctx() ctx: SchoolContext): Promise<MatchingAdjustment[]> {
    return ctx.loaders.adjustmentsByRound.load(round.id);
  }
}

@Resolver(() => MatchingOutcome)
export class MatchingOutcomeResolver {
  @FieldResolver(() => Student)
  student(@Root() outcome: MatchingOutcome, @Ctx() ctx: SchoolContext): Promise<Student | null> {
    return ctx.loaders.studentById.load(outcome.studentId);
  }

  @FieldResolver(() => Teacher, { nullable: true })
  mentor(@Root() outcome: MatchingOutcome, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return outcome.teacherId ? ctx.loaders.teacherById.load(outcome.teacherId) : Promise.resolve(null);
  }
}

@Resolver(() => MatchingAdjustment)
export class MatchingAdjustmentResolver {
  @FieldResolver(() => Student)
  student(@Root() a: MatchingAdjustment, @Ctx() ctx: SchoolContext): Promise<Student | null> {
    return ctx.loaders.studentById.load(a.studentId);
  }
  @FieldResolver(() => Teacher, { nullable: true })
  fromMentor(@Root() a: MatchingAdjustment, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return a.fromTeacherId ? ctx.loaders.teacherById.load(a.fromTeacherId) : Promise.resolve(null);
  }
  @FieldResolver(() => Teacher, { nullable: true })
  toMentor(@Root() a: MatchingAdjustment, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return a.toTeacherId ? ctx.loaders.teacherById.load(a.toTeacherId) : Promise.resolve(null);
  }
  @FieldResolver(() => Teacher, { nullable: true })
  adjustedBy(@Root() a: MatchingAdjustment, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(a.adjustedBy);
  }
}
