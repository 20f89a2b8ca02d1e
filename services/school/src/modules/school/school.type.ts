import { toGlobalId } from '@mentorship/graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** 学校, as this subgraph extends it: the district subgraph owns name, code and stage. */
@ObjectType()
@Directive('@key(fields: "id")')
export class School {
  /** Internal uuid; the API sees the global id. */
  uuid: string;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('School', this.uuid);
  }
}

@ObjectType({ description: 'Live roster and coverage figures of a school.' })
export class SchoolStats {
  @Field(() => Int, { description: 'Students currently enrolled.' }) students: number;
  @Field(() => Int, { description: 'Enrolled students with an active LEAD mentor (学生人人有导师).' })
  studentsWithLeadMentor: number;
  @Field(() => Int, { description: 'Teachers currently at the school.' }) teachers: number;
  @Field(() => Int, { description: 'Teachers with at least one active mentee (教师人人是导师).' })
  teachersMentoring: number;
  @Field(() => Int, { description: 'Largest number of active mentees of one mentor.' }) maxMenteesPerMentor: number;
  @Field(() => Int) grades: number;
  @Field(() => Int) classrooms: number;
}
