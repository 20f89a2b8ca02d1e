import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SchoolTenant } from './school-tenant.entity';

@Check('grade_level_range', 'level BETWEEN 1 AND 12')
@Entity('grade')
@Index(['schoolId', 'level'], { unique: true })
@ObjectType({ description: '年级: a grade of a school.' })
export class Grade {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field(() => Int, { description: '1–12' }) @Column('smallint') level: number;
  @Field() @Column() name: string;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Grade', this.id);
  }
}
