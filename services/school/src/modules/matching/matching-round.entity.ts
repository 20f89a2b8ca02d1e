import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  VersionColumn,
} from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';

export enum MatchingRoundStatus {
  /** Students and mentors state preferences; the admin may run the match. */
  OPEN = 'OPEN',
  /** A draft result exists; the admin reviews and adjusts it. */
  DRAFTED = 'DRAFTED',
  /** Mentorships were created from the result; the round is closed. */
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(MatchingRoundStatus, { name: 'MatchingRoundStatus' });

export enum MentorEligibility {
  /** Teachers who teach in the student's grade (default). */
  SAME_GRADE = 'SAME_GRADE',
  /** Any participating teacher of the school. */
  WHOLE_SCHOOL = 'WHOLE_SCHOOL',
}
registerEnumType(MentorEligibility, {
  name: 'MentorEligibility',
  description: 'Which participating mentors a student may rank.',
});

/** 匹配轮次: one school's matching for an academic year. */
@Entity('matching_round')
@Index(['schoolId', 'academicYear'])
@Check('matching_round_choices', 'max_choices BETWEEN 1 AND 10')
@Check('matching_round_cap', 'cap BETWEEN 1 AND 50')
@Check('matching_round_window', 'closes_at > opens_at')
@ObjectType({ description: '匹配: a matching round of a school for an academic year.' })
export class MatchingRound {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @Field() @Column({ name: 'academic_year', length: 9 }) academicYear: string;
  /** Null: every grade of the school. */
  @Column('uuid', { name: 'grade_ids', array: true, nullable: true }) gradeIds: string[] | null;
  @Field() @Column('timestamptz', { name: 'opens_at' }) opensAt: Date;
  @Field() @Column('timestamptz', { name: 'closes_at' }) closesAt: Date;
  @Field(() => Int, { description: 'How many mentors a student may rank.' })
  @Column('smallint', { name: 'max_choices' })
  maxChoices: number;
  @Field(() => Int, { description: 'Most students per mentor in this round (≤ the school cap).' })
  @Column('smallint')
  cap: number;
  @Field(() => MentorEligibility) @Column({ type: 'varchar', length: 12 }) eligibility: MentorEligibility;
  @Field({ description: '导师盲盒: draw a mentor at random for students still unmatched.' })
  @Column('boolean', { name: 'random_draw' })
  randomDraw: boolean;
  @Field(() => MatchingRoundStatus) @Column({ type: 'varchar', length: 10 }) status: MatchingRoundStatus;
  @Field({ description: 'Lottery seed: re-running with it reproduces the draft exactly.' })
  @Column({ length: 64 })
  seed: string;
  @Column('int', { name: 'blocking_pairs', nullable: true }) blockingPairs: number | null;
  @Field(() => Date, { nullable: true }) @Column('timestamptz', { name: 'ran_at', nullable: true }) ranAt: Date | null;
  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** Detects concurrent edits of the round. */
  @VersionColumn() version: number;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('MatchingRound', this.id);
  }
}
