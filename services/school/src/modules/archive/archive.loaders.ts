import type { Principal } from '@mentorship/auth';
import { groupedLoader, keyedLoader } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { menteeCondition } from '../privacy/mentee-access';
import { AttentionFlag } from './attention-flag.entity';
import { GrowthArchive } from './growth-archive.entity';

/** Archive reads go through the wall in SQL as well as in shield: rows of other students never load. */
export function createArchiveLoaders(dataSource: DataSource, principal: Principal) {
  const [wall, wallParams] = menteeCondition('x', principal);
  return {
    archiveByStudent: keyedLoader(
      (ids: readonly string[]) =>
        dataSource
          .getRepository(GrowthArchive)
          .createQueryBuilder('x')
          .where('x.student_id IN (:...ids)', { ids: [...ids] })
          .andWhere(wall, wallParams)
          .getMany(),
      (a) => a.studentId,
    ),
    attentionFlagsByStudent: groupedLoader(
      (ids: readonly string[]) =>
        dataSource
          .getRepository(AttentionFlag)
          .createQueryBuilder('x')
          .where('x.student_id IN (:...ids)', { ids: [...ids] })
          .andWhere(wall, wallParams)
          .orderBy('x.category')
          .getMany(),
      (f) => f.studentId,
    ),
  };
}
