import type { Principal } from '@mentorship/auth';
import type { DataSource } from 'typeorm';

import { AcademicYear } from './academic-year.entity';
import { Term } from './term.entity';

/** The district's calendar: academic years and their terms. */
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly now: () => Date,
  ) {}

  /** Academic years of the caller's district, latest first. */
  academicYears(): Promise<AcademicYear[]> {
    return this.dataSource
      .getRepository(AcademicYear)
      .find({ where: { districtId: this.principal.districtId }, order: { startsOn: 'DESC', id: 'ASC' } });
  }

  /** The term that contains today by the service clock (its date in the database's time zone), if any. */
  currentTerm(): Promise<Term | null> {
    return this.dataSource
      .getRepository(Term)
      .createQueryBuilder('t')
      .innerJoin(AcademicYear, 'y', 'y.id = t.academic_year_id')
      .where('y.district_id = :districtId', { districtId: this.principal.districtId })
      .andWhere('CAST(CAST(:now AS timestamptz) AS date) BETWEEN t.starts_on AND t.ends_on', { now: this.now() })
      .getOne();
  }
}
