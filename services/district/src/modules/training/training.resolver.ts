import { ExportFormat, FileRowError, fromGlobalId, parseGlobalId, UserError, withUserErrors } from '@mentorship/graphql';
import { keyedLoader } from '@mentorship/db';
import { forbidden, Role } from '@mentorship/auth';
import { ArrayMaxSize } from 'class-validator';
import { Arg, Ctx, Directive, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, FieldResolver } from 'type-graphql';
import type { DistrictContext } from '../../context';
import { SchoolStage } from '../registry/school-stage';
import { Teacher, TrainingProgress } from './teacher.type';
import { TrainingCompletion, TrainingCourse, TrainingTopic } from './training.entity';
import { progressOf, TrainingService } from './training.service';

@InputType()
export class AddTrainingCourseInput {
  @Field() title: string;
  @Field(() => TrainingTopic) topic: TrainingTopic;
  @Field(() => Float) hours: number;
  @Field() required: boolean;
  @Field(() => [SchoolStage], { nullable: true }) @ArrayMaxSize(4) stages?: SchoolStage[] | null;
  @Field(() => ID, { nullable: true, description: 'For a school-based course (校本培训).' }) schoolId?: string | null;
}

@InputType()
export class RecordTrainingCompletionInput {
  @Field(() => ID) schoolId: string;
  @Field() staffNumber: string;
  @Field(() => ID) courseId: string;
  @Field({ description: 'YYYY-MM-DD' }) completedOn: string;
  @Field(() => Float, { nullable: true, description: 'The course’s hours when omitted.' }) hours?: number | null;
  @Field() passed: boolean;
}

@ObjectType()
export class TrainingCoursePayload {
  @Field(() => TrainingCourse, { nullable: true }) course: TrainingCourse | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class TrainingCompletionPayload {
  @Field(() => TrainingCompletion, { nullable: true }) completion: TrainingCompletion | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class TrainingImportPayload {
  @Field(() => Int) recorded: number;
  @Field(() => [FileRowError]) rowErrors: FileRowError[];
  @Field() applied: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}

/** What arrives at `_entities`: whatever the caller sent, checked before use. */
type Representation = { id?: unknown; staffNumber?: unknown; school?: unknown };

/** The loader behind Teacher.training: one statement for a page of teachers, scoped to the caller's district. */
export function createTrainingLoaders(ctx: Pick<DistrictContext, 'dataSource' | 'principal'>) {
  return {
    trainingByTeacher: keyedLoader(async (keys: readonly string[]) => {
      const parsed = keys.map((k) => { const [schoolId, staffNumber] = k.split('\u0000'); return { schoolId, staffNumber }; });
      const rows = await progressOf(ctx.dataSource, parsed);
      let allowed = rows;
      if (ctx.principal.role !== Role.SERVICE) {
        const mine = new Set<string>((await ctx.dataSource.query('SELECT id FROM school WHERE district_id = $1 AND id = ANY($2)', [ctx.principal.districtId, [...new Set(rows.map((r) => r.school_id))]])).map((x: { id: string }) => x.id));
        allowed = rows.filter((r) => mine.has(r.school_id));
      }
      const completions = await ctx.dataSource.getRepository(TrainingCompletion).createQueryBuilder('t')
        .where('(t.school_id, t.staff_number) IN (SELECT * FROM unnest(:schools::uuid[], :staff::text[]))', { schools: allowed.map((r) => r.school_id), staff: allowed.map((r) => r.staff_number) })
        .orderBy('t.completed_on').getMany();
      return allowed.map((r) => ({
        key: `${r.school_id}\u0000${r.staff_number}`,
        progress: Object.assign(new TrainingProgress(), {
          requiredCoursesTotal: r.required_total, requiredCoursesDone: r.required_done, completedHours: Math.round(r.hours), complete: r.required_done >= r.required_total,
          trialPeriodDays: r.trial_days, completions: completions.filter((c) => c.schoolId === r.school_id && c.staffNumber === r.staff_number),
        }),
      }));
    }, (r) => r.key),
  };
}

export const teacherReference = {
  Teacher: {
    /**
     * The district holds no roster: it takes the representation as the gateway hands it over,
     * but only a well-formed one (teacher id, staff number, school id, as @requires sends them).
     * Anything else is refused here, cleanly, rather than failing later inside `training`;
     * async, so that a refusal fails this representation alone, not the whole `_entities` call.
     */
    async __resolveReference(ref: Representation): Promise<Teacher> {
      const school = ref.school as { id?: unknown } | null | undefined;
      if (!parseGlobalId(ref.id, 'Teacher') || typeof ref.staffNumber !== 'string' || !ref.staffNumber || !parseGlobalId(school?.id, 'School')) {
        throw forbidden('This teacher is outside your scope.');
      }
      return Object.assign(new Teacher(), ref);
    },
  },
};

@Resolver(() => Teacher)
export class TeacherTrainingResolver {
  @FieldResolver(() => TrainingProgress, { nullable: true, description: '培训进度: the teacher themself, their school admin, the district admin.' })
  @Directive('@requires(fields: "staffNumber school { id }")')
  async training(@Root() teacher: Teacher, @Ctx() ctx: DistrictContext): Promise<TrainingProgress | null> {
    const schoolId = fromGlobalId(teacher.school.id, 'School');
    return (await ctx.loaders.trainingByTeacher.load(`${schoolId}\u0000${teacher.staffNumber}`))?.progress ?? null;
  }
}

@Resolver()
export class TrainingResolver {
  private service(ctx: DistrictContext) {
    return new TrainingService(ctx.dataSource, ctx.principal);
  }

  @Query(() => [TrainingCourse], { description: 'The district’s training catalogue.' })
  trainingCourses(@Ctx() ctx: DistrictContext): Promise<TrainingCourse[]> {
    return this.service(ctx).courses();
  }

  @Mutation(() => TrainingCoursePayload, { description: 'District admin: add a course (区本, or 校本 with a school).' })
  addTrainingCourse(@Arg('input') input: AddTrainingCourseInput, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () => ({ course: await this.service(ctx).addCourse({ ...input, schoolId: input.schoolId ? fromGlobalId(input.schoolId, 'School', 'schoolId') : null }) }));
  }

  @Mutation(() => TrainingCompletionPayload, { description: 'District admin: record a teacher’s completion.' })
  recordTrainingCompletion(@Arg('input') input: RecordTrainingCompletionInput, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () => ({
      completion: await this.service(ctx).record({ ...input, schoolId: fromGlobalId(input.schoolId, 'School', 'schoolId'), courseId: fromGlobalId(input.courseId, 'TrainingCourse', 'courseId') }),
    }));
  }

  @Mutation(() => TrainingImportPayload, { description: 'District admin: completions from a file (学校代码, 工号, 课程, 完成日期, [学时], 是否合格); a dry run unless confirm, all rows or none.' })
  importTrainingCompletions(@Arg('format', () => ExportFormat) format: ExportFormat, @Arg('fileBase64') fileBase64: string, @Arg('confirm', () => Boolean, { defaultValue: false }) confirm: boolean, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () => this.service(ctx).importCompletions({ format, content: Buffer.from(fileBase64, 'base64'), confirm }))
      .then((p) => ({ recorded: 0, rowErrors: [], applied: false, ...p }));
  }
}

