import { connectionOf, PageArgs, paginateListForClient } from '@mentorship/graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { DistrictContext } from '../../context';
import { AcademicYear } from './academic-year.entity';
import { Term } from './term.entity';

export const { Connection: AcademicYearConnection } = connectionOf(AcademicYear);

@Resolver(() => AcademicYear)
export class AcademicYearResolver {
  @Query(() => AcademicYearConnection, { description: 'Academic years of your district, latest first.' })
  async academicYears(@Args() page: PageArgs, @Ctx() ctx: DistrictContext) {
    const years = await ctx.services.calendar.academicYears();
    return new AcademicYearConnection(await paginateListForClient(years, page, (y) => y.id));
  }

  @Query(() => Term, { nullable: true, description: 'The term that contains today, if any.' })
  currentTerm(@Ctx() ctx: DistrictContext): Promise<Term | null> {
    return ctx.services.calendar.currentTerm();
  }

  @FieldResolver(() => [Term])
  terms(@Root() year: AcademicYear, @Ctx() ctx: DistrictContext): Promise<Term[]> {
    return ctx.loaders.termsByYear.load(year.id);
  }
}
