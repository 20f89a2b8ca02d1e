import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { District } from '../registry/district.entity';

/** 学年 */
@Entity('academic_year')
@Index(['districtId', 'name'], { unique: true })
@Check('academic_year_dates', 'ends_on > starts_on')
@ObjectType({ description: '学年: an academic year, e.g. 2026-2027.' })
export class AcademicYear {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'district_id' }) districtId: string;
  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  private district?: District;
  @Field() @Column({ length: 9 }) name: string;
  @Field() @Column('date', { name: 'starts_on' }) startsOn: string;
  @Field() @Column('date', { name: 'ends_on' }) endsOn: string;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('AcademicYear', this.id);
  }
}
