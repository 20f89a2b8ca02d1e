import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Mentorship } from '../mentorship/mentorship.entity';
import { Classroom } from './classroom.entity';
import { Student } from './student.entity';

@Resolver(() => Student)
export class StudentResolver {
  @FieldResolver(() => Classroom)
  classroom(@Root() student: Student, @Ctx() ctx: SchoolContext): Promise<Classroom | null> {
    return ctx.loaders.classroomById.load(student.classroomId);
  }

  @FieldResolver(() => [Mentorship], { description: 'Who the mentors are: active pairings, LEAD first.' })
  mentors(@Root() student: Student, @Ctx() ctx: SchoolContext): Promise<Mentorship[]> {
    return ctx.loaders.activeMentorshipsByStudent.load(student.id);
  }
}
