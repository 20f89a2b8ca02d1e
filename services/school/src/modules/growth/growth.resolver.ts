import { ExportFile, ReportFormat } from '@mentorship/graphql';
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { EvaluationLevel } from '../evaluation/evaluation.entity';
import { MentorStatus, Teacher } from '../roster/teacher.entity';
import { growthExport } from './growth.export';

@ObjectType()
export class DutyCount {
  @Field() kind: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class StatusChangeEntry {
  @Field(() => MentorStatus) from: MentorStatus;
  @Field(() => MentorStatus) to: MentorStatus;
  @Field() at: Date;
}

@ObjectType()
export class GrowthEvaluation {
  @Field(() => Float) total: number;
  @Field(() => EvaluationLevel) level: EvaluationLevel;
}

@ObjectType({ description: 'One term of a mentor’s growth record (导师成长轨迹).' })
export class GrowthTerm {
  @Field() term: string;
  @Field(() => Int, { description: 'Students mentored at some point in the term.' }) mentees: number;
  @Field(() => Int) leadMentees: number;
  @Field(() => [DutyCount], {
    description:
      'Records written in the term, by kind (成长寄语 once published; 个案分析 only in the teacher’s own view).',
  })
  duties: DutyCount[];
  @Field(() => Int) dutiesTotal: number;
  @Field(() => Int) trainingCourses: number;
  @Field(() => Float) trainingHours: number;
  @Field(() => [StatusChangeEntry], { description: 'Certification history (聘任) in the term.' })
  statusChanges: StatusChangeEntry[];
  @Field(() => GrowthEvaluation, { nullable: true }) evaluation: GrowthEvaluation | null;
  @Field(() => [Int], { description: 'Ranks on the 优秀导师 lists published for the term.' })
  recognitionRanks: number[];
}

@Resolver(() => Teacher)
export class TeacherGrowthResolver {
  @FieldResolver(() => [GrowthTerm], {
    description: '导师成长轨迹, term by term: the teacher themself and their school admin only.',
  })
  async growthRecord(@Root() teacher: Teacher, @Ctx() ctx: SchoolContext): Promise<GrowthTerm[]> {
    const { terms } = await ctx.services.growth.record(teacher.id);
    return terms.map((t) =>
      Object.assign(new GrowthTerm(), {
        ...t,
        duties: Object.entries(t.duties).map(([kind, count]) => ({ kind, count })),
      }),
    );
  }

  @FieldResolver(() => ExportFile, {
    description:
      'The growth record as .xlsx or PDF, for 职称 applications: the teacher themself and their school admin only.',
  })
  async growthRecordExport(
    @Root() teacher: Teacher,
    @Arg('format', () => ReportFormat) format: ReportFormat,
    @Ctx() ctx: SchoolContext,
  ): Promise<ExportFile> {
    const record = await ctx.services.growth.record(teacher.id);
    return ExportFile.of(await growthExport(record.teacher, record.terms, format));
  }
}
