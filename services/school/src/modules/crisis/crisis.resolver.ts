import {
  connectionOf,
  fromGlobalId,
  PageArgs,
  paginateListForClient,
  UserError,
  withUserErrors,
} from '@mentorship/graphql';
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
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { isOverdue } from './crisis.service';
import { CrisisAlert, CrisisAlertEvent, CrisisLevel, CrisisStatus } from './crisis-alert.entity';

export const { Connection: CrisisAlertConnection } = connectionOf(CrisisAlert);
export const { Connection: StudentCrisisAlertConnection } = connectionOf(CrisisAlert, 'StudentCrisisAlert');

@InputType()
export class RaiseCrisisAlertInput {
  @Field(() => ID) studentId: string;
  @Field(() => CrisisLevel) level: CrisisLevel;
  @Field({ description: 'Short: what you saw. Details go to the crisis team in person.' }) description: string;
  @Field({ description: 'A UUID per alert: a retried request does not raise a second alert.' }) idempotencyKey: string;
}

@InputType()
export class AdvanceCrisisAlertInput {
  @Field(() => ID) alertId: string;
  @Field(() => CrisisStatus) status: CrisisStatus;
  @Field(() => String, { nullable: true, description: 'REFERRED: to whom (e.g. 区未成年人心理健康辅导中心).' })
  referredTo?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType()
export class CrisisAlertPayload {
  @Field(() => CrisisAlert, { nullable: true }) alert: CrisisAlert | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@Resolver(() => Student)
export class StudentCrisisResolver {
  @FieldResolver(() => StudentCrisisAlertConnection, {
    description: 'Crisis alerts about the student over their years, newest first: only the student’s current mentors.',
  })
  async crisisAlerts(@Root() student: Student, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    ctx.accessLog.read(student.id, 'crisisAlerts');
    const alerts = await ctx.loaders.crisisAlertsByStudent.load(student.id);
    return new StudentCrisisAlertConnection(await paginateListForClient(alerts, page, (a) => a.id));
  }
}

@Resolver(() => CrisisAlert)
export class CrisisAlertResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.crisis;
  }

  @FieldResolver(() => Boolean, { description: 'Not picked up within the school’s pick-up time (default 24 h).' })
  async overdue(@Root() alert: CrisisAlert, @Ctx() ctx: SchoolContext): Promise<boolean> {
    return isOverdue(
      alert,
      (await ctx.loaders.crisisPickupHours.load(alert.schoolId))?.crisis_pickup_hours ?? 24,
      ctx.now(),
    );
  }

  @FieldResolver(() => String, { description: 'Crisis team and the student’s mentors only.' })
  description(@Root() alert: CrisisAlert, @Ctx() ctx: SchoolContext): string {
    ctx.accessLog.readSealed(alert.studentId, 'crisisAlert.description');
    return alert.description;
  }

  @FieldResolver(() => Student, { nullable: true, description: 'Crisis team and the student’s mentors only.' })
  student(@Root() alert: CrisisAlert, @Ctx() ctx: SchoolContext): Promise<Student | null> {
    ctx.accessLog.readSealed(alert.studentId, 'crisisAlert.student');
    return ctx.loaders.studentById.load(alert.studentId);
  }

  @FieldResolver(() => Teacher, { nullable: true })
  raisedBy(@Root() alert: CrisisAlert, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(alert.raisedBy);
  }

  @FieldResolver(() => [CrisisAlertEvent], { description: 'Each step: who and when.' })
  history(@Root() alert: CrisisAlert, @Ctx() ctx: SchoolContext): Promise<CrisisAlertEvent[]> {
    return ctx.loaders.crisisEventsByAlert.load(alert.id);
  }

  @Query(() => CrisisAlertConnection, {
    description:
      'School admin (existence, level, status) and crisis team (everything): the school’s alerts, ' +
      'open first, newest first.',
  })
  async crisisAlerts(
    @Arg('status', () => CrisisStatus, { nullable: true }) status: CrisisStatus | null,
    @Arg('overdueOnly', () => Boolean, { nullable: true }) overdueOnly: boolean | null,
    @Args() page: PageArgs,
    @Ctx() ctx: SchoolContext,
  ) {
    const { alerts } = await this.service(ctx).list({ status, overdueOnly });
    return new CrisisAlertConnection(await paginateListForClient(alerts, page, (a) => a.id));
  }

  @Mutation(() => CrisisAlertPayload, { description: 'Mentor: raise a crisis alert about a mentee (危机上报).' })
  raiseCrisisAlert(@Arg('input') input: RaiseCrisisAlertInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      alert: await this.service(ctx).raise({
        ...input,
        studentId: fromGlobalId(input.studentId, 'Student', 'studentId'),
      }),
    }));
  }

  @Mutation(() => CrisisAlertPayload, { description: 'Crisis team: move an alert to its next status.' })
  advanceCrisisAlert(@Arg('input') input: AdvanceCrisisAlertInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      alert: await this.service(ctx).advance({
        ...input,
        alertId: fromGlobalId(input.alertId, 'CrisisAlert', 'alertId'),
      }),
    }));
  }
}

@Resolver(() => CrisisAlertEvent)
export class CrisisAlertEventResolver {
  @FieldResolver(() => Teacher, { nullable: true })
  actor(@Root() event: CrisisAlertEvent, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(event.actorId);
  }
}
