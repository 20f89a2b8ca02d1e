import { forbidden, type Principal, Role } from '@mentorship/auth';
import { UserError, UserFacingError, withUserErrors } from '@mentorship/graphql';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';

import type { DistrictContext } from '../../context';
import { DistrictPolicy } from '../registry/district-policy.entity';

/** What a district has before it ever sets its policy (the entity's column defaults). */
export function defaultPolicy(districtId: string): DistrictPolicy {
  return Object.assign(new DistrictPolicy(), {
    districtId,
    mentorStudentCap: 15,
    smallGroupThreshold: 5,
    trialPeriodDays: 30,
    trainingRatePercent: 80,
    coverageThresholdPercent: 95,
    dutiesLagPoints: 20,
    evaluationTemplate: null,
  });
}

@InputType({ description: 'The district’s policy; fields left out keep their value.' })
export class DistrictPolicyInput {
  @Field(() => Int, { nullable: true, description: '配额上限, 1–50.' }) mentorStudentCap?: number | null;
  @Field(() => Int, { nullable: true, description: '试用期 in days, 0–365.' }) trialPeriodDays?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Training completion rate below which a school is flagged, 0–100.',
  })
  trainingRatePercent?: number | null;
  @Field(() => Int, { nullable: true, description: 'Coverage below which a school is flagged, 0–100.' })
  coverageThresholdPercent?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Points home visits or talks may lag the term before a flag, 0–100.',
  })
  dutiesLagPoints?: number | null;
}

@ObjectType()
export class DistrictPolicyPayload {
  @Field(() => DistrictPolicy, { nullable: true }) policy: DistrictPolicy | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

const RANGES: Record<keyof DistrictPolicyInput, [number, number]> = {
  mentorStudentCap: [1, 50],
  trialPeriodDays: [0, 365],
  trainingRatePercent: [0, 100],
  coverageThresholdPercent: [0, 100],
  dutiesLagPoints: [0, 100],
};
const COLUMNS: Record<keyof DistrictPolicyInput, string> = {
  mentorStudentCap: 'mentor_student_cap',
  trialPeriodDays: 'trial_period_days',
  trainingRatePercent: 'training_rate_percent',
  coverageThresholdPercent: 'coverage_threshold_percent',
  dutiesLagPoints: 'duties_lag_points',
};

export async function setPolicy(
  dataSource: DataSource,
  principal: Principal,
  input: DistrictPolicyInput,
): Promise<DistrictPolicy> {
  if (principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
  const keys = (Object.keys(RANGES) as (keyof DistrictPolicyInput)[]).filter(
    (k) => input[k] !== undefined && input[k] !== null,
  );
  for (const k of keys) {
    const [min, max] = RANGES[k];
    const v = input[k]!;
    if (!Number.isInteger(v) || v < min || v > max)
      throw new UserFacingError('OUT_OF_RANGE', `${k} must be a whole number from ${min} to ${max}.`, k);
  }
  const base = defaultPolicy(principal.districtId);
  const cols = keys.map((k) => COLUMNS[k]);
  const values = keys.map((k) => input[k]);
  // Upsert: a district without a policy row starts from the defaults.
  const names = cols.map((c) => `, ${c}`).join('');
  const params = values.map((_, n) => `, $${n + 2}`).join('');
  const update = cols.length ? `UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}` : 'NOTHING';
  await dataSource.query(
    `INSERT INTO district_policy (district_id${names}) VALUES ($1${params}) ON CONFLICT (district_id) DO ${update}`,
    [principal.districtId, ...values],
  );
  return (await dataSource.getRepository(DistrictPolicy).findOneBy({ districtId: principal.districtId })) ?? base;
}

@Resolver()
export class PolicyResolver {
  @Mutation(() => DistrictPolicyPayload, {
    description: 'District admin: set the policy: cap, trial period, training rate and the thresholds of 需关注学校.',
  })
  setDistrictPolicy(@Arg('input', () => DistrictPolicyInput) input: DistrictPolicyInput, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () => ({ policy: await setPolicy(ctx.dataSource, ctx.principal, input) }));
  }
}
