import { toGlobalId } from '@mentorship/graphql';

import type { TestPlatform } from '../support/platform';

/** The first trainee (by staff number) of the demo district's first school who mentors nobody. */
export async function freeTrainee(p: TestPlatform): Promise<{ id: string; gid: string; staff: string }> {
  const [t] = await p.school.query(
    `SELECT t.id, t.staff_number FROM teacher t WHERE t.school_id = $1 ` +
      `AND t.mentor_status = 'TRAINEE' AND NOT EXISTS (SELECT 1 FROM mentorship m ` +
      `WHERE m.mentor_id = t.id AND m.ended_on IS NULL) ORDER BY t.staff_number LIMIT 1`,
    [p.demo.schools[0].id],
  );
  return { id: t.id, gid: toGlobalId('Teacher', t.id), staff: t.staff_number };
}
