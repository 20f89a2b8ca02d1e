import type { Principal } from '@mentorship/auth';
import { groupedLoader, keyedLoader } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { scoped } from '../../scope';
import { MatchingAdjustment } from './matching-outcome.entity';
import { MatchingRound } from './matching-round.entity';

export function createMatchingLoaders(dataSource: DataSource, principal: Principal) {
  return {
    roundById: keyedLoader(
      (ids: readonly string[]) =>
        scoped(dataSource.getRepository(MatchingRound).createQueryBuilder('x'), 'x', principal)
          .andWhere('x.id IN (:...ids)', { ids: [...ids] })
          .getMany(),
      (r) => r.id,
    ),
    roundMentorsByRound: groupedLoader(
      (ids: readonly string[]) =>
        dataSource.query(
          `SELECT rm.round_id, rm.teacher_id, rm.capacity, count(o.student_id)::int AS load
             FROM matching_round_mentor rm
             LEFT JOIN matching_outcome o ON o.round_id = rm.round_id AND o.teacher_id = rm.teacher_id
            WHERE rm.round_id = ANY($1) GROUP BY rm.round_id, rm.teacher_id, rm.capacity ORDER BY rm.teacher_id`,
          [[...ids]],
        ) as Promise<{ round_id: string; teacher_id: string; capacity: number; load: number }[]>,
      (r) => r.round_id,
    ),
    adjustmentsByRound: groupedLoader(
      (ids: readonly string[]) =>
        dataSource
          .getRepository(MatchingAdjustment)
          .createQueryBuilder('a')
          .where('a.round_id IN (:...ids)', { ids: [...ids] })
          .orderBy('a.adjusted_at')
          .getMany(),
      (a) => a.roundId,
    ),
  };
}
