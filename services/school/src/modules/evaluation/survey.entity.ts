import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '@mentorship/graphql';
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
  @Field(() => [String], { description: 'Each answered on a scale of 1 to 5.' }) @Column('text', { array: true }) questions: string[];
  @Field() @Column('timestamptz', { name: 'opens_at' }) opensAt: Date;
  @Field() @Column('timestamptz', { name: 'closes_at' }) closesAt: Date;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'school_id' }) private school?: SchoolTenant;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Survey', this.id);
  }
}

/**
 * An answer about a mentor. It carries no respondent: who answered is kept apart in
 * `survey_receipt` (to refuse a second answer), with nothing that links the two, and no
 * timestamp that could be matched against the receipts.
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
  @ManyToOne(() => Survey, { nullable: false, onDelete: 'CASCADE' }) @JoinColumn({ name: 'survey_id' }) private survey?: Survey;
}

/** That someone answered, not what: one answer per respondent per survey. */
@Entity('survey_receipt')
export class SurveyReceipt {
  @PrimaryColumn('uuid', { name: 'survey_id' }) surveyId: string;
  @PrimaryColumn('uuid', { name: 'respondent_id' }) respondentId: string;
  @ManyToOne(() => Survey, { nullable: false, onDelete: 'CASCADE' }) @JoinColumn({ name: 'survey_id' }) private survey?: Survey;
}
