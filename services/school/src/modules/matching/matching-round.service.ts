import { randomBytes, randomUUID } from 'node:crypto';

import { type Principal } from '@mentorship/auth';
import { bulkInsert, inTransaction, type Page, type PageRequest } from '@mentorship/db';
import { paginateForClient, UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { MENTOR_ELIGIBLE_STATUSES, withinCap } from '../mentorship/mentorship.cap';
import { MentorshipService } from '../mentorship/mentorship.service';
import { SchoolTenant } from '../roster/school-tenant.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { runMatch } from './algorithm';
import { lockRound, roundParticipant, roundStudents, schoolOf } from './matching.rounds';
import { MatchingAdjustment, MatchingOutcome, MatchPhase, UnmatchedReason } from './matching-outcome.entity';
import { MatchingRound, MatchingRoundStatus, MentorEligibility } from './matching-round.entity';
import { MentorPreference } from './mentor-preference.entity';

export interface OpenRoundInput {
  academicYear: string;
  opensAt: Date;
  closesAt: Date;
  gradeIds?: string[] | null;
  maxChoices?: number | null;
  cap?: number | null;
  eligibility?: MentorEligibility | null;
  randomDraw?: boolean | null;
  teacherIds?: string[] | null;
}

/**
 * 匹配, the round's lifecycle: open, run the match into a draft, adjust it by hand, publish it as the
 * year's mentorships (through MentorshipService). Every method is one transaction; a UserFacingError
 * rolls it back whole.
 */
export class MatchingRoundService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    return schoolOf(this.principal);
  }

  /** Rounds of the caller's school, latest first. */
  list(): Promise<MatchingRound[]> {
    return this.dataSource
      .getRepository(MatchingRound)
      .find({ where: { schoolId: this.principal.schoolId ?? '' }, order: { createdAt: 'DESC' } });
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
      const year = /^(\d{4})-(\d{4})$/.exec(input.academicYear);
      if (!year || Number(year[2]) !== Number(year[1]) + 1)
        throw new UserFacingError('INVALID_ACADEMIC_YEAR', 'Academic year must look like 2026-2027.', 'academicYear');
      if (!(input.closesAt > input.opensAt))
        throw new UserFacingError('INVALID_WINDOW', 'The window must close after it opens.', 'closesAt');
      // A round prepares its academic year: it may open from September of the year before (matching
      // ahead of the new intake) and must close before the year ends (31 August of its second year).
      const [windowStart, windowEnd] = [
        new Date(Date.UTC(Number(year[1]) - 1, 8, 1)),
        new Date(Date.UTC(Number(year[2]), 8, 1)),
      ];
      if (input.opensAt < windowStart)
        throw new UserFacingError(
          'INVALID_WINDOW',
          `A round for ${input.academicYear} opens from ${windowStart.toISOString().slice(0, 10)} on.`,
          'opensAt',
        );
      if (input.closesAt > windowEnd)
        throw new UserFacingError(
          'INVALID_WINDOW',
          `A round for ${input.academicYear} closes by ${windowEnd.toISOString().slice(0, 10)}.`,
          'closesAt',
        );
      const maxChoices = input.maxChoices ?? 3;
      if (maxChoices < 1 || maxChoices > 10)
        throw new UserFacingError('INVALID_CHOICE_COUNT', 'Students may rank between 1 and 10 mentors.', 'maxChoices');
      const cap = input.cap ?? school.mentorStudentCap;
      if (cap < 1 || cap > school.mentorStudentCap)
        throw new UserFacingError(
          'CAP_ABOVE_POLICY',
          `The cap must be between 1 and the district's ${school.mentorStudentCap}.`,
          'cap',
        );
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
        createdBy: this.principal.personId,
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
      const students = await roundStudents(m, round).select(['s.id', 's.classroomId']).getMany();
      const prefs: { student_id: string; teacher_id: string }[] = await m.query(
        'SELECT student_id, teacher_id FROM mentor_preference WHERE round_id = $1 ORDER BY student_id, rank',
        [round.id],
      );
      const decisions: { teacher_id: string; student_id: string; accepted: boolean }[] = await m.query(
        'SELECT teacher_id, student_id, accepted FROM mentor_decision WHERE round_id = $1',
        [round.id],
      );
      const mentors: { teacher_id: string; capacity: number; other_load: number; classrooms: string[] | null }[] =
        await m.query(
          `SELECT rm.teacher_id, least(rm.capacity, $2::int) AS capacity,
                (SELECT count(*)::int FROM mentorship ms JOIN school sc ON sc.id = ms.school_id
                  WHERE ms.mentor_id = rm.teacher_id AND ms.ended_on IS NULL
                    AND (sc.supporting_counts_toward_load OR ms.role = 'LEAD')
                    -- what publishing keeps: everything but the round's students' LEADs and last years' pairings
                    AND NOT (ms.student_id = ANY($4) AND (ms.academic_year <> $3 OR ms.role = 'LEAD'))) AS other_load,
                (SELECT array_agg(DISTINCT ta.classroom_id) FROM teaching_assignment ta WHERE ta.teacher_id = rm.teacher_id) AS classrooms
           FROM matching_round_mentor rm WHERE rm.round_id = $1`,
          [round.id, round.cap, round.academicYear, students.map((s) => s.id)],
        );
      const prefsOf = new Map<string, string[]>();
      for (const p of prefs) prefsOf.set(p.student_id, [...(prefsOf.get(p.student_id) ?? []), p.teacher_id]);
      const result = runMatch({
        seed: round.seed,
        randomDraw: round.randomDraw,
        students: students.map((s) => ({ id: s.id, classroomId: s.classroomId, preferences: prefsOf.get(s.id) ?? [] })),
        mentors: mentors.map((x) => ({
          id: x.teacher_id,
          // Mentorships that publishing keeps (other grades, supporting roles) already use some of the room.
          capacity: Math.max(0, x.capacity - x.other_load),
          teaches: new Set(x.classrooms ?? []),
          accepted: new Set(
            decisions.filter((d) => d.teacher_id === x.teacher_id && d.accepted).map((d) => d.student_id),
          ),
          declined: new Set(
            decisions.filter((d) => d.teacher_id === x.teacher_id && !d.accepted).map((d) => d.student_id),
          ),
        })),
      });
      await m.delete(MatchingOutcome, { roundId: round.id });
      const rows = [
        ...result.assignments.map((a) => ({
          studentId: a.studentId,
          teacherId: a.mentorId as string | null,
          phase: a.phase as string | null,
          rank: a.rank,
          reason: null as string | null,
        })),
        ...result.unmatched.map((u) => ({
          studentId: u.studentId,
          teacherId: null,
          phase: null,
          rank: null,
          reason: u.reason as string,
        })),
      ];
      await bulkInsert(
        m,
        'matching_outcome',
        [
          { name: 'round_id', type: 'uuid', value: () => round.id },
          { name: 'student_id', type: 'uuid', value: (r) => r.studentId },
          { name: 'school_id', type: 'uuid', value: () => round.schoolId },
          { name: 'teacher_id', type: 'uuid', value: (r) => r.teacherId },
          { name: 'phase', type: 'text', value: (r) => r.phase },
          { name: 'rank', type: 'smallint', value: (r) => r.rank },
          { name: 'unmatched_reason', type: 'text', value: (r) => r.reason },
        ],
        rows,
      );
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
        adjustedBy: this.principal.personId,
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
      await new MentorshipService(this.dataSource, this.principal, this.now).startYearFromRound(
        round.id,
        round.academicYear,
      );
      round.status = MatchingRoundStatus.PUBLISHED;
      round.publishedAt = this.now();
      return m.save(round);
    });
  }
}
