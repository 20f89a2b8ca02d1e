import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';

export enum SurveyAudience {
  STUDENT = 'STUDENT',
  PARENT = 'PARENT',
}
registerEnumType(SurveyAudience, { name: 'SurveyAudience' });

/** 问卷: student or parent feedback on mentors, per term. */
@Entity('survey')
@Index(['schoolId', 'term', 'audience'], { unique: true })
@ObjectType({ description: '问卷: feedback on mentors (1–5 scales and free text).' })
export class Survey {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field() @Column({ length: 11 }) term: string;
  @Field(() => SurveyAudience) @Column({ type: 'varchar', length: 7 }) audience: SurveyAudience;
  @Field(() => [String], { description: 'Each answered on a scale of 1 to 5.' })
  @Column('text', { array: true })
  questions: string[];
  @Field() @Column('timestamptz', { name: 'opens_at' }) opensAt: Date;
  @Field() @Column('timestamptz', { name: 'closes_at' }) closesAt: Date;
  /**
   * Set once after close, when the held answers are written: from then on nothing is added, so results read the same
   * every time.
   */
  @Column('boolean', { default: false }) sealed: boolean;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Survey', this.id);
  }
}

/**
 * An answer about a mentor. It carries no respondent, no timestamp and no sequence: it was
 * accepted for a blindly signed ballot (nobody knows whose), held in memory and written in a
 * shuffled batch with other answers about the same mentor (see survey-ballot-box.ts). The id
 * is random (UUID v4).
 */
@Entity('survey_response')
@Index(['surveyId', 'mentorId'])
export class SurveyResponse {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'survey_id' }) surveyId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'mentor_id' }) mentorId: string;
  @Column('smallint', { array: true }) scores: number[];
  @Column('text', { nullable: true }) comment: string | null;
  @ManyToOne(() => Survey, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  private survey?: Survey;
}

/** That someone was given a ballot, not what they answered: one ballot per respondent per survey. */
@Entity('survey_receipt')
export class SurveyReceipt {
  @PrimaryColumn('uuid', { name: 'survey_id' }) surveyId: string;
  @PrimaryColumn('uuid', { name: 'respondent_id' }) respondentId: string;
  @ManyToOne(() => Survey, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  private survey?: Survey;
}

/**
 * A survey's signing key for one mentor, made when the first of their respondents asks for a
 * ballot: a ballot signed with it counts for that mentor and no other. The private half is
 * dropped when the survey is sealed.
 */
@Entity('survey_ballot_key')
@Index(['surveyId', 'mentorId'], { unique: true })
export class SurveyBallotKey {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'survey_id' }) surveyId: string;
  @Column('uuid', { name: 'mentor_id' }) mentorId: string;
  @Column('text') modulus: string;
  @Column('text', { name: 'public_exponent' }) publicExponent: string;
  @Column('text', { name: 'private_key', nullable: true }) privateKey: string | null;
  @ManyToOne(() => Survey, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  private survey?: Survey;
}

/**
 * A ballot that has been counted, by the SHA-256 of its token: written in the same batch as the answers, shuffled apart
 * from them.
 */
@Entity('survey_spent_ballot')
export class SurveySpentBallot {
  @PrimaryColumn('uuid', { name: 'survey_id' }) surveyId: string;
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 }) tokenHash: string;
  @ManyToOne(() => Survey, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  private survey?: Survey;
}
