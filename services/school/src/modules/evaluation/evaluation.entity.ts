import { toGlobalId } from '@mentorship/graphql';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';
import { Teacher } from '../roster/teacher.entity';
import { EvaluationParty, type RubricItem, RubricSource } from './rubric';

export enum EvaluationStatus {
  OPEN = 'OPEN',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(EvaluationStatus, { name: 'EvaluationStatus' });

export enum EvaluationLevel {
  EXCELLENT = 'EXCELLENT',
  QUALIFIED = 'QUALIFIED',
  NEEDS_IMPROVEMENT = 'NEEDS_IMPROVEMENT',
}
registerEnumType(EvaluationLevel, { name: 'EvaluationLevel', description: '优秀 / 合格 / 待改进' });

@ObjectType({ description: 'An item of the rubric and its weight.' })
export class RubricItemView implements RubricItem {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float) weight: number;
  @Field(() => RubricSource) source: RubricSource;
  @Field(() => EvaluationParty) party: EvaluationParty;
}

/** 考核: one per school per term, with the rubric as the school adapted it (changes recorded). */
@Entity('evaluation_cycle')
@Index(['schoolId', 'term'], { unique: true })
@ObjectType({ description: '考核: a term’s mentor evaluation in a school.' })
export class EvaluationCycle {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field() @Column({ length: 11 }) term: string;
  @Field(() => EvaluationStatus) @Column({ type: 'varchar', length: 9 }) status: EvaluationStatus;
  @Field(() => [RubricItemView]) @Column('jsonb') rubric: RubricItem[];
  @Field(() => String, { nullable: true, description: 'Why the school changed the district’s template, as recorded.' })
  @Column('text', { name: 'adaptation_note', nullable: true })
  adaptationNote: string | null;
  @Field(() => Float, { nullable: true })
  @Column('numeric', {
    name: 'excellent_min',
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  excellentMin: number | null;
  @Field(() => Float)
  @Column('numeric', { name: 'qualified_min', transformer: { to: (v) => v, from: (v) => Number(v) } })
  qualifiedMin: number;
  @Field(() => Int, { nullable: true, description: 'Instead of a threshold: the top N are excellent.' })
  @Column('smallint', { name: 'top_excellent', nullable: true })
  topExcellent: number | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('EvaluationCycle', this.id);
  }
}

/** A score entered by a party for an ENTERED item. */
@Entity('evaluation_entry')
@Check('evaluation_entry_score', 'score >= 0')
export class EvaluationEntry {
  @PrimaryColumn('uuid', { name: 'cycle_id' }) cycleId: string;
  @PrimaryColumn('uuid', { name: 'teacher_id' }) teacherId: string;
  @PrimaryColumn({ name: 'item_key', length: 40 }) itemKey: string;
  @PrimaryColumn('uuid', { name: 'entered_by' }) enteredBy: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('numeric', { transformer: { to: (v) => v, from: (v) => Number(v) } }) score: number;
  @Column('timestamptz', { name: 'entered_at' }) enteredAt: Date;
  @ManyToOne(() => EvaluationCycle, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  private cycle?: EvaluationCycle;
  @ManyToOne(() => Teacher, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id' })
  private teacher?: Teacher;
}

@ObjectType({
  description: 'One item’s score; null when the data for it is missing (e.g. fewer than 5 survey answers).',
})
export class ItemScore {
  @Field() key: string;
  @Field(() => Float, { nullable: true }) score: number | null;
}

/** A mentor's result, frozen when the cycle is published. */
@Entity('evaluation_result')
@ObjectType({ description: 'A mentor’s evaluation result.' })
export class EvaluationResult {
  @PrimaryColumn('uuid', { name: 'cycle_id' }) cycleId: string;
  @PrimaryColumn('uuid', { name: 'teacher_id' }) teacherId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field(() => [ItemScore]) @Column('jsonb') items: ItemScore[];
  @Field(() => Float) @Column('numeric', { transformer: { to: (v) => v, from: (v) => Number(v) } }) total: number;
  @Field(() => EvaluationLevel) @Column({ type: 'varchar', length: 17 }) level: EvaluationLevel;
  @Field() @Column({ length: 11 }) term: string;
  @ManyToOne(() => EvaluationCycle, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  private cycle?: EvaluationCycle;
}
