import { fromGlobalId, PageArgs } from '@mentorship/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Classroom } from '../roster/classroom.entity';
import { StudentConnection, TeacherConnection } from '../roster/connections';
import { Grade } from '../roster/grade.entity';
import { School, SchoolStats } from './school.type';

@Resolver(() => School)
export class SchoolResolver {
  @FieldResolver(() => [Grade], { description: 'Grades, lowest level first.' })
  grades(@Root() school: School, @Ctx() ctx: SchoolContext): Promise<Grade[]> {
    return ctx.loaders.gradesBySchool.load(school.uuid);
  }

  @FieldResolver(() => [Classroom], { description: 'Classrooms, grade by grade.' })
  async classrooms(@Root() school: School, @Ctx() ctx: SchoolContext): Promise<Classroom[]> {
    const grades = await ctx.loaders.gradesBySchool.load(school.uuid);
    return (await ctx.loaders.classroomsByGrade.loadMany(grades.map((g) => g.id))).flatMap((c) =>
      c instanceof Error ? [] : c,
    );
  }

  @FieldResolver(() => TeacherConnection)
  async teachers(@Root() school: School, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    return new TeacherConnection(await ctx.services.roster.teachers(school.uuid, page));
  }

  @FieldResolver(() => StudentConnection, { description: 'Enrolled students, by student number.' })
  async students(
    @Root() school: School,
    @Args() page: PageArgs,
    @Arg('classroomId', () => ID, { nullable: true }) classroomId: string | undefined,
    @Ctx() ctx: SchoolContext,
  ) {
    const filter = { classroomId: classroomId ? fromGlobalId(classroomId, 'Classroom', 'classroomId') : undefined };
    return new StudentConnection(await ctx.services.roster.students(school.uuid, page, filter));
  }

  @FieldResolver(() => SchoolStats, { description: 'Live figures; batched across schools in one statement.' })
  async stats(@Root() school: School, @Ctx() ctx: SchoolContext): Promise<SchoolStats> {
    return (await ctx.loaders.statsBySchool.load(school.uuid))!;
  }
}
