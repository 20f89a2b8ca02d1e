import { randomBytes, randomUUID } from 'node:crypto';

import { bulkInsert, inTransaction, type Page, type PageRequest } from '@mentorship/db';
import { paginateForClient, UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { MENTOR_ELIGIBLE_STATUSES, withinCap } from '../mentorship/mentorship.cap';
import { MentorshipService } from '../mentorship/mentorship.service';
import { SchoolTenant } from '../roster/school-tenant.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { runMatch } from './algorithm';
import { readMatchInput, writeDraft } from './matching.draft';
import { type OpenRoundInput, validateRoundSettings } from './matching.open';
import { lockRound, roundParticipant, schoolOf } from './matching.rounds';
import { MatchingAdjustment, MatchingOutcome, MatchPhase, UnmatchedReason } from './matching-outcome.entity';
import { MatchingRound, MatchingRoundStatus, MentorEligibility } from './matching-round.entity';
import { MentorPreference } from './mentor-preference.entity';

export type { OpenRoundInput } from './matching.open';

/**
 * 匹配, the round's lifecycle: open, run the match into a draft, adjust it by hand, publish it as the
 * year's mentorships (through MentorshipService). Every method is one transaction; a UserFacingError
 * rolls it back whole.
 */
export class MatchingRoundService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    return schoolOf(this.caller.principal);
  }

  /** Rounds of the caller's school, latest first. */
  list(): Promise<MatchingRound[]> {
    return this.dataSource
      .getRepository(MatchingRound)
      .find({ where: { schoolId: this.caller.principal.schoolId ?? '' }, order: { createdAt: 'DESC' } });
  }

  /** Each student's draft or published result, by student id; one classroom or only the unmatched on request. */
  async outcomes(
    roundId: string,
    request: PageRequest,
    filter: { classroomId: string | null; unmatchedOnly: boolean },
  ): Promise<Page<MatchingOutcome>> {
    const query = this.dataSource
      .getRepository(MatchingOutcome)
      .createQueryBuilder('o')
      .innerJoin(Student, 's', 's.id = o.student_id')
      .where('o.round_id = :roundId', { roundId });
    if (filter.classroomId) query.andWhere('s.classroom_id = :classroomId', { classroomId: filter.classroomId });
    if (filter.unmatchedOnly) query.andWhere('o.teacher_id IS NULL');
    return paginateForClient(query, request, { column: 'o.student_id', value: (o) => o.studentId });
  }

  async openRound(input: OpenRoundInput): Promise<MatchingRound> {
    const schoolId = this.schoolId;
    return inTransaction(this.dataSource, async (m) => {
      const school = await m.getRepository(SchoolTenant).findOneByOrFail({ id: schoolId });
      const { maxChoices, cap } = validateRoundSettings(input, school.mentorStudentCap);
      const gradeIds = input.gradeIds?.length ? [...new Set(input.gradeIds)] : null;
      if (gradeIds) {
        const [{ n }] = await m.query('SELECT count(*)::int n FROM grade WHERE school_id = $1 AND id = ANY($2)', [
          schoolId,
          gradeIds,
        ]);
        if (n !== gradeIds.length)
          throw new UserFacingError('UNKNOWN_GRADE', 'A grade is not a grade of your school.', 'gradeIds');
      }
      const open = await m.query(
        `SELECT 1 FROM matching_round WHERE school_id = $1 AND academic_year = $2 AND status <> 'PUBLISHED' LIMIT 1`,
        [schoolId, input.academicYear],
      );
      if (open.length)
        throw new UserFacingError(
          'ROUND_ALREADY_OPEN',
          'A round for this academic year is already open; publish it first.',
          'academicYear',
        );

      const teachers = await m
        .getRepository(Teacher)
        .createQueryBuilder('t')
        .where('t.school_id = :schoolId AND t.left_on IS NULL', { schoolId })
        .andWhere(input.teacherIds?.length ? 't.id IN (:...ids)' : '1 = 1', { ids: input.teacherIds ?? [] })
        .getMany();
      if (input.teacherIds?.length) {
        const found = new Map(teachers.map((t) => [t.id, t]));
        input.teacherIds.forEach((id, i) => {
          const t = found.get(id);
          if (!t)
            throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', `teacherIds[${i}]`);
          if (!MENTOR_ELIGIBLE_STATUSES.includes(t.mentorStatus))
            throw new UserFacingError(
              'MENTOR_NOT_ELIGIBLE',
              `${t.name} is ${t.mentorStatus} and cannot take part until requalified.`,
              `teacherIds[${i}]`,
            );
        });
      }
      const participants = teachers.filter((t) => MENTOR_ELIGIBLE_STATUSES.includes(t.mentorStatus));
      if (!participants.length)
        throw new UserFacingError('NO_MENTORS', 'No eligible teacher takes part.', 'teacherIds');

      const round = m.getRepository(MatchingRound).create({
        id: randomUUID(),
        schoolId,
        academicYear: input.academicYear,
        gradeIds,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        maxChoices,
        cap,
        eligibility: input.eligibility ?? MentorEligibility.SAME_GRADE,
        randomDraw: input.randomDraw ?? false,
        status: MatchingRoundStatus.OPEN,
        seed: randomBytes(16).toString('hex'),
        createdBy: this.caller.principal.personId,
        blockingPairs: null,
        ranAt: null,
        publishedAt: null,
      });
      await m.getRepository(MatchingRound).insert(round);
      await bulkInsert(
        m,
        'matching_round_mentor',
        [
          { name: 'round_id', type: 'uuid', value: () => round.id },
          { name: 'teacher_id', type: 'uuid', value: (t) => t.id },
          { name: 'school_id', type: 'uuid', value: () => schoolId },
          { name: 'capacity', type: 'smallint', value: () => cap },
        ],
        participants,
      );
      return m.getRepository(MatchingRound).findOneByOrFail({ id: round.id });
    });
  }

  /** Runs (or re-runs) the match and stores the draft. */
  async run(roundId: string): Promise<MatchingRound> {
    return inTransaction(this.dataSource, async (m) => {
      const round = await lockRound(m, this.schoolId, roundId);
      if (round.status === MatchingRoundStatus.PUBLISHED)
        throw new UserFacingError('ALREADY_PUBLISHED', 'The round is already published.', 'roundId');
      const result = runMatch(await readMatchInput(m, round));
      await writeDraft(m, round, result);
      round.status = MatchingRoundStatus.DRAFTED;
      round.blockingPairs = result.blockingPairs;
      round.ranAt = this.now();
      return m.save(round);
    });
  }

  /** A manual change to the draft; needs a reason, is recorded, and respects the capacity. */
  async adjust(roundId: string, studentId: string, mentorId: string | null, reason: string): Promise<MatchingOutcome> {
    if (!reason.trim()) throw new UserFacingError('REASON_REQUIRED', 'Every manual change needs a reason.', 'reason');
    return inTransaction(this.dataSource, async (m) => {
      const round = await lockRound(m, this.schoolId, roundId);
      if (round.status !== MatchingRoundStatus.DRAFTED) {
        throw new UserFacingError(
          round.status === MatchingRoundStatus.PUBLISHED ? 'ALREADY_PUBLISHED' : 'NOT_RUN',
          'Only a drafted round can be adjusted.',
          'roundId',
        );
      }
      const outcome = await m.getRepository(MatchingOutcome).findOneBy({ roundId, studentId });
      if (!outcome)
        throw new UserFacingError('STUDENT_NOT_IN_ROUND', 'This student is not part of the round.', 'studentId');
      if (mentorId) await roundParticipant(m, round, mentorId, 'mentorId');
      const from = outcome.teacherId;
      const rank = mentorId
        ? ((await m.getRepository(MentorPreference).findOneBy({ roundId, studentId, teacherId: mentorId }))?.rank ??
          null)
        : null;
      Object.assign(
        outcome,
        mentorId
          ? { teacherId: mentorId, phase: MatchPhase.MANUAL, rank, unmatchedReason: null }
          : { teacherId: null, phase: null, rank: null, unmatchedReason: UnmatchedReason.REMOVED_BY_ADMIN },
      );
      await withinCap('mentorId', () => m.save(outcome));
      await m.insert(MatchingAdjustment, {
        id: randomUUID(),
        roundId,
        schoolId: round.schoolId,
        studentId,
        fromTeacherId: from,
        toTeacherId: mentorId,
        reason: reason.trim(),
        adjustedBy: this.caller.principal.personId,
      });
      return outcome;
    });
  }

  /** Creates the year's mentorships from the draft in one transaction and ends the previous ones. */
  async publish(roundId: string): Promise<MatchingRound> {
    return inTransaction(this.dataSource, async (m) => {
      const round = await lockRound(m, this.schoolId, roundId);
      if (round.status === MatchingRoundStatus.PUBLISHED)
        throw new UserFacingError('ALREADY_PUBLISHED', 'This round is already published.', 'roundId');
      if (round.status !== MatchingRoundStatus.DRAFTED)
        throw new UserFacingError('NOT_RUN', 'Run the match before publishing.', 'roundId');
      await new MentorshipService(this.dataSource, this.caller, this.now).startYearFromRound(
        round.id,
        round.academicYear,
      );
      round.status = MatchingRoundStatus.PUBLISHED;
      round.publishedAt = this.now();
      return m.save(round);
    });
  }
}
