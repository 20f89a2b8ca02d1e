import type { Principal } from '@mentorship/auth';
import type { Page, PageRequest } from '@mentorship/db';
import { isCalendarDate, paginateForClient, UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { scopedSchools } from '../../scope';
import { School } from './school.entity';
import type { SchoolStage } from './school-stage';

export class RegistryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    protected readonly now: () => Date,
  ) {}

  /** Schools the caller may see, by registry code. */
  async schools(request: PageRequest, filter: { stage?: SchoolStage } = {}): Promise<Page<School>> {
    const query = scopedSchools(this.dataSource.getRepository(School).createQueryBuilder('s'), 's', this.principal);
    if (filter.stage) query.andWhere('s.stage = :stage', { stage: filter.stage });
    return paginateForClient(query, request, { column: 's.code', value: (s) => s.code });
  }

  /** 一校一策 备案: the day a school of the caller's district filed its plan. */
  async recordPlan(schoolId: string, filedOn: string): Promise<School> {
    if (!isCalendarDate(filedOn))
      throw new UserFacingError('INVALID_DATE', 'Date must look like 2026-11-24.', 'filedOn');
    const updated = await this.dataSource.query(
      'UPDATE school SET plan_filed_on = $3 WHERE id = $1 AND district_id = $2 RETURNING id',
      [schoolId, this.principal.districtId, filedOn],
    );
    if (!updated[0]?.length) throw new UserFacingError('NOT_FOUND', 'No such school in your district.', 'schoolId');
    return this.dataSource.getRepository(School).findOneByOrFail({ id: schoolId });
  }

  /** The registry as the import reads it: code, name, stage, by code. */
  registryRows(): Promise<{ code: string; name: string; stage: SchoolStage }[]> {
    return this.dataSource.query('SELECT code, name, stage FROM school WHERE district_id = $1 ORDER BY code', [
      this.principal.districtId,
    ]);
  }
}
