import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

import { District } from './district.entity';

/** District-wide rules every school works within. */
@Entity('district_policy')
@Check('policy_cap_range', 'mentor_student_cap BETWEEN 1 AND 50')
@Check('policy_small_group', 'small_group_threshold >= 1')
@Check(
  'policy_thresholds',
  'coverage_threshold_percent BETWEEN 0 AND 100 AND duties_lag_points BETWEEN 0 AND 100 AND ' +
    'training_rate_percent BETWEEN 0 AND 100 AND trial_period_days BETWEEN 0 AND 365',
)
@ObjectType({ description: 'District policy: caps and thresholds every school works within.' })
export class DistrictPolicy {
  @PrimaryColumn('uuid', { name: 'district_id' }) districtId: string;
  @OneToOne(() => District, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'district_id' }) private district?: District;
  @Field(() => Int, { description: 'Most students one mentor may have (配额上限), default 15.' })
  @Column('smallint', { name: 'mentor_student_cap', default: 15 })
  mentorStudentCap: number;
  @Field(() => Int, { description: 'Aggregates over fewer people than this are suppressed, default 5.' })
  @Column('smallint', { name: 'small_group_threshold', default: 5 })
  smallGroupThreshold: number;
  @Field(() => Int, {
    description: 'Trial period (试用期) before a trainee mentor can be certified, in days; default 30.',
  })
  @Column('smallint', { name: 'trial_period_days', default: 30 })
  trialPeriodDays: number;
  @Field(() => Int, {
    description:
      'Schools whose mentors have completed the required training below this percentage are flagged; default 80.',
  })
  @Column('smallint', { name: 'training_rate_percent', default: 80 })
  trainingRatePercent: number;
  @Field(() => Int, {
    description:
      'Schools whose coverage (students with a lead mentor) is below this percentage need attention; default 95.',
  })
  @Column('smallint', { name: 'coverage_threshold_percent', default: 95 })
  coverageThresholdPercent: number;
  @Field(() => Int, {
    description:
      'Home visits or talks more than this many percentage points behind the share of the term gone by ' +
      'need attention; default 20.',
  })
  @Column('smallint', { name: 'duties_lag_points', default: 20 })
  dutiesLagPoints: number;
  /** 考核模板: the district's default rubric for schools' evaluation cycles; null means the platform default. */
  @Column('jsonb', { name: 'evaluation_template', nullable: true }) evaluationTemplate: unknown[] | null;
}
