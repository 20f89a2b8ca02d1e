import { toGlobalId } from '@mentorship/graphql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { District } from './district.entity';
import { SchoolStage } from './school-stage';

/** 学校: the district's registry entry. The school subgraph extends it with roster and live figures. */
@Entity('school')
@Index(['districtId', 'code'], { unique: true })
@Check('school_stage', "stage IN ('PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL')")
@ObjectType({ description: '学校: a school of the district.' })
@Directive('@key(fields: "id")')
export class School {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'district_id' }) districtId: string;
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  private district?: District;
  @Field() @Column() name: string;
  @Field({ description: 'Registry code, unique in the district.' }) @Column() code: string;
  @Field(() => SchoolStage) @Column({ type: 'varchar', length: 20 }) stage: SchoolStage;
  @Field(() => String, {
    nullable: true,
    description: 'When the school’s plan (一校一策) was filed with the district.',
  })
  @Column('date', { name: 'plan_filed_on', nullable: true })
  planFiledOn: string | null;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('School', this.id);
  }
}
