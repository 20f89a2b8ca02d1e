import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { MatchingRound } from './matching-round.entity';

export enum MatchPhase {
  PREFERENCE = 'PREFERENCE',
  CLASS_FILL = 'CLASS_FILL',
  RANDOM_DRAW = 'RANDOM_DRAW',
  MANUAL = 'MANUAL',
}
registerEnumType(MatchPhase, { name: 'MatchPhase', description: 'How a student got their mentor in a round.' });

export enum UnmatchedReason {
  NO_PREFERENCES = 'NO_PREFERENCES',
  PREFERENCES_EXHAUSTED = 'PREFERENCES_EXHAUSTED',
  NO_CAPACITY_LEFT = 'NO_CAPACITY_LEFT',
  REMOVED_BY_ADMIN = 'REMOVED_BY_ADMIN',
}
registerEnumType(UnmatchedReason, { name: 'UnmatchedReason' });

/** The draft (then published) result for one student of a round: a mentor, or why none. */
@Entity('matching_outcome')
@Index(['roundId', 'teacherId'])
@Check('matching_outcome_shape', '(teacher_id IS NULL) = (unmatched_reason IS NOT NULL)')
@ObjectType({ description: 'A student’s result in a matching round.' })
export class MatchingOutcome {
  @PrimaryColumn('uuid', { name: 'round_id' }) roundId: string;
  @PrimaryColumn('uuid', { name: 'student_id' }) studentId: string;
  @ManyToOne(() => MatchingRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  private round?: MatchingRound;
  @ManyToOne(() => Student, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'student_id' }) private student?: Student;
  @ManyToOne(() => Teacher, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_id' })
  private teacher?: Teacher;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'teacher_id', nullable: true }) teacherId: string | null;
  @Field(() => MatchPhase, { nullable: true })
  @Column({ type: 'varchar', length: 12, nullable: true })
  phase: MatchPhase | null;
  @Field(() => Int, { nullable: true, description: 'Rank of the mentor in the student’s list, if ranked.' })
  @Column('smallint', { nullable: true })
  rank: number | null;
  @Field(() => UnmatchedReason, { nullable: true })
  @Column({ type: 'varchar', name: 'unmatched_reason', length: 24, nullable: true })
  unmatchedReason: UnmatchedReason | null;
}

/** Every manual change to a draft, with its reason (recorded, never edited). */
@Entity('matching_adjustment')
@Index(['roundId'])
@ObjectType({ description: 'A manual change to a draft match, with who, when and why.' })
export class MatchingAdjustment {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @ManyToOne(() => MatchingRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  private round?: MatchingRound;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'student_id' }) studentId: string;
  @Column('uuid', { name: 'from_teacher_id', nullable: true }) fromTeacherId: string | null;
  @Column('uuid', { name: 'to_teacher_id', nullable: true }) toTeacherId: string | null;
  @Field() @Column('text') reason: string;
  @Column('uuid', { name: 'adjusted_by' }) adjustedBy: string;
  @Field() @CreateDateColumn({ name: 'adjusted_at', type: 'timestamptz' }) adjustedAt: Date;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('MatchingAdjustment', this.id);
  }
}
