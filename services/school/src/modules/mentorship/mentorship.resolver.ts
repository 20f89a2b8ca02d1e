import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { Mentorship } from './mentorship.entity';

@Resolver(() => Mentorship)
export class MentorshipResolver {
  @FieldResolver(() => Student)
  student(@Root() mentorship: Mentorship, @Ctx() ctx: SchoolContext): Promise<Student | null> {
    return ctx.loaders.studentById.load(mentorship.studentId);
  }

  @FieldResolver(() => Teacher)
  mentor(@Root() mentorship: Mentorship, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(mentorship.mentorId);
  }
}
