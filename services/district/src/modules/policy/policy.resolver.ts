import { UserError, withUserErrors } from '@mentorship/graphql';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';

import type { DistrictContext } from '../../context';
import { DistrictPolicy } from '../registry/district-policy.entity';
import type { PolicyChange } from './policy.service';

@InputType({ description: 'The district’s policy; fields left out keep their value.' })
export class DistrictPolicyInput implements PolicyChange {
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

@Resolver()
export class PolicyResolver {
  @Mutation(() => DistrictPolicyPayload, {
    description: 'District admin: set the policy: cap, trial period, training rate and the thresholds of 需关注学校.',
  })
  setDistrictPolicy(@Arg('input', () => DistrictPolicyInput) input: DistrictPolicyInput, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () => ({ policy: await ctx.services.policy.set(input) }));
  }
}
