import type { Principal } from '@mentorship/auth';
import { groupedLoader } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { scoped } from '../../scope';
import { Mentorship } from './mentorship.entity';

export function createMentorshipLoaders(dataSource: DataSource, principal: Principal) {
  const active = (column: 'student_id' | 'mentor_id', keys: readonly string[]) =>
    scoped(dataSource.getRepository(Mentorship).createQueryBuilder('m'), 'm', principal)
      .andWhere(`m.${column} IN (:...keys)`, { keys: [...keys] })
      .andWhere('m.ended_on IS NULL')
      .orderBy('m.role')
      .addOrderBy('m.started_on')
      .getMany();
  return {
    activeMentorshipsByStudent: groupedLoader(
      (ids: readonly string[]) => active('student_id', ids),
      (m) => m.studentId,
    ),
    activeMentorshipsByMentor: groupedLoader(
      (ids: readonly string[]) => active('mentor_id', ids),
      (m) => m.mentorId,
    ),
  };
}
