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
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { School } from '../school/school.type';
import { AccessAction } from './access-log.entity';
import type { AccessLogService } from './access-log.service';

@ObjectType({
  description: 'One reader on one day: how much personal data they touched. Never which students or which data.',
})
export class AccessLogDay {
  @Field({ description: 'YYYY-MM-DD, China time.' }) day: string;
  actorId: string;
  @Field({ description: 'The role the reader acted in.' }) readerRole: string;
  @Field(() => Int, { description: 'Distinct students whose personal data they read or wrote.' })
  studentsTouched: number;
  @Field(() => Int, { description: 'Requests that read personal data.' }) readRequests: number;
  @Field(() => Int, { description: 'Requests that wrote personal data.' }) writeRequests: number;
  @Field(() => [String], { description: 'Where from: the client addresses the gateway saw.' }) origins: string[];
}

@ObjectType({
  description:
    'In a review: one reader, one student, one hour. Accesses that would tell which students have crisis alerts, ' +
    'categories or consultation decisions are counted in `days`, never listed.',
})
export class AccessReviewEntry {
  @Field({ description: 'The hour (not the minute: the order of reads is not shown).' }) hour: Date;
  actorId: string;
  studentId: string;
  @Field() readerRole: string;
  @Field(() => AccessAction) action: AccessAction;
  @Field(() => [String], { description: 'Which kinds of data, e.g. archive, records; never contents.' })
  fields: string[];
  @Field(() => Int, { description: 'Requests in that hour.' }) requests: number;
}

@ObjectType({ description: 'An explicit review of the access trail by a school admin: itself on record.' })
export class AccessReviewNotice {
  @Field(() => ID) id: string;
  @Field({ description: 'Why it was opened (school admins only).' }) reason: string;
  readerId: string | null;
  openedBy: string;
  @Field() from: Date;
  @Field() to: Date;
  @Field() openedAt: Date;
}

export const { Connection: AccessReviewNoticeConnection } = connectionOf(AccessReviewNotice);

@ObjectType()
export class AccessReview extends AccessReviewNotice {
  @Field(() => [AccessLogDay], { description: 'Per reader and day, everything counted (as in accessLogSummary).' })
  days: AccessLogDay[];
  @Field(() => [AccessReviewEntry], { description: 'Newest hour first.' }) entries: AccessReviewEntry[];
  @Field({ description: 'More than 1,000 entries: narrow the period or name a reader.' }) truncated: boolean;
}

@ObjectType()
export class AccessReviewPayload {
  @Field(() => AccessReview, { nullable: true }) review: AccessReview | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType()
export class OpenAccessReviewInput {
  @Field({ description: 'Why (kept with the review, shown to the school’s admins).' }) reason: string;
  @Field(() => ID, { nullable: true, description: 'Whose trail; every reader when left out.' }) readerId?:
    string | null;
  @Field() from: Date;
  @Field({ description: 'At most 31 days after `from`.' }) to: Date;
}

@ObjectType({ description: 'Who accessed your (or your child’s) personal data, by day.' })
export class OwnDataAccessEntry {
  @Field({ description: 'YYYY-MM-DD, China time.' }) day: string;
  @Field() readerName: string;
  @Field() readerRole: string;
  @Field(() => AccessAction) action: AccessAction;
}

export const { Connection: OwnDataAccessEntryConnection } = connectionOf(OwnDataAccessEntry);
export const { Connection: AccessLogDayConnection } = connectionOf(AccessLogDay);

const service = (ctx: SchoolContext): AccessLogService => ctx.services.accessLogs;
const teacher = (ctx: SchoolContext, id: string | null): Promise<Teacher | null> | null =>
  id ? ctx.loaders.teacherById.load(id) : null;

/** The audit trail, as each role may see it (PRIVACY.md, "The access log"). */
@Resolver()
export class AccessLogResolver {
  @Query(() => AccessLogDayConnection, {
    description:
      'School admin: per reader and day, how many students and requests (default: the last 30 days), ' +
      'newest day first.',
  })
  async accessLogSummary(
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Arg('readerId', () => ID, { nullable: true }) readerId: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: SchoolContext,
  ) {
    const days = (
      await service(ctx).summary({ from, to }, readerId ? fromGlobalId(readerId, 'Teacher', 'readerId') : null)
    ).map((d) => Object.assign(new AccessLogDay(), { ...d, readerRole: d.actorRole }));
    const key = (d: AccessLogDay) => [d.day, d.actorId, d.readerRole].join('\n');
    return new AccessLogDayConnection(await paginateListForClient(days, page, key));
  }

