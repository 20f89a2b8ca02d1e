import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DistrictContext } from '../../context';
import { AcademicYear } from './academic-year.entity';
import { Term } from './term.entity';

@Resolver(() => AcademicYear)
export class AcademicYearResolver {
  @Query(() => [AcademicYear], { description: 'Academic years of your district, latest first.' })
  academicYears(@Ctx() ctx: DistrictContext): Promise<AcademicYear[]> {
    return ctx.dataSource.getRepository(AcademicYear).find({ where: { districtId: ctx.principal.districtId }, order: { startsOn: 'DESC' } });
  }

  @Query(() => Term, { nullable: true, description: 'The term that contains today, if any.' })
  currentTerm(@Ctx() ctx: DistrictContext): Promise<Term | null> {
    return ctx.dataSource.getRepository(Term).createQueryBuilder('t')
      .innerJoin(AcademicYear, 'y', 'y.id = t.academic_year_id')
      .where('y.district_id = :districtId', { districtId: ctx.principal.districtId })
      .andWhere('CURRENT_DATE BETWEEN t.starts_on AND t.ends_on')
      .getOne();
  }

  @FieldResolver(() => [Term])
  terms(@Root() year: AcademicYear, @Ctx() ctx: DistrictContext): Promise<Term[]> {
    return ctx.loaders.termsByYear.load(year.id);
  }
}
