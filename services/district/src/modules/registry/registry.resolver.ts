import { fromGlobalId, notFound, PageArgs } from '@mentorship/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import type { DistrictContext } from '../../context';
import { defaultPolicy } from '../policy/policy.service';
import { SchoolConnection } from './connections';
import { District } from './district.entity';
import { DistrictPolicy } from './district-policy.entity';
import { School } from './school.entity';
import { SchoolStage } from './school-stage';

@Resolver()
export class RegistryResolver {
  @Query(() => District, { description: 'Your district.' })
  async district(@Ctx() ctx: DistrictContext): Promise<District> {
    return (await ctx.loaders.districtById.load(ctx.principal.districtId)) ?? Promise.reject(notFound('District'));
  }

  @Query(() => SchoolConnection, {
    description: 'Schools you may see: all of your district for district roles, else your own school.',
  })
  async schools(
    @Args() page: PageArgs,
    @Arg('stage', () => SchoolStage, { nullable: true }) stage: SchoolStage | undefined,
    @Ctx() ctx: DistrictContext,
  ) {
    return new SchoolConnection(await ctx.services.registry.schools(page, { stage }));
  }

  @Query(() => School, { description: 'One school; outside your scope it reads as not found.' })
  async school(@Arg('id', () => ID) id: string, @Ctx() ctx: DistrictContext): Promise<School> {
    return (await ctx.loaders.schoolById.load(fromGlobalId(id, 'School'))) ?? Promise.reject(notFound('School'));
  }
}

@Resolver(() => District)
export class DistrictResolver {
  @FieldResolver(() => DistrictPolicy)
  async policy(@Root() district: District, @Ctx() ctx: DistrictContext): Promise<DistrictPolicy> {
    return (await ctx.loaders.policyByDistrict.load(district.id)) ?? defaultPolicy(district.id);
  }

  @FieldResolver(() => SchoolConnection, { description: 'Same as Query.schools.' })
  async schools(
    @Args() page: PageArgs,
    @Arg('stage', () => SchoolStage, { nullable: true }) stage: SchoolStage | undefined,
    @Ctx() ctx: DistrictContext,
  ) {
    return new SchoolConnection(await ctx.services.registry.schools(page, { stage }));
  }
}

@Resolver(() => School)
export class SchoolResolver {
  @FieldResolver(() => District)
  async district(@Root() school: School, @Ctx() ctx: DistrictContext): Promise<District | null> {
    return ctx.loaders.districtById.load(school.districtId);
  }
}
