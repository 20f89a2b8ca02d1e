import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { AcademicYear } from './academic-year.entity';

/** 学期 */
@Entity('term')
@Index(['academicYearId', 'number'], { unique: true })
@Check('term_number', 'number IN (1, 2)')
@Check('term_dates', 'ends_on > starts_on')
@ObjectType({ description: '学期: term 1 or 2 of an academic year.' })
export class Term {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'academic_year_id' }) academicYearId: string;
  @ManyToOne(() => AcademicYear, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academic_year_id' })
  private academicYear?: AcademicYear;
  @Field(() => Int) @Column('smallint') number: number;
  @Field() @Column('date', { name: 'starts_on' }) startsOn: string;
  @Field() @Column('date', { name: 'ends_on' }) endsOn: string;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Term', this.id);
  }
}
