import type { Principal } from '@mentorship/auth';
import { isDistrictRole } from '@mentorship/auth';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The multi-tenant wall in SQL: a query sees only rows of the caller's school, or of the
 * schools of the caller's district for district roles. Every list and loader goes through it.
 */
export function scoped<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  principal: Principal,
): SelectQueryBuilder<T> {
  if (isDistrictRole(principal)) {
    return query.andWhere(`${alias}.school_id IN (SELECT s.id FROM school s WHERE s.district_id = :scopeDistrictId)`, {
      scopeDistrictId: principal.districtId,
    });
  }
  return query.andWhere(`${alias}.school_id = :scopeSchoolId`, { scopeSchoolId: principal.schoolId });
}
