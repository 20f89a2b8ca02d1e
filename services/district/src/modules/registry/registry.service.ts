import type { Principal } from '@mentorship/auth';
import { InvalidCursorError, paginate, type Page, type PageRequest } from '@mentorship/db';
import { userInputError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';
import { scopedSchools } from '../../scope';
import { School } from './school.entity';
import type { SchoolStage } from './school-stage';

export class RegistryService {
  constructor(private readonly dataSource: DataSource, private readonly principal: Principal) {}

  /** Schools the caller may see, by registry code. */
  async schools(request: PageRequest, filter: { stage?: SchoolStage } = {}): Promise<Page<School>> {
    const query = scopedSchools(this.dataSource.getRepository(School).createQueryBuilder('s'), 's', this.principal);
    if (filter.stage) query.andWhere('s.stage = :stage', { stage: filter.stage });
    try {
      return await paginate(query, request, { column: 's.code', value: (s) => s.code });
    } catch (error) {
      if (error instanceof InvalidCursorError) throw userInputError('after', error.message);
      throw error;
    }
  }
}
