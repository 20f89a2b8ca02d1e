import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Classroom } from './classroom.entity';
import { Teacher } from './teacher.entity';
import { TeachingAssignment } from './teaching-assignment.entity';

@Resolver(() => TeachingAssignment)
export class TeachingAssignmentResolver {
  @FieldResolver(() => Teacher)
  teacher(@Root() assignment: TeachingAssignment, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(assignment.teacherId);
  }

  @FieldResolver(() => Classroom)
  classroom(@Root() assignment: TeachingAssignment, @Ctx() ctx: SchoolContext): Promise<Classroom | null> {
    return ctx.loaders.classroomById.load(assignment.classroomId);
  }
}
