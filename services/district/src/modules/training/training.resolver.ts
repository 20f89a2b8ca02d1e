import {
  connectionOf,
  ExportFormat,
  fromGlobalId,
  PageArgs,
  paginateListForClient,
  withUserErrors,
} from '@mentorship/graphql';
import { Arg, Args, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { DistrictContext } from '../../context';
import { Teacher, TrainingProgress } from './teacher.type';
import { TrainingCourse } from './training.entity';
import {
  AddTrainingCourseInput,
  RecordTrainingCompletionInput,
  TrainingCompletionPayload,
  TrainingCoursePayload,
  TrainingImportPayload,
} from './training.types';

export const { Connection: TrainingCourseConnection } = connectionOf(TrainingCourse);

@Resolver(() => Teacher)
export class TeacherTrainingResolver {
  @FieldResolver(() => TrainingProgress, {
    nullable: true,
    description: '培训进度: the teacher themself, their school admin, the district admin.',
  })
  @Directive('@requires(fields: "staffNumber school { id }")')
  async training(@Root() teacher: Teacher, @Ctx() ctx: DistrictContext): Promise<TrainingProgress | null> {
    const schoolId = fromGlobalId(teacher.school.id, 'School');
    return (await ctx.loaders.trainingByTeacher.load(`${schoolId}\u0000${teacher.staffNumber}`))?.progress ?? null;
  }
}

@Resolver()
export class TrainingResolver {
  private service = (ctx: DistrictContext) => ctx.services.training;

  @Query(() => TrainingCourseConnection, { description: 'The district’s training catalogue, by title.' })
  async trainingCourses(@Args() page: PageArgs, @Ctx() ctx: DistrictContext) {
    const courses = await this.service(ctx).courses();
    return new TrainingCourseConnection(await paginateListForClient(courses, page, (c) => c.id));
  }

  @Mutation(() => TrainingCoursePayload, { description: 'District admin: add a course (区本, or 校本 with a school).' })
  addTrainingCourse(@Arg('input') input: AddTrainingCourseInput, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () => ({
      course: await this.service(ctx).addCourse({
        ...input,
        schoolId: input.schoolId ? fromGlobalId(input.schoolId, 'School', 'schoolId') : null,
      }),
    }));
  }

  @Mutation(() => TrainingCompletionPayload, { description: 'District admin: record a teacher’s completion.' })
  recordTrainingCompletion(@Arg('input') input: RecordTrainingCompletionInput, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () => ({
      completion: await this.service(ctx).record({
        ...input,
        schoolId: fromGlobalId(input.schoolId, 'School', 'schoolId'),
        courseId: fromGlobalId(input.courseId, 'TrainingCourse', 'courseId'),
      }),
    }));
  }

  @Mutation(() => TrainingImportPayload, {
    description:
      'District admin: completions from a file (学校代码, 工号, 课程, 完成日期, [学时], 是否合格); a dry run unless confirm, all rows ' +
      'or none.',
  })
  importTrainingCompletions(
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Arg('fileBase64') fileBase64: string,
    @Arg('confirm', () => Boolean, { defaultValue: false }) confirm: boolean,
    @Ctx() ctx: DistrictContext,
  ) {
    return withUserErrors(async () =>
      this.service(ctx).importCompletions({ format, content: Buffer.from(fileBase64, 'base64'), confirm }),
    ).then((p) => ({ recorded: 0, rowErrors: [], applied: false, ...p }));
  }
}
