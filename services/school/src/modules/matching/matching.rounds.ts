import { forbidden, isDistrictRole, type Principal } from '@mentorship/auth';
import { UserFacingError } from '@mentorship/graphql';
import type { EntityManager } from 'typeorm';

import { Student } from '../roster/student.entity';
import { MatchingRound } from './matching-round.entity';
import { RoundMentor } from './round-mentor.entity';

/** What both matching services read of a round: the caller's school, the round, its students and mentors. */

export function schoolOf(principal: Principal): string {
  if (isDistrictRole(principal) || !principal.schoolId) throw forbidden();
  return principal.schoolId;
}

const noSuchRound = () => new UserFacingError('NOT_FOUND', 'No such matching round in your school.', 'roundId');

/** The round, locked for this transaction, or NOT_FOUND for rounds of other schools. */
export async function lockRound(m: EntityManager, schoolId: string, roundId: string): Promise<MatchingRound> {
  const round = await m
    .getRepository(MatchingRound)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :roundId AND r.school_id = :schoolId', { roundId, schoolId })
    .getOne();
  if (!round) throw noSuchRound();
  return round;
}

/** The round, unlocked, or NOT_FOUND for rounds of other schools. */
export async function findRound(m: EntityManager, schoolId: string, roundId: string): Promise<MatchingRound> {
  return (await m.getRepository(MatchingRound).findOneBy({ id: roundId, schoolId })) ?? Promise.reject(noSuchRound());
}

/** Students a round covers: enrolled, in its grades. */
export function roundStudents(m: EntityManager, round: MatchingRound) {
  const q = m
    .getRepository(Student)
    .createQueryBuilder('s')
    .where('s.school_id = :schoolId AND s.left_on IS NULL', { schoolId: round.schoolId });
  if (round.gradeIds)
    q.andWhere('s.classroom_id IN (SELECT c.id FROM classroom c WHERE c.grade_id = ANY(:gradeIds))', {
      gradeIds: round.gradeIds,
    });
  return q;
}

/** A teacher's place in the round, or NOT_A_PARTICIPANT on `field`. */
export async function roundParticipant(
  m: EntityManager,
  round: MatchingRound,
  teacherId: string,
  field: string,
): Promise<RoundMentor> {
  const row = await m.getRepository(RoundMentor).findOneBy({ roundId: round.id, teacherId });
  if (!row) throw new UserFacingError('NOT_A_PARTICIPANT', 'This teacher does not take part in the round.', field);
  return row;
}
