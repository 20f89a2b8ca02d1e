import { connectionOf, fromGlobalId, PageArgs, paginateListForClient, withUserErrors } from '@mentorship/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import type { Counts } from '../metrics/group-metrics';
import { Classroom } from '../roster/classroom.entity';
import { Grade } from '../roster/grade.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { DutyRule } from './duty-rule.entity';
import { MentorRecord } from './mentor-record.entity';
import {
  CreateMentorRecordInput,
  DutyCompletion,
  DutyRuleInput,
  DutyRulesPayload,
  MentorRecordPayload,
  TermDuties,
  WrittenFeedback,
  WrittenFeedbackConnection,
} from './records.types';
import { termKeyOrCurrent } from './term';

const termArg = (term: string | undefined | null, ctx: SchoolContext): string => termKeyOrCurrent(term, ctx.now());

/** The same counts the grade comparison uses (one computation per school and term), without the sensitive ones. */
function completion(term: string, c: Counts | undefined): DutyCompletion {
  return Object.assign(new DutyCompletion(), {
    term,
    students: c?.students ?? 0,
    homeVisitDone: c?.homeVisitDone ?? 0,
    talkDone: c?.talkDone ?? 0,
    writtenFeedbackDone: c?.writtenFeedbackDone ?? 0,
    allDone: c?.allDutiesDone ?? 0,
  });
}

@Resolver(() => Student)
export class StudentRecordsResolver {
  @FieldResolver(() => [MentorRecord], {
    description: 'Work records about the student, newest first: only the student’s current mentors.',
  })
  records(
    @Root() student: Student,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 100.' }) first: number,
    @Ctx() ctx: SchoolContext,
  ): Promise<MentorRecord[]> {
    ctx.accessLog.read(student.id, 'records');
    return ctx.loaders.recentRecordsByStudent(Math.max(1, Math.min(100, first))).load(student.id);
  }

  @FieldResolver(() => TermDuties, { description: '"三个一" this term (or the named term): done or not.' })
  async termDuties(
    @Root() student: Student,
    @Arg('term', () => String, { nullable: true }) term: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<TermDuties> {
    const key = termArg(term, ctx);
    const done = await ctx.loaders.termDutiesByStudent(key).load(student.id);
    return Object.assign(new TermDuties(), {
      term: key,
      homeVisit: false,
      talk: false,
      writtenFeedback: false,
      ...(done ?? {}),
    });
  }
}

@Resolver(() => Grade)
export class GradeDutiesResolver {
  @FieldResolver(() => DutyCompletion, { description: '"三个一" completion counts (never contents).' })
  async dutyCompletion(
    @Root() grade: Grade,
    @Arg('term', () => String, { nullable: true }) term: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<DutyCompletion> {
    const key = termArg(term, ctx);
    return completion(key, (await ctx.loaders.countsBySchool(key).load(grade.schoolId))?.grades.get(grade.id));
  }
}

@Resolver(() => Classroom)
export class ClassroomDutiesResolver {
  @FieldResolver(() => DutyCompletion, { description: '"三个一" completion counts (never contents).' })
  async dutyCompletion(
    @Root() classroom: Classroom,
    @Arg('term', () => String, { nullable: true }) term: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<DutyCompletion> {
    const key = termArg(term, ctx);
    return completion(
      key,
      (await ctx.loaders.countsBySchool(key).load(classroom.schoolId))?.classrooms.get(classroom.id),
    );
  }
}

@Resolver(() => MentorRecord)
export class MentorRecordResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.records;
  }

  @FieldResolver(() => Teacher, { nullable: true })
  author(@Root() record: MentorRecord, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(record.authorId);
  }

  @FieldResolver(() => [Student], { description: 'Who it is about (directory facts).' })
  async students(@Root() record: MentorRecord, @Ctx() ctx: SchoolContext): Promise<Student[]> {
    return (await ctx.loaders.studentById.loadMany(record.studentIds)).filter(
      (s): s is Student => s instanceof Student,
    );
  }

  @Mutation(() => MentorRecordPayload, {
    description: 'Mentor: record work with your mentees. Retry-safe with the same idempotency key.',
  })
  createMentorRecord(@Arg('input') input: CreateMentorRecordInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () =>
      this.service(ctx).create({
        ...input,
        studentIds: input.studentIds.map((s, i) => fromGlobalId(s, 'Student', `studentIds[${i}]`)),
      }),
    ).then((payload) => ({ replayed: false, ...payload }));
  }

  @Mutation(() => MentorRecordPayload, {
    description: 'Mentor: publish a 成长寄语 to the student and guardian (one per student per term).',
  })
  publishWrittenFeedback(@Arg('recordId', () => ID) recordId: string, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      record: await this.service(ctx).publishFeedback(fromGlobalId(recordId, 'MentorRecord', 'recordId')),
    })).then((payload) => ({ replayed: false, ...payload }));
  }

  @Query(() => WrittenFeedbackConnection, {
    description: 'Student or guardian: the published 成长寄语 over the student’s years, latest term first.',
  })
  async myFeedback(@Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const rows = await paginateListForClient(await this.service(ctx).publishedFeedback(), page, (r) => r.recordId);
    const mentors = await ctx.loaders.teacherById.loadMany(rows.nodes.map((r) => r.mentorId));
    const nodes = rows.nodes.map((r, i) => {
      const mentor = mentors[i];
      return Object.assign(new WrittenFeedback(), {
        term: r.term,
        content: r.content,
        publishedAt: r.publishedAt,
        mentorName: mentor && !(mentor instanceof Error) ? mentor.name : '',
      });
    });
    return new WrittenFeedbackConnection({ ...rows, nodes });
  }

  @Query(() => [DutyRule], { description: 'Your school’s duty frequency rules.' })
  dutyRules(@Ctx() ctx: SchoolContext): Promise<DutyRule[]> {
    return this.service(ctx).dutyRules(ctx.principal.schoolId!);
  }

  @Mutation(() => DutyRulesPayload, {
    description: 'School admin: set the duty frequency rules ("三个一" per term stay required).',
  })
  setDutyRules(@Arg('rules', () => [DutyRuleInput]) rules: DutyRuleInput[], @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({ rules: await this.service(ctx).setDutyRules(rules) }));
  }
}
