import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Classroom } from './classroom.entity';
import { SchoolTenant } from './school-tenant.entity';
import { Teacher } from './teacher.entity';

@Entity('teaching_assignment')
@Index(['teacherId', 'classroomId', 'subject'], { unique: true })
@ObjectType({ description: '任课: a teacher teaches a subject in a classroom.' })
export class TeachingAssignment {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Index() @Column('uuid', { name: 'teacher_id' }) teacherId: string;
  @Index() @Column('uuid', { name: 'classroom_id' }) classroomId: string;
  @Field() @Column() subject: string;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Teacher, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id' })
  private teacher?: Teacher;
  @ManyToOne(() => Classroom, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'classroom_id' })
  private classroom?: Classroom;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('TeachingAssignment', this.id);
  }
}
