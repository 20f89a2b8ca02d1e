import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Classroom } from './classroom.entity';
import { Grade } from './grade.entity';

@Resolver(() => Grade)
export class GradeResolver {
  @FieldResolver(() => [Classroom])
  classrooms(@Root() grade: Grade, @Ctx() ctx: SchoolContext): Promise<Classroom[]> {
    return ctx.loaders.classroomsByGrade.load(grade.id);
  }
}