  @Mutation(() => AccessReviewPayload, {
    description:
      'School admin: open the trail of a period (and reader), with a reason. The review is recorded and visible to ' +
      'the school’s admins and the district.',
  })
  openAccessReview(@Arg('input') input: OpenAccessReviewInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      const { review, days, entries, truncated } = await service(ctx).openReview({
        ...input,
        readerId: input.readerId ? fromGlobalId(input.readerId, 'Teacher', 'readerId') : null,
      });
      return {
        review: Object.assign(new AccessReview(), review, {
          days: days.map((d) => Object.assign(new AccessLogDay(), { ...d, readerRole: d.actorRole })),
          entries: entries.map((e) => Object.assign(new AccessReviewEntry(), { ...e, readerRole: e.actorRole })),
          truncated,
        }),
      };
    });
  }

  @Query(() => OwnDataAccessEntryConnection, {
    description: 'Student or guardian: who accessed the student’s personal data in the last year, by day.',
  })
  async myDataAccess(@Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const entries = (await service(ctx).ownDataAccess()).map((e) => Object.assign(new OwnDataAccessEntry(), e));
    const key = (e: OwnDataAccessEntry) => [e.day, e.readerName, e.readerRole, e.action].join('\n');
    return new OwnDataAccessEntryConnection(await paginateListForClient(entries, page, key));
  }
}

@Resolver(() => AccessLogDay)
export class AccessLogDayResolver {
  @FieldResolver(() => Teacher, { nullable: true })
  reader(@Root() d: AccessLogDay, @Ctx() ctx: SchoolContext) {
    return teacher(ctx, d.actorId);
  }
}

@Resolver(() => AccessReviewEntry)
export class AccessReviewEntryResolver {
  @FieldResolver(() => Teacher, { nullable: true })
  reader(@Root() e: AccessReviewEntry, @Ctx() ctx: SchoolContext) {
    return teacher(ctx, e.actorId);
  }

  @FieldResolver(() => Student, { nullable: true })
  student(@Root() e: AccessReviewEntry, @Ctx() ctx: SchoolContext) {
    return ctx.loaders.studentById.load(e.studentId);
  }
}

@Resolver(() => AccessReviewNotice)
export class AccessReviewNoticeResolver {
  @FieldResolver(() => Teacher, { nullable: true, description: 'The admin who opened it.' })
  openedBy(@Root() r: AccessReviewNotice, @Ctx() ctx: SchoolContext) {
    return teacher(ctx, r.openedBy);
  }

  @FieldResolver(() => Teacher, { nullable: true, description: 'Whose trail; null: every reader.' })
  reader(@Root() r: AccessReviewNotice, @Ctx() ctx: SchoolContext) {
    return teacher(ctx, r.readerId);
  }
}

/** The same two links on the review as opened (type-graphql does not carry field resolvers to a subclass). */
@Resolver(() => AccessReview)
export class AccessReviewResolver {
  @FieldResolver(() => Teacher, { nullable: true, description: 'The admin who opened it.' })
  openedBy(@Root() r: AccessReview, @Ctx() ctx: SchoolContext) {
    return teacher(ctx, r.openedBy);
  }

  @FieldResolver(() => Teacher, { nullable: true, description: 'Whose trail; null: every reader.' })
  reader(@Root() r: AccessReview, @Ctx() ctx: SchoolContext) {
    return teacher(ctx, r.readerId);
  }
}

@Resolver(() => School)
export class SchoolAccessReviewsResolver {
  @FieldResolver(() => AccessReviewNoticeConnection, {
    description:
      'Reviews of the access trail opened in the school, newest first: its admins and the district see who looked, ' +
      'when and at whom.',
  })
  async accessReviews(@Root() school: School, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const reviews = (await service(ctx).reviews(school.uuid)).map((r) => Object.assign(new AccessReviewNotice(), r));
    return new AccessReviewNoticeConnection(await paginateListForClient(reviews, page, (r) => r.id));
  }
}
