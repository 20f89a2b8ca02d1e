import {
  connectionOf,
  fromGlobalId,
  PageArgs,
  paginateListForClient,
  UserError,
  withUserErrors,
} from '@mentorship/graphql';
import { ArrayMaxSize } from 'class-validator';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Classroom } from '../roster/classroom.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { CaseConsultation, ConsultationDecision, ConsultationTask } from './case-consultation.entity';

export const { Connection: CaseConsultationConnection } = connectionOf(CaseConsultation);
export const { Connection: ConsultationTaskConnection } = connectionOf(ConsultationTask);
export const { Connection: ConsultationDecisionConnection } = connectionOf(ConsultationDecision);

@InputType()
export class ConsultationDecisionInput {
  @Field(() => ID) studentId: string;
  @Field() decision: string;
}

@InputType()
export class ConsultationTaskInput {
  @Field() description: string;
  @Field(() => ID) ownerId: string;
  @Field(() => ID, { nullable: true }) studentId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn?: string | null;
}

@InputType()
export class RecordCaseConsultationInput {
  @Field(() => ID) classroomId: string;
  @Field({ description: 'YYYY-MM-DD' }) heldOn: string;
  @Field(() => [ID], { description: 'Mentors present.' }) @ArrayMaxSize(60) attendeeIds: string[];
  @Field(() => [ConsultationDecisionInput]) @ArrayMaxSize(60) decisions: ConsultationDecisionInput[];
  @Field(() => [ConsultationTaskInput]) @ArrayMaxSize(60) tasks: ConsultationTaskInput[];
  @Field(() => String, {
    nullable: true,
    description: 'A UUID per consultation form: a retried request returns the consultation already recorded.',
  })
  idempotencyKey?: string | null;
}

@ObjectType()
export class CaseConsultationPayload {
  @Field(() => CaseConsultation, { nullable: true }) consultation: CaseConsultation | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class ConsultationTaskPayload {
  @Field(() => ConsultationTask, { nullable: true }) task: ConsultationTask | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@Resolver(() => Student)
export class StudentConsultationResolver {
  @FieldResolver(() => ConsultationDecisionConnection, {
    description: '学情会商 decisions about the student, newest meeting first: only the student’s current mentors.',
  })
  async consultationNotes(@Root() student: Student, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    ctx.accessLog.read(student.id, 'consultationNotes');
    const notes = await ctx.loaders.consultationDecisionsByStudent.load(student.id);
    return new ConsultationDecisionConnection(await paginateListForClient(notes, page, (d) => d.consultationId));
  }
}

@Resolver(() => CaseConsultation)
export class CaseConsultationResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.consultations;
  }

  @FieldResolver(() => Classroom, { nullable: true })
  classroom(@Root() c: CaseConsultation, @Ctx() ctx: SchoolContext): Promise<Classroom | null> {
    return ctx.loaders.classroomById.load(c.classroomId);
  }

  @FieldResolver(() => [Teacher])
  async attendees(@Root() c: CaseConsultation, @Ctx() ctx: SchoolContext): Promise<Teacher[]> {
    return (await ctx.loaders.teacherById.loadMany(c.attendeeIds)).filter((t): t is Teacher => t instanceof Teacher);
  }

  @FieldResolver(() => [ConsultationDecision], { description: 'The head teacher who recorded it reads all decisions.' })
  async decisions(@Root() c: CaseConsultation, @Ctx() ctx: SchoolContext): Promise<ConsultationDecision[]> {
    const decisions = await ctx.loaders.decisionsByConsultation.load(c.id);
    decisions.forEach((d) => ctx.accessLog.readSealed(d.studentId, 'consultation.decision'));
    // The recorder's own notes: the decision rule lets the head teacher who wrote them read them back.
    return decisions.map((d) => Object.assign(d, { recordedBy: c.recordedBy }));
  }

  @FieldResolver(() => [ConsultationTask])
  tasks(@Root() c: CaseConsultation, @Ctx() ctx: SchoolContext): Promise<ConsultationTask[]> {
    return ctx.loaders.tasksByConsultation.load(c.id);
  }

  @Query(() => CaseConsultationConnection, { description: 'Head teacher: your class’s consultations, newest first.' })
  async caseConsultations(
    @Arg('classroomId', () => ID) classroomId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: SchoolContext,
  ) {
    const consultations = await this.service(ctx).forClassroom(fromGlobalId(classroomId, 'Classroom', 'classroomId'));
    return new CaseConsultationConnection(await paginateListForClient(consultations, page, (c) => c.id));
  }

  @Mutation(() => CaseConsultationPayload, {
    description: 'Head teacher: record a weekly consultation (学情会商) of your class.',
  })
  recordCaseConsultation(@Arg('input') input: RecordCaseConsultationInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      consultation: await this.service(ctx).record({
        classroomId: fromGlobalId(input.classroomId, 'Classroom', 'classroomId'),
        heldOn: input.heldOn,
        attendeeIds: input.attendeeIds.map((id, i) => fromGlobalId(id, 'Teacher', `attendeeIds[${i}]`)),
        decisions: input.decisions.map((d, i) => ({
          studentId: fromGlobalId(d.studentId, 'Student', `decisions[${i}].studentId`),
          decision: d.decision,
        })),
        tasks: input.tasks.map((t, i) => ({
          description: t.description,
          ownerId: fromGlobalId(t.ownerId, 'Teacher', `tasks[${i}].ownerId`),
          studentId: t.studentId ? fromGlobalId(t.studentId, 'Student', `tasks[${i}].studentId`) : null,
          dueOn: t.dueOn ?? null,
        })),
        idempotencyKey: input.idempotencyKey ?? null,
      }),
    }));
  }

  @Mutation(() => ConsultationTaskPayload, { description: 'Owner: mark a follow-up task done.' })
  completeConsultationTask(@Arg('taskId', () => ID) taskId: string, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      task: await this.service(ctx).completeTask(fromGlobalId(taskId, 'ConsultationTask', 'taskId')),
    }));
  }
}

@Resolver(() => ConsultationDecision)
export class ConsultationDecisionResolver {
  @FieldResolver(() => Student, { nullable: true })
  student(@Root() d: ConsultationDecision, @Ctx() ctx: SchoolContext): Promise<Student | null> {
    return ctx.loaders.studentById.load(d.studentId);
  }
}

@Resolver(() => ConsultationTask)
export class ConsultationTaskResolver {
  @FieldResolver(() => Teacher, { nullable: true })
  owner(@Root() t: ConsultationTask, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(t.ownerId);
  }

  @FieldResolver(() => Student, { nullable: true })
  student(@Root() t: ConsultationTask, @Ctx() ctx: SchoolContext): Promise<Student | null> | null {
    return t.studentId ? ctx.loaders.studentById.load(t.studentId) : null;
  }
}
