import type { Principal } from '@mentorship/auth';
import { groupedLoader, keyedLoader } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { scoped } from '../../scope';
import { menteeCondition } from '../privacy/mentee-access';
import { CrisisAlert, CrisisAlertEvent } from './crisis-alert.entity';

export function createCrisisLoaders(dataSource: DataSource, principal: Principal) {
  const [wall, wallParams] = menteeCondition('x', principal);
  return {
    /** A mentor's view: alerts about their own mentees only. */
    crisisAlertsByStudent: groupedLoader(
      (ids: readonly string[]) =>
        dataSource
          .getRepository(CrisisAlert)
          .createQueryBuilder('x')
          .where('x.student_id IN (:...ids)', { ids: [...ids] })
          .andWhere(wall, wallParams)
          .orderBy('x.reported_at', 'DESC')
          .addOrderBy('x.id', 'DESC')
          .getMany(),
      (a) => a.studentId,
    ),
    crisisPickupHours: keyedLoader(
      async (ids: readonly string[]) =>
        (await dataSource.query('SELECT id, crisis_pickup_hours FROM school WHERE id = ANY($1)', [[...ids]])) as {
          id: string;
          crisis_pickup_hours: number;
        }[],
      (s) => s.id,
    ),
    crisisEventsByAlert: groupedLoader(
      (ids: readonly string[]) =>
        scoped(dataSource.getRepository(CrisisAlertEvent).createQueryBuilder('x'), 'x', principal)
          .andWhere('x.alert_id IN (:...ids)', { ids: [...ids] })
          .orderBy('x.at')
          .getMany(),
      (e) => e.alertId,
    ),
  };
}
