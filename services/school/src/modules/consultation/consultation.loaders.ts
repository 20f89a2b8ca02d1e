import type { Principal } from '@mentorship/auth';
import { groupedLoader } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { scoped } from '../../scope';
import { menteeCondition } from '../privacy/mentee-access';
import { ConsultationDecision, ConsultationTask } from './case-consultation.entity';

export function createConsultationLoaders(dataSource: DataSource, principal: Principal) {
  const [wall, wallParams] = menteeCondition('x', principal);
  return {
    /** A mentor's view of consultations: decisions about their own mentees only. */
    consultationDecisionsByStudent: groupedLoader(
      (ids: readonly string[]) =>
        dataSource
          .getRepository(ConsultationDecision)
          .createQueryBuilder('x')
          .where('x.student_id IN (:...ids)', { ids: [...ids] })
          .andWhere(wall, wallParams)
          .orderBy('x.held_on', 'DESC')
          .addOrderBy('x.consultation_id', 'ASC')
          .getMany(),
      (d) => d.studentId,
    ),
    decisionsByConsultation: groupedLoader(
      (ids: readonly string[]) =>
        scoped(dataSource.getRepository(ConsultationDecision).createQueryBuilder('x'), 'x', principal)
          .andWhere('x.consultation_id IN (:...ids)', { ids: [...ids] })
          .getMany(),
      (d) => d.consultationId,
    ),
    tasksByConsultation: groupedLoader(
      (ids: readonly string[]) =>
        scoped(dataSource.getRepository(ConsultationTask).createQueryBuilder('x'), 'x', principal)
          .andWhere('x.consultation_id IN (:...ids)', { ids: [...ids] })
          .orderBy('x.due_on', 'ASC', 'NULLS LAST')
          .getMany(),
      (t) => t.consultationId,
    ),
  };
}
