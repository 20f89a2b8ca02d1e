import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Grade } from './grade.entity';
import { SchoolTenant } from './school-tenant.entity';
import { Teacher } from './teacher.entity';

@Entity('classroom')
@Index(['schoolId', 'gradeId', 'name'], { unique: true })
@ObjectType({ description: '班级: a class of students within a grade.' })
export class Classroom {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Index() @Column('uuid', { name: 'grade_id' }) gradeId: string;
  @Field() @Column() name: string;
  @Column('uuid', { name: 'head_teacher_id', nullable: true }) headTeacherId: string | null;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Grade, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grade_id' })
  private grade?: Grade;
  @ManyToOne(() => Teacher, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'head_teacher_id' })
  private headTeacher?: Teacher;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Classroom', this.id);
  }
}
