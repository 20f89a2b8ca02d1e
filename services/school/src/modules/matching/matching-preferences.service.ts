import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../../context';
import { withinCap } from '../mentorship/mentorship.cap';
import type { Student } from '../roster/student.entity';
import { findRound, lockRound, roundParticipant, roundStudents, schoolOf } from './matching.rounds';
import { MatchingRound, MatchingRoundStatus, MentorEligibility } from './matching-round.entity';
import { MentorDecision, MentorPreference } from './mentor-preference.entity';
import type { RoundMentor } from './round-mentor.entity';

/**
 * 双向选择 inside an open round: students (or their head teacher) rank mentors, mentors set their
 * capacity and accept or decline who ranked them. Every write is one transaction.
 */
export class MatchingPreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    return schoolOf(this.caller.principal);
  }

  /** Participating mentors a student may rank in this round. */
  async eligibleMentorIds(m: EntityManager, round: MatchingRound, student: Student): Promise<string[]> {
    const rows: { teacher_id: string }[] =
      round.eligibility === MentorEligibility.WHOLE_SCHOOL
        ? await m.query(
            `SELECT rm.teacher_id FROM matching_round_mentor rm JOIN teacher t ON t.id = rm.teacher_id
              WHERE rm.round_id = $1 ORDER BY t.name, t.id`,
            [round.id],
          )
        : await m.query(
            `SELECT rm.teacher_id FROM matching_round_mentor rm JOIN teacher t ON t.id = rm.teacher_id
              WHERE rm.round_id = $1 AND EXISTS (SELECT 1 FROM teaching_assignment ta
                JOIN classroom c ON c.id = ta.classroom_id
               WHERE ta.teacher_id = rm.teacher_id AND c.grade_id = (SELECT grade_id FROM classroom WHERE id = $2))
              ORDER BY t.name, t.id`,
            [round.id, student.classroomId],
          );
    return rows.map((r) => r.teacher_id);
  }

  /** The student a caller acts for: a student themself, or the head teacher of their class. */
  private async actingFor(
    m: EntityManager,
    round: MatchingRound,
    studentId: string | null | undefined,
  ): Promise<Student> {
    const id = this.caller.principal.role === Role.STUDENT ? this.caller.principal.personId : studentId;
    if (!id) throw new UserFacingError('STUDENT_REQUIRED', 'Name the student you act for.', 'studentId');
    if (this.caller.principal.role === Role.STUDENT && studentId && studentId !== id)
      throw forbidden('Students submit only their own preferences.');
    const student = await roundStudents(m, round).andWhere('s.id = :id', { id }).getOne();
    if (!student)
      throw new UserFacingError('STUDENT_NOT_IN_ROUND', 'This student is not part of the round.', 'studentId');
    if (this.caller.principal.role === Role.HEAD_TEACHER && student.classroomId !== this.caller.principal.classroomId)
      throw forbidden('Head teachers act only for students of their own class.');
    return student;
  }

  async submitPreferences(
    roundId: string,
    studentId: string | null | undefined,
    mentorIds: string[],
  ): Promise<{ round: MatchingRound; studentId: string }> {
    return inTransaction(this.dataSource, async (m) => {
      const round = await lockRound(m, this.schoolId, roundId);
      const now = this.now();
      if (round.status !== MatchingRoundStatus.OPEN || now < round.opensAt || now > round.closesAt) {
        throw new UserFacingError(
          'WINDOW_CLOSED',
          `Preferences can be submitted only while the round is open (${round.opensAt.toISOString()} – ` +
            `${round.closesAt.toISOString()}).`,
          'roundId',
        );
      }
      const student = await this.actingFor(m, round, studentId);
      if (mentorIds.length > round.maxChoices)
        throw new UserFacingError('TOO_MANY_CHOICES', `Rank at most ${round.maxChoices} mentors.`, 'mentorIds');
      const eligible = new Set(await this.eligibleMentorIds(m, round, student));
      mentorIds.forEach((id, i) => {
        if (mentorIds.indexOf(id) !== i)
          throw new UserFacingError('DUPLICATE_MENTOR', 'The same mentor is ranked twice.', `mentorIds[${i}]`);
        if (!eligible.has(id))
          throw new UserFacingError(
            'MENTOR_NOT_ELIGIBLE',
            'This mentor cannot be chosen by this student in this round.',
            `mentorIds[${i}]`,
          );
      });
      await m.delete(MentorPreference, { roundId: round.id, studentId: student.id });
      if (mentorIds.length) {
        await m.insert(
          MentorPreference,
          mentorIds.map((teacherId, i) => ({
            roundId: round.id,
            studentId: student.id,
            rank: i + 1,
            teacherId,
            schoolId: round.schoolId,
            submittedBy: this.caller.principal.personId,
          })),
        );
      }
      return { round, studentId: student.id };
    });
  }

  async eligibleMentorsFor(roundId: string, studentId: string | null | undefined): Promise<string[]> {
    const m = this.dataSource.manager;
    const round = await findRound(m, this.schoolId, roundId);
    return this.eligibleMentorIds(m, round, await this.actingFor(m, round, studentId));
  }

  async preferencesOf(roundId: string, studentId: string | null | undefined): Promise<MentorPreference[]> {
    const m = this.dataSource.manager;
    const round = await findRound(m, this.schoolId, roundId);
    const student = await this.actingFor(m, round, studentId);
    return m
      .getRepository(MentorPreference)
      .find({ where: { roundId, studentId: student.id }, order: { rank: 'ASC' } });
  }

  async setMyCapacity(roundId: string, capacity: number): Promise<RoundMentor> {
    return inTransaction(this.dataSource, async (m) => {
      const round = await lockRound(m, this.schoolId, roundId);
      if (round.status === MatchingRoundStatus.PUBLISHED)
        throw new UserFacingError('ALREADY_PUBLISHED', 'The round is published.', 'roundId');
      const row = await roundParticipant(m, round, this.caller.principal.personId, 'roundId');
      if (capacity < 0 || capacity > round.cap)
        throw new UserFacingError(
          'CAPACITY_ABOVE_CAP',
          `Capacity must be between 0 and the round's cap of ${round.cap}.`,
          'capacity',
        );
      row.capacity = capacity;
      await withinCap('capacity', () => m.save(row));
      return row;
    });
  }

  async decide(roundId: string, studentId: string, accepted: boolean): Promise<MentorDecision> {
    return inTransaction(this.dataSource, async (m) => {
      const round = await lockRound(m, this.schoolId, roundId);
      if (round.status !== MatchingRoundStatus.OPEN)
        throw new UserFacingError('WINDOW_CLOSED', 'Decisions can be made only while the round is open.', 'roundId');
      await roundParticipant(m, round, this.caller.principal.personId, 'roundId');
      const ranked = await m
        .getRepository(MentorPreference)
        .findOneBy({ roundId, studentId, teacherId: this.caller.principal.personId });
      if (!ranked) throw new UserFacingError('NOT_RANKED', 'This student did not rank you.', 'studentId');
      const decision = m
        .getRepository(MentorDecision)
        .create({ roundId, teacherId: this.caller.principal.personId, studentId, schoolId: round.schoolId, accepted });
      await m.save(decision);
      return decision;
    });
  }

  /** Who ranked the calling mentor in a round, with their rank and the mentor's answer. */
  async rankedMe(roundId: string): Promise<{ studentId: string; rank: number; accepted: boolean | null }[]> {
    const rows = await this.dataSource.query(
      `SELECT p.student_id, p.rank, d.accepted FROM mentor_preference p
         LEFT JOIN mentor_decision d ON d.round_id = p.round_id AND d.teacher_id = p.teacher_id
          AND d.student_id = p.student_id
        WHERE p.round_id = $1 AND p.teacher_id = $2 AND p.school_id = $3 ORDER BY p.rank, p.student_id`,
      [roundId, this.caller.principal.personId, this.schoolId],
    );
    return rows.map((r: { student_id: string; rank: number; accepted: boolean | null }) => ({
      studentId: r.student_id,
      rank: r.rank,
      accepted: r.accepted,
    }));
  }

  /** School admin: students who have ranked at least one mentor so far. */
  async studentsWhoRanked(roundId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      'SELECT count(DISTINCT student_id)::int AS n FROM mentor_preference WHERE round_id = $1',
      [roundId],
    );
    return row.n;
  }
}
