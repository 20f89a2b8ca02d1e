import { fromGlobalId, notFound } from '@mentorship/graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Classroom } from './classroom.entity';
import { Student } from './student.entity';
import { Teacher } from './teacher.entity';

/** Look-ups by id; an id outside the caller's school reads as not found, never as someone else's row. */
@Resolver()
export class RosterResolver {
  @Query(() => Student, { description: 'A student of your school (directory facts).' })
  async student(@Arg('id', () => ID) id: string, @Ctx() ctx: SchoolContext): Promise<Student> {
    return (await ctx.loaders.studentById.load(fromGlobalId(id, 'Student'))) ?? Promise.reject(notFound('Student'));
  }

  @Query(() => Teacher, { description: 'A teacher of your school, or of your district for district roles.' })
  async teacher(@Arg('id', () => ID) id: string, @Ctx() ctx: SchoolContext): Promise<Teacher> {
    return (await ctx.loaders.teacherById.load(fromGlobalId(id, 'Teacher'))) ?? Promise.reject(notFound('Teacher'));
  }

  @Query(() => Classroom)
  async classroom(@Arg('id', () => ID) id: string, @Ctx() ctx: SchoolContext): Promise<Classroom> {
    return (
      (await ctx.loaders.classroomById.load(fromGlobalId(id, 'Classroom'))) ?? Promise.reject(notFound('Classroom'))
    );
  }
}
