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
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';

import type { SchoolContext } from '../../context';
import { MentorStatus, Teacher } from '../roster/teacher.entity';
import { MentorStatusChange } from './mentor-status-change.entity';

@InputType()
export class TakeOutOfMentoringInput {
  @Field(() => ID) teacherId: string;
  @Field() reason: string;
  @Field(() => ID, { nullable: true, description: 'Who takes over the mentees (继任); required when there are any.' })
  successorId?: string | null;
}

@ObjectType()
export class MentorStatusPayload {
  @Field(() => Teacher, { nullable: true }) teacher: Teacher | null;
  @Field(() => Int, { description: 'Mentees handed to the successor.' }) handedOver: number;
  @Field(() => [UserError]) userErrors: UserError[];
}

export const { Connection: MentorStatusChangeConnection } = connectionOf(MentorStatusChange);

const teacherId = (id: string) => fromGlobalId(id, 'Teacher', 'teacherId');

@Resolver(() => Teacher)
export class CertificationResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.certification;
  }

  @FieldResolver(() => MentorStatusChangeConnection, {
    description: 'How the teacher’s mentor status changed, oldest first (school admin).',
  })
  async statusHistory(@Root() teacher: Teacher, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const history = await this.service(ctx).history(teacher.id);
    return new MentorStatusChangeConnection(await paginateListForClient(history, page, (c) => c.id));
  }

  @Mutation(() => MentorStatusPayload, {
    description: 'School admin: start (or restart, to requalify) a teacher’s trial period as a mentor (试用期).',
  })
  startMentorTrial(
    @Arg('teacherId', () => ID) id: string,
    @Arg('on', () => String, { nullable: true }) on: string | null,
    @Ctx() ctx: SchoolContext,
  ) {
    return withUserErrors(async () => ({ teacher: await this.service(ctx).startTrial(teacherId(id), on) })).then(
      (p) => ({ handedOver: 0, ...p }),
    );
  }

  @Mutation(() => MentorStatusPayload, {
    description: 'School admin: certify a trainee (颁发聘书) once the required training and the trial period are done.',
  })
  certifyMentor(
    @Arg('teacherId', () => ID) id: string,
    @Arg('on', () => String, { nullable: true }) on: string | null,
    @Ctx() ctx: SchoolContext,
  ) {
    return withUserErrors(async () => ({ teacher: await this.service(ctx).certify(teacherId(id), on) })).then((p) => ({
      handedOver: 0,
      ...p,
    }));
  }

  @Mutation(() => MentorStatusPayload, {
    description: 'School admin: mark a teacher not yet suitable (暂时不适合); their mentees go to a successor.',
  })
  markNotSuitable(@Arg('input') input: TakeOutOfMentoringInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () =>
      this.service(ctx).takeOut(
        teacherId(input.teacherId),
        MentorStatus.NOT_SUITABLE,
        input.reason,
        input.successorId ? fromGlobalId(input.successorId, 'Teacher', 'successorId') : null,
      ),
    ).then((p) => ({ handedOver: 0, ...p }));
  }

  @Mutation(() => MentorStatusPayload, {
    description: 'School admin: suspend a mentor who fails their duties; their mentees go to a successor.',
  })
  suspendMentor(@Arg('input') input: TakeOutOfMentoringInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () =>
      this.service(ctx).takeOut(
        teacherId(input.teacherId),
        MentorStatus.SUSPENDED,
        input.reason,
        input.successorId ? fromGlobalId(input.successorId, 'Teacher', 'successorId') : null,
      ),
    ).then((p) => ({ handedOver: 0, ...p }));
  }
}
