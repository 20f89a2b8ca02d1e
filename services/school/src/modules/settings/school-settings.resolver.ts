import { forbidden } from '@mentorship/auth';
import { UserError, UserFacingError, withUserErrors } from '@mentorship/graphql';
import { ArrayMaxSize } from 'class-validator';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { SchoolContext } from '../../context';
import { SchoolTenant } from '../roster/school-tenant.entity';

@ObjectType({ description: 'How a school runs the mentorship system.' })
export class SchoolSettings {
  @Field(() => Int, { description: 'Hours the crisis team has to pick up a new alert before it is overdue.' }) crisisPickupHours: number;
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

const view = (s: SchoolTenant) => Object.assign(new SchoolSettings(), { crisisPickupHours: s.crisisPickupHours, optionalActions: s.optionalActions, mentorStudentCap: s.mentorStudentCap, supportingCountsTowardLoad: s.supportingCountsTowardLoad });

@Resolver()
export class SchoolSettingsResolver {
  @Query(() => SchoolSettings, { description: 'Your school’s settings.' })
  async schoolSettings(@Ctx() ctx: SchoolContext): Promise<SchoolSettings> {
    if (!ctx.principal.schoolId) throw forbidden();
    return view(await ctx.dataSource.getRepository(SchoolTenant).findOneByOrFail({ id: ctx.principal.schoolId }));
  }

  @Mutation(() => SchoolSettingsPayload, { description: 'School admin: crisis pick-up time, optional actions, whether supporting roles count toward load.' })
  updateSchoolSettings(@Arg('input') input: SchoolSettingsInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      if (input.crisisPickupHours != null && !(Number.isInteger(input.crisisPickupHours) && input.crisisPickupHours >= 1 && input.crisisPickupHours <= 168)) {
        throw new UserFacingError('INVALID_HOURS', 'Between 1 and 168 hours.', 'crisisPickupHours');
      }
      const actions = input.optionalActions?.map((a) => a.trim());
      actions?.forEach((a, i) => {
        if (!a || a.length > 40) throw new UserFacingError('INVALID_ACTION', 'Name each optional action in 1 to 40 characters.', `optionalActions[${i}]`);
        if (actions.indexOf(a) !== i) throw new UserFacingError('DUPLICATE_ACTION', 'Each optional action once.', `optionalActions[${i}]`);
      });
      return ctx.dataSource.transaction(async (m) => {
        const school = await m.getRepository(SchoolTenant).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id: ctx.principal.schoolId }).getOneOrFail();
        if (input.crisisPickupHours != null) school.crisisPickupHours = input.crisisPickupHours;
        if (actions) school.optionalActions = actions;
        if (input.supportingCountsTowardLoad != null) school.supportingCountsTowardLoad = input.supportingCountsTowardLoad;
        await m.getRepository(SchoolTenant).save(school);
        return { settings: view(school) };
      });
    });
  }
}
