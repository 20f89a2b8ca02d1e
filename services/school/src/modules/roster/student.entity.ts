import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Classroom } from './classroom.entity';
import { Gender } from './gender';
import { SchoolTenant } from './school-tenant.entity';

/** Directory facts only; personal data (growth archive etc.) lives elsewhere, behind the mentor wall. */
@Check('student_gender', "gender IN ('MALE', 'FEMALE')")
@Entity('student')
@Index(['schoolId', 'studentNumber'], { unique: true })
// Live figures count enrolled students per school; a partial index keeps that an index-only scan.
@Index('student_enrolled_by_school', ['schoolId'], { where: 'left_on IS NULL' })
@Index('student_left', ['id'], { where: 'left_on IS NOT NULL' })
@ObjectType({ description: '学生: directory facts about a student.' })
export class Student {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Index() @Column('uuid', { name: 'classroom_id' }) classroomId: string;
  @Field() @Column({ name: 'student_number' }) studentNumber: string;
  @Field() @Column() name: string;
  @Field(() => Gender) @Column({ type: 'varchar', length: 6 }) gender: Gender;
  /** Set when the student transfers out or graduates. */
  @Column('date', { name: 'left_on', nullable: true }) leftOn: string | null;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Classroom, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'classroom_id' })
  private classroom?: Classroom;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Student', this.id);
  }
}
