import { forbidden } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { SchoolTenant } from '../roster/school-tenant.entity';

export interface SchoolSettingsChange {
  crisisPickupHours?: number | null;
  optionalActions?: string[] | null;
  supportingCountsTowardLoad?: boolean | null;
}

/** How the caller's school runs the mentorship system: crisis pick-up time, optional actions, load rule. */
export class SchoolSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    protected readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (!this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  current(): Promise<SchoolTenant> {
    return this.dataSource.getRepository(SchoolTenant).findOneByOrFail({ id: this.schoolId });
  }

  update(input: SchoolSettingsChange): Promise<SchoolTenant> {
    if (
      input.crisisPickupHours != null &&
      !(Number.isInteger(input.crisisPickupHours) && input.crisisPickupHours >= 1 && input.crisisPickupHours <= 168)
    ) {
      throw new UserFacingError('INVALID_HOURS', 'Between 1 and 168 hours.', 'crisisPickupHours');
    }
    const actions = input.optionalActions?.map((a) => a.trim());
    actions?.forEach((a, i) => {
      if (!a || a.length > 40)
        throw new UserFacingError(
          'INVALID_ACTION',
          'Name each optional action in 1 to 40 characters.',
          `optionalActions[${i}]`,
        );
      if (actions.indexOf(a) !== i)
        throw new UserFacingError('DUPLICATE_ACTION', 'Each optional action once.', `optionalActions[${i}]`);
    });
    return inTransaction(this.dataSource, async (m) => {
      const school = await m
        .getRepository(SchoolTenant)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id: this.schoolId })
        .getOneOrFail();
      if (input.crisisPickupHours != null) school.crisisPickupHours = input.crisisPickupHours;
      if (actions) school.optionalActions = actions;
      if (input.supportingCountsTowardLoad != null)
        school.supportingCountsTowardLoad = input.supportingCountsTowardLoad;
      await m.getRepository(SchoolTenant).save(school);
      return school;
    });
  }
}
