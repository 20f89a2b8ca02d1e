import type { Principal } from '@mentorship/auth';
import { groupedLoader } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { AcademicYear } from './academic-year.entity';
import { Term } from './term.entity';

export function createCalendarLoaders(dataSource: DataSource, principal: Principal) {
  return {
    termsByYear: groupedLoader(
      (ids: readonly string[]) =>
        dataSource
          .getRepository(Term)
          .createQueryBuilder('t')
          .innerJoin(AcademicYear, 'y', 'y.id = t.academic_year_id AND y.district_id = :districtId', {
            districtId: principal.districtId,
          })
          .where('t.academic_year_id IN (:...ids)', { ids: [...ids] })
          .orderBy('t.number')
          .getMany(),
      (t) => t.academicYearId,
    ),
  };
}
