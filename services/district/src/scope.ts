import { isDistrictRole, type Principal } from '@mentorship/auth';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** District roles see every school of their district; everyone else sees their own school only. */
export function scopedSchools<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  principal: Principal,
): SelectQueryBuilder<T> {
  query.andWhere(`${alias}.district_id = :scopeDistrictId`, { scopeDistrictId: principal.districtId });
  if (!isDistrictRole(principal)) query.andWhere(`${alias}.id = :scopeSchoolId`, { scopeSchoolId: principal.schoolId });
  return query;
}
