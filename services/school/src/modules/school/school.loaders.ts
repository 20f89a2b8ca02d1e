import { isDistrictRole, type Principal } from '@mentorship/auth';
import { keyedLoader } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';
import type { SchoolStats } from './school.type';

type StatsRow = SchoolStats & { school_id: string };

/**
 * One statement for the figures of any number of schools: the district dashboard asks for
 * every school at once, and must not cost one query per school.
 */
// At most one active LEAD per student (unique partial index), so counting LEAD rows counts students.
const STATS_SQL = `
WITH ids AS (SELECT unnest($1::uuid[]) AS school_id)
SELECT ids.school_id,
  coalesce(st.n, 0)::int  AS "students",
  coalesce(cov.n, 0)::int AS "studentsWithLeadMentor",
  coalesce(t.n, 0)::int   AS "teachers",
  coalesce(tm.n, 0)::int  AS "teachersMentoring",
  coalesce(tm.max_load, 0)::int AS "maxMenteesPerMentor",
  coalesce(g.n, 0)::int   AS "grades",
  coalesce(c.n, 0)::int   AS "classrooms"
FROM ids
LEFT JOIN (SELECT school_id, count(*) n FROM student WHERE school_id = ANY($1) AND left_on IS NULL GROUP BY
  school_id) st USING (school_id)
LEFT JOIN (SELECT m.school_id, count(*) n FROM mentorship m
           WHERE m.school_id = ANY($1) AND m.role = 'LEAD' AND m.ended_on IS NULL
             AND NOT EXISTS (SELECT 1 FROM student s WHERE s.id = m.student_id AND s.left_on IS NOT NULL)
           GROUP BY m.school_id) cov USING (school_id)
LEFT JOIN (SELECT school_id, count(*) n FROM teacher WHERE school_id = ANY($1) AND left_on IS NULL GROUP BY
  school_id) t USING (school_id)
LEFT JOIN (SELECT school_id, count(*) n, max(load) max_load FROM
             (SELECT school_id, mentor_id, count(*) load FROM mentorship WHERE school_id = ANY($1) AND ended_on IS
               NULL GROUP BY school_id, mentor_id) per_mentor
           GROUP BY school_id) tm USING (school_id)
LEFT JOIN (SELECT school_id, count(*) n FROM grade WHERE school_id = ANY($1) GROUP BY school_id) g USING (school_id)
LEFT JOIN (SELECT school_id, count(*) n FROM classroom WHERE school_id = ANY($1) GROUP BY school_id) c USING
  (school_id)`;

export function createSchoolLoaders(dataSource: DataSource, principal: Principal) {
  return {
    /** Schools the caller may see; others load as null. */
    schoolTenantById: keyedLoader(
      (ids: readonly string[]) => {
        const query = dataSource
          .getRepository(SchoolTenant)
          .createQueryBuilder('x')
          .where('x.id IN (:...ids)', { ids: [...ids] });
        return (
          isDistrictRole(principal)
            ? query.andWhere('x.district_id = :districtId', { districtId: principal.districtId })
            : query.andWhere('x.id = :schoolId', { schoolId: principal.schoolId })
        ).getMany();
      },
      (s) => s.id,
    ),
    // Callers pass only ids the tenant loader returned, so the scope is already applied.
    statsBySchool: keyedLoader(
      (ids: readonly string[]) => dataSource.query(STATS_SQL, [[...ids]]) as Promise<StatsRow[]>,
      (r) => r.school_id,
    ),
  };
}
