import { PageArgs } from '@mentorship/graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Classroom } from './classroom.entity';
import { StudentConnection } from './connections';
import { Grade } from './grade.entity';
import { Teacher } from './teacher.entity';
import { TeachingAssignment } from './teaching-assignment.entity';

@Resolver(() => Classroom)
export class ClassroomResolver {
  @FieldResolver(() => Grade)
  async grade(@Root() classroom: Classroom, @Ctx() ctx: SchoolContext): Promise<Grade | null> {
    return ctx.loaders.gradeById.load(classroom.gradeId);
  }

  @FieldResolver(() => Teacher, { nullable: true, description: '班主任' })
  async headTeacher(@Root() classroom: Classroom, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return classroom.headTeacherId ? ctx.loaders.teacherById.load(classroom.headTeacherId) : null;
  }

  @FieldResolver(() => [TeachingAssignment])
  teachingAssignments(@Root() classroom: Classroom, @Ctx() ctx: SchoolContext): Promise<TeachingAssignment[]> {
    return ctx.loaders.assignmentsByClassroom.load(classroom.id);
  }

  @FieldResolver(() => StudentConnection)
  async students(@Root() classroom: Classroom, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    return new StudentConnection(
      await ctx.services.roster.students(classroom.schoolId, page, { classroomId: classroom.id }),
    );
  }
}
