import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Mentorship } from '../mentorship/mentorship.entity';
import { School } from '../school/school.type';
import { Teacher } from './teacher.entity';
import { TeachingAssignment } from './teaching-assignment.entity';

@Resolver(() => Teacher)
export class TeacherResolver {
  @FieldResolver(() => [TeachingAssignment], { description: '任课' })
  teachingAssignments(@Root() teacher: Teacher, @Ctx() ctx: SchoolContext): Promise<TeachingAssignment[]> {
    return ctx.loaders.assignmentsByTeacher.load(teacher.id);
  }

  @FieldResolver(() => School, {
    description: 'The teacher’s school (the district subgraph adds name, stage, training figures).',
  })
  school(@Root() teacher: Teacher): School {
    return Object.assign(new School(), { uuid: teacher.schoolId });
  }

  @FieldResolver(() => [Mentorship], { description: 'Active pairings where this teacher is a mentor.' })
  mentees(@Root() teacher: Teacher, @Ctx() ctx: SchoolContext): Promise<Mentorship[]> {
    return ctx.loaders.activeMentorshipsByMentor.load(teacher.id);
  }
}
