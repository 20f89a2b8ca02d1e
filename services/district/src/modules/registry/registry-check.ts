import { Role } from '@mentorship/auth';
import type { PrincipalCheck } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the district can know of a caller: only its registry. A school role whose school the
 * registry places in another district is refused (a school moved between districts). People
 * are the school service's to check; the district holds no one's roster.
 */
export function registryCheck(dataSource: DataSource): PrincipalCheck {
  return async (p) => {
    if (p.role === Role.DISTRICT_ADMIN || p.role === Role.SERVICE || !p.schoolId || !UUID.test(p.schoolId)) return null;
    const [row] = await dataSource.query('SELECT district_id::text FROM school WHERE id = $1', [p.schoolId]);
    return row && row.district_id !== p.districtId
      ? 'Your school is no longer part of this district: sign in again.'
      : null;
  };
}
