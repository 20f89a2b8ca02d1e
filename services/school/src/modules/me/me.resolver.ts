import { forbidden, isSchoolStaff } from '@mentorship/auth';
import { PageArgs, paginateListForClient } from '@mentorship/graphql';
import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { AttentionCategory } from '../archive/archive.enums';
import { ConsultationTaskConnection } from '../consultation/consultation.resolver';
import { PendingTask } from '../records/records.types';
import { StudentConnection } from '../roster/connections';
import { Teacher } from '../roster/teacher.entity';

/** The signed-in teacher's own workspace: mentees, what is still owed, tasks. */
@ObjectType({ description: 'The signed-in teacher’s own work as a mentor.' })
export class Me {
  teacherId: string;
}

@Resolver(() => Me)
export class MeResolver {
  @Query(() => Me, { description: 'Teachers: your own mentees and to-do list.' })
  me(@Ctx() ctx: SchoolContext): Me {
    if (!isSchoolStaff(ctx.principal)) throw forbidden();
    return Object.assign(new Me(), { teacherId: ctx.principal.personId });
  }

  @FieldResolver(() => Teacher, { nullable: true })
  teacher(@Root() me: Me, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(me.teacherId);
  }

  @FieldResolver(() => StudentConnection, {
    description: 'Your current mentees (lead and supporting), by student number; filter by attention category.',
  })
  async mentees(
    @Root() me: Me,
    @Args() page: PageArgs,
    @Arg('category', () => AttentionCategory, { nullable: true }) category: AttentionCategory | null,
    @Ctx() ctx: SchoolContext,
  ) {
    const { page: mentees, classrooms } = await ctx.services.roster.menteesOf(me.teacherId, page, category);
    // Read with the page, in its statement: the nodes' `classroom` (and any `student` load) need not ask again.
    for (const s of mentees.nodes) ctx.loaders.studentById.prime(s.id, s);
    for (const c of classrooms) ctx.loaders.classroomById.prime(c.id, c);
    return new StudentConnection(mentees);
  }

  @FieldResolver(() => [PendingTask], {
    description: 'What your lead mentees still lack this term (三个一) and this month, by the school’s rules.',
  })
  async pendingTasks(@Root() _me: Me, @Ctx() ctx: SchoolContext): Promise<PendingTask[]> {
    const duties = await ctx.services.records.pendingDuties();
    // Each duty comes with its mentee's directory facts: no second statement for `student`.
    for (const d of duties) ctx.loaders.studentById.prime(d.studentId, d.student);
    return duties.map((d) => Object.assign(new PendingTask(), d));
  }

  @FieldResolver(() => ConsultationTaskConnection, {
    description: 'Follow-up tasks from consultations that you own, open first, by due date.',
  })
  async consultationTasks(@Root() _me: Me, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const tasks = await ctx.services.consultations.myTasks();
    return new ConsultationTaskConnection(await paginateListForClient(tasks, page, (t) => t.id));
  }
}
