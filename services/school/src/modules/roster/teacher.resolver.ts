import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchoolContext } from '../../context';
import { Mentorship } from '../mentorship/mentorship.entity';
import { Teacher } from './teacher.entity';
import { TeachingAssignment } from './teaching-assignment.entity';

@Resolver(() => Teacher)
export class TeacherResolver {
  @FieldResolver(() => [TeachingAssignment], { description: '任课' })
  teachingAssignments(@Root() teacher: Teacher, @Ctx() ctx: SchoolContext): Promise<TeachingAssignment[]> {
    return ctx.loaders.assignmentsByTeacher.load(teacher.id);
  }

  @FieldResolver(() => [Mentorship], { description: 'Active pairings where this teacher is a mentor.' })
  mentees(@Root() teacher: Teacher, @Ctx() ctx: SchoolContext): Promise<Mentorship[]> {
    return ctx.loaders.activeMentorshipsByMentor.load(teacher.id);
  }
}
