import { UserError, withUserErrors } from '@mentorship/graphql';
import { ArrayMaxSize } from 'class-validator';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { SchoolTenant } from '../roster/school-tenant.entity';

@ObjectType({ description: 'How a school runs the mentorship system.' })
export class SchoolSettings {
  @Field(() => Int, { description: 'Hours the crisis team has to pick up a new alert before it is overdue.' })
  crisisPickupHours: number;
  @Field(() => [String], { description: '自选动作 the school offers its mentors.' }) optionalActions: string[];
  @Field(() => Int, { description: 'Students per mentor at most (the district’s cap).' }) mentorStudentCap: number;
  @Field({ description: 'Whether SUPPORTING roles count toward a mentor’s load.' }) supportingCountsTowardLoad: boolean;
}

@InputType()
export class SchoolSettingsInput {
  @Field(() => Int, { nullable: true }) crisisPickupHours?: number | null;
  @Field(() => [String], { nullable: true }) @ArrayMaxSize(30) optionalActions?: string[] | null;
  @Field(() => Boolean, { nullable: true }) supportingCountsTowardLoad?: boolean | null;
}

@ObjectType()
export class SchoolSettingsPayload {
  @Field(() => SchoolSettings, { nullable: true }) settings: SchoolSettings | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

const view = (s: SchoolTenant) =>
  Object.assign(new SchoolSettings(), {
    crisisPickupHours: s.crisisPickupHours,
    optionalActions: s.optionalActions,
    mentorStudentCap: s.mentorStudentCap,
    supportingCountsTowardLoad: s.supportingCountsTowardLoad,
  });

@Resolver()
export class SchoolSettingsResolver {
  @Query(() => SchoolSettings, { description: 'Your school’s settings.' })
  async schoolSettings(@Ctx() ctx: SchoolContext): Promise<SchoolSettings> {
    return view(await ctx.services.schoolSettings.current());
  }

  @Mutation(() => SchoolSettingsPayload, {
    description: 'School admin: crisis pick-up time, optional actions, whether supporting roles count toward load.',
  })
  updateSchoolSettings(@Arg('input') input: SchoolSettingsInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({ settings: view(await ctx.services.schoolSettings.update(input)) }));
  }
}
