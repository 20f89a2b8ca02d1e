import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '@mentorship/graphql';

@Entity('teaching_assignment')
@Index(['teacherId', 'classroomId', 'subject'], { unique: true })
@ObjectType({ description: '任课: a teacher teaches a subject in a classroom.' })
export class TeachingAssignment {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Index() @Column('uuid', { name: 'teacher_id' }) teacherId: string;
  @Index() @Column('uuid', { name: 'classroom_id' }) classroomId: string;
  @Field() @Column() subject: string;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('TeachingAssignment', this.id);
  }
}
