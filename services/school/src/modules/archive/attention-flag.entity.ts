import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';
import { Student } from '../roster/student.entity';
import { AttentionCategory } from './archive.enums';

/** A student's attention category, with who set it and when. Personal data: mentors only. */
@Entity('attention_flag')
@ObjectType({ description: 'An attention category on a student, with who set it and when.' })
export class AttentionFlag {
  @PrimaryColumn('uuid', { name: 'student_id' }) studentId: string;
  @Field(() => AttentionCategory) @PrimaryColumn({ type: 'varchar', length: 24 }) category: AttentionCategory;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'set_by' }) setBy: string;
  @Field() @Column('timestamptz', { name: 'set_at' }) setAt: Date;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Student, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  private student?: Student;
}
