import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import type { DistrictContext } from '../../context';
import { AcademicYear } from './academic-year.entity';
import { Term } from './term.entity';

@Resolver(() => AcademicYear)
export class AcademicYearResolver {
  @Query(() => [AcademicYear], { description: 'Academic years of your district, latest first.' })
  academicYears(@Ctx() ctx: DistrictContext): Promise<AcademicYear[]> {
    return ctx.services.calendar.academicYears();
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
