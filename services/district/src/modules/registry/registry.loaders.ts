import type { Principal } from '@mentorship/auth';
import { keyedLoader } from '@mentorship/db';
import { type DataSource, In } from 'typeorm';

import { scopedSchools } from '../../scope';
import { District } from './district.entity';
import { DistrictPolicy } from './district-policy.entity';
import { School } from './school.entity';

export function createRegistryLoaders(dataSource: DataSource, principal: Principal) {
  // Callers only ever reach their own district.
  const ownDistrict = (ids: readonly string[]) => ids.filter((id) => id === principal.districtId);
  return {
    schoolById: keyedLoader(
      (ids: readonly string[]) =>
        scopedSchools(dataSource.getRepository(School).createQueryBuilder('s'), 's', principal)
          .andWhere('s.id IN (:...ids)', { ids: [...ids] })
          .getMany(),
      (s) => s.id,
    ),
    districtById: keyedLoader(
      async (ids: readonly string[]) =>
        ownDistrict(ids).length ? dataSource.getRepository(District).findBy({ id: In(ownDistrict(ids)) }) : [],
      (d) => d.id,
    ),
    policyByDistrict: keyedLoader(
      async (ids: readonly string[]) =>
        ownDistrict(ids).length
          ? dataSource.getRepository(DistrictPolicy).findBy({ districtId: In(ownDistrict(ids)) })
          : [],
      (p) => p.districtId,
    ),
  };
}
