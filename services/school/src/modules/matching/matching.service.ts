import { forbidden, isDistrictRole, Role, type Principal } from '@mentorship/auth';
import { bulkInsert } from '@mentorship/db';
import { isCalendarDate, UserFacingError } from '@mentorship/graphql';
import { randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Mentorship, MentorRole } from '../mentorship/mentorship.entity';
import { Student } from '../roster/student.entity';
import { MentorStatus, Teacher } from '../roster/teacher.entity';
import { SchoolTenant } from '../roster/school-tenant.entity';
import { runMatch } from './algorithm';
import { isCapViolation, withinCap } from './matching.errors';
import { MatchingAdjustment, MatchingOutcome, MatchPhase, UnmatchedReason } from './matching-outcome.entity';
import { MatchingRound, MatchingRoundStatus, MentorEligibility } from './matching-round.entity';
import { MentorDecision, MentorPreference } from './mentor-preference.entity';
import { RoundMentor } from './round-mentor.entity';

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

const ELIGIBLE_STATUSES = [MentorStatus.TRAINEE, MentorStatus.CERTIFIED];
const today = () => new Date().toISOString().slice(0, 10);

/**
 * 匹配: rounds, preferences, the match itself, manual adjustment and publishing, plus the
 * mid-year changes (mentor teams, successor handover, transfers). Every method is one
 * transaction; a UserFacingError rolls it back whole.
 */
export class MatchingService {
  constructor(private readonly dataSource: DataSource, private readonly principal: Principal) {}

  private get schoolId(): string {
    if (isDistrictRole(this.principal) || !this.principal.schoolId) throw forbidden();
    return this.principal.schoolId;
  }

  /** The round, locked for this transaction, or NOT_FOUND for rounds of other schools. */
  private async lockRound(m: EntityManager, roundId: string): Promise<MatchingRound> {
    const round = await m.getRepository(MatchingRound).createQueryBuilder('r').setLock('pessimistic_write')
      .where('r.id = :roundId AND r.school_id = :schoolId', { roundId, schoolId: this.schoolId }).getOne();
    if (!round) throw new UserFacingError('NOT_FOUND', 'No such matching round in your school.', 'roundId');
    return round;
  }

  async openRound(input: OpenRoundInput): Promise<MatchingRound> {
    const schoolId = this.schoolId;
    return this.dataSource.transaction(async (m) => {
      const school = await m.getRepository(SchoolTenant).findOneByOrFail({ id: schoolId });
      const year = /^(\d{4})-(\d{4})$/.exec(input.academicYear);
      if (!year || Number(year[2]) !== Number(year[1]) + 1) throw new UserFacingError('INVALID_ACADEMIC_YEAR', 'Academic year must look like 2026-2027.', 'academicYear');
      if (!(input.closesAt > input.opensAt)) throw new UserFacingError('INVALID_WINDOW', 'The window must close after it opens.', 'closesAt');
      // A round prepares its academic year: it may open from September of the year before (matching
      // ahead of the new intake) and must close before the year ends (31 August of its second year).
      const [windowStart, windowEnd] = [new Date(Date.UTC(Number(year[1]) - 1, 8, 1)), new Date(Date.UTC(Number(year[2]), 8, 1))];
      if (input.opensAt < windowStart) throw new UserFacingError('INVALID_WINDOW', `A round for ${input.academicYear} opens from ${windowStart.toISOString().slice(0, 10)} on.`, 'opensAt');
      if (input.closesAt > windowEnd) throw new UserFacingError('INVALID_WINDOW', `A round for ${input.academicYear} closes by ${windowEnd.toISOString().slice(0, 10)}.`, 'closesAt');
      const maxChoices = input.maxChoices ?? 3;
      if (maxChoices < 1 || maxChoices > 10) throw new UserFacingError('INVALID_CHOICE_COUNT', 'Students may rank between 1 and 10 mentors.', 'maxChoices');
      const cap = input.cap ?? school.mentorStudentCap;
      if (cap < 1 || cap > school.mentorStudentCap) throw new UserFacingError('CAP_ABOVE_POLICY', `The cap must be between 1 and the district's ${school.mentorStudentCap}.`, 'cap');
      const gradeIds = input.gradeIds?.length ? [...new Set(input.gradeIds)] : null;
      if (gradeIds) {
        const [{ n }] = await m.query('SELECT count(*)::int n FROM grade WHERE school_id = $1 AND id = ANY($2)', [schoolId, gradeIds]);
        if (n !== gradeIds.length) throw new UserFacingError('UNKNOWN_GRADE', 'A grade is not a grade of your school.', 'gradeIds');
      }
      const open = await m.query(`SELECT 1 FROM matching_round WHERE school_id = $1 AND academic_year = $2 AND status <> 'PUBLISHED' LIMIT 1`, [schoolId, input.academicYear]);
      if (open.length) throw new UserFacingError('ROUND_ALREADY_OPEN', 'A round for this academic year is already open; publish it first.', 'academicYear');

      const teachers = await m.getRepository(Teacher).createQueryBuilder('t')
        .where('t.school_id = :schoolId AND t.left_on IS NULL', { schoolId })
        .andWhere(input.teacherIds?.length ? 't.id IN (:...ids)' : '1 = 1', { ids: input.teacherIds ?? [] }).getMany();
      if (input.teacherIds?.length) {
        const found = new Map(teachers.map((t) => [t.id, t]));
        input.teacherIds.forEach((id, i) => {
          const t = found.get(id);
          if (!t) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', `teacherIds[${i}]`);
          if (!ELIGIBLE_STATUSES.includes(t.mentorStatus)) throw new UserFacingError('MENTOR_NOT_ELIGIBLE', `${t.name} is ${t.mentorStatus} and cannot take part until requalified.`, `teacherIds[${i}]`);
        });
      }
      const participants = teachers.filter((t) => ELIGIBLE_STATUSES.includes(t.mentorStatus));
      if (!participants.length) throw new UserFacingError('NO_MENTORS', 'No eligible teacher takes part.', 'teacherIds');

      const round = m.getRepository(MatchingRound).create({
        id: randomUUID(), schoolId, academicYear: input.academicYear, gradeIds, opensAt: input.opensAt, closesAt: input.closesAt,
        maxChoices, cap, eligibility: input.eligibility ?? MentorEligibility.SAME_GRADE, randomDraw: input.randomDraw ?? false,
        status: MatchingRoundStatus.OPEN, seed: randomBytes(16).toString('hex'), createdBy: this.principal.personId,
        blockingPairs: null, ranAt: null, publishedAt: null,
      });
      await m.getRepository(MatchingRound).insert(round);
      await bulkInsert(m, 'matching_round_mentor', [
        { name: 'round_id', type: 'uuid', value: () => round.id },
        { name: 'teacher_id', type: 'uuid', value: (t) => t.id },
        { name: 'school_id', type: 'uuid', value: () => schoolId },
        { name: 'capacity', type: 'smallint', value: () => cap },
      ], participants);
      return m.getRepository(MatchingRound).findOneByOrFail({ id: round.id });
    });
  }

  /** Students a round covers: enrolled, in its grades. */
  private roundStudents(m: EntityManager, round: MatchingRound) {
    const q = m.getRepository(Student).createQueryBuilder('s')
      .where('s.school_id = :schoolId AND s.left_on IS NULL', { schoolId: round.schoolId });
    if (round.gradeIds) q.andWhere('s.classroom_id IN (SELECT c.id FROM classroom c WHERE c.grade_id = ANY(:gradeIds))', { gradeIds: round.gradeIds });
    return q;
  }

  /** Participating mentors a student may rank in this round. */
  async eligibleMentorIds(m: EntityManager, round: MatchingRound, student: Student): Promise<string[]> {
    const rows: { teacher_id: string }[] = round.eligibility === MentorEligibility.WHOLE_SCHOOL
      ? await m.query('SELECT teacher_id FROM matching_round_mentor WHERE round_id = $1', [round.id])
      : await m.query(
          `SELECT DISTINCT rm.teacher_id FROM matching_round_mentor rm
             JOIN teaching_assignment ta ON ta.teacher_id = rm.teacher_id
             JOIN classroom c ON c.id = ta.classroom_id
            WHERE rm.round_id = $1 AND c.grade_id = (SELECT grade_id FROM classroom WHERE id = $2)`,
          [round.id, student.classroomId],
        );
    return rows.map((r) => r.teacher_id);
  }

  /** The student a caller acts for: a student themself, or the head teacher of their class. */
  private async actingFor(m: EntityManager, round: MatchingRound, studentId: string | null | undefined): Promise<Student> {
    const id = this.principal.role === Role.STUDENT ? this.principal.personId : studentId;
    if (!id) throw new UserFacingError('STUDENT_REQUIRED', 'Name the student you act for.', 'studentId');
    if (this.principal.role === Role.STUDENT && studentId && studentId !== id) throw forbidden('Students submit only their own preferences.');
    const student = await this.roundStudents(m, round).andWhere('s.id = :id', { id }).getOne();
    if (!student) throw new UserFacingError('STUDENT_NOT_IN_ROUND', 'This student is not part of the round.', 'studentId');
    if (this.principal.role === Role.HEAD_TEACHER && student.classroomId !== this.principal.classroomId) throw forbidden('Head teachers act only for students of their own class.');
    return student;
  }

  async submitPreferences(roundId: string, studentId: string | null | undefined, mentorIds: string[]): Promise<{ round: MatchingRound; studentId: string }> {
    return this.dataSource.transaction(async (m) => {
      const round = await this.lockRound(m, roundId);
      const now = new Date();
      if (round.status !== MatchingRoundStatus.OPEN || now < round.opensAt || now > round.closesAt) {
        throw new UserFacingError('WINDOW_CLOSED', `Preferences can be submitted only while the round is open (${round.opensAt.toISOString()} – ${round.closesAt.toISOString()}).`, 'roundId');
      }
      const student = await this.actingFor(m, round, studentId);
      if (mentorIds.length > round.maxChoices) throw new UserFacingError('TOO_MANY_CHOICES', `Rank at most ${round.maxChoices} mentors.`, 'mentorIds');
      const eligible = new Set(await this.eligibleMentorIds(m, round, student));
      mentorIds.forEach((id, i) => {
        if (mentorIds.indexOf(id) !== i) throw new UserFacingError('DUPLICATE_MENTOR', 'The same mentor is ranked twice.', `mentorIds[${i}]`);
        if (!eligible.has(id)) throw new UserFacingError('MENTOR_NOT_ELIGIBLE', 'This mentor cannot be chosen by this student in this round.', `mentorIds[${i}]`);
      });
      await m.delete(MentorPreference, { roundId: round.id, studentId: student.id });
      if (mentorIds.length) {
        await m.insert(MentorPreference, mentorIds.map((teacherId, i) => ({ roundId: round.id, studentId: student.id, rank: i + 1, teacherId, schoolId: round.schoolId, submittedBy: this.principal.personId })));
      }
      return { round, studentId: student.id };
    });
  }

  async eligibleMentorsFor(roundId: string, studentId: string | null | undefined): Promise<string[]> {
    const m = this.dataSource.manager;
    const round = await m.getRepository(MatchingRound).findOneBy({ id: roundId, schoolId: this.schoolId });
    if (!round) throw new UserFacingError('NOT_FOUND', 'No such matching round in your school.', 'roundId');
    return this.eligibleMentorIds(m, round, await this.actingFor(m, round, studentId));
  }

  async preferencesOf(roundId: string, studentId: string | null | undefined): Promise<MentorPreference[]> {
    const m = this.dataSource.manager;
    const round = await m.getRepository(MatchingRound).findOneBy({ id: roundId, schoolId: this.schoolId });
    if (!round) throw new UserFacingError('NOT_FOUND', 'No such matching round in your school.', 'roundId');
    const student = await this.actingFor(m, round, studentId);
    return m.getRepository(MentorPreference).find({ where: { roundId, studentId: student.id }, order: { rank: 'ASC' } });
  }

  private async participant(m: EntityManager, round: MatchingRound, teacherId: string, field: string): Promise<RoundMentor> {
    const row = await m.getRepository(RoundMentor).findOneBy({ roundId: round.id, teacherId });
    if (!row) throw new UserFacingError('NOT_A_PARTICIPANT', 'This teacher does not take part in the round.', field);
    return row;
  }

  async setMyCapacity(roundId: string, capacity: number): Promise<RoundMentor> {
    return this.dataSource.transaction(async (m) => {
      const round = await this.lockRound(m, roundId);
      if (round.status === MatchingRoundStatus.PUBLISHED) throw new UserFacingError('ALREADY_PUBLISHED', 'The round is published.', 'roundId');
      const row = await this.participant(m, round, this.principal.personId, 'roundId');
      if (capacity < 0 || capacity > round.cap) throw new UserFacingError('CAPACITY_ABOVE_CAP', `Capacity must be between 0 and the round's cap of ${round.cap}.`, 'capacity');
      row.capacity = capacity;
      await withinCap('capacity', () => m.save(row));
      return row;
    });
  }

  async decide(roundId: string, studentId: string, accepted: boolean): Promise<MentorDecision> {
    return this.dataSource.transaction(async (m) => {
      const round = await this.lockRound(m, roundId);
      if (round.status !== MatchingRoundStatus.OPEN) throw new UserFacingError('WINDOW_CLOSED', 'Decisions can be made only while the round is open.', 'roundId');
      await this.participant(m, round, this.principal.personId, 'roundId');
      const ranked = await m.getRepository(MentorPreference).findOneBy({ roundId, studentId, teacherId: this.principal.personId });
      if (!ranked) throw new UserFacingError('NOT_RANKED', 'This student did not rank you.', 'studentId');
      const decision = m.getRepository(MentorDecision).create({ roundId, teacherId: this.principal.personId, studentId, schoolId: round.schoolId, accepted });
      await m.save(decision);
      return decision;
    });
  }

  /** Who ranked the calling mentor in a round, with their rank and the mentor's answer. */
  async rankedMe(roundId: string): Promise<{ studentId: string; rank: number; accepted: boolean | null }[]> {
    const rows = await this.dataSource.query(
      `SELECT p.student_id, p.rank, d.accepted FROM mentor_preference p
         LEFT JOIN mentor_decision d ON d.round_id = p.round_id AND d.teacher_id = p.teacher_id AND d.student_id = p.student_id
        WHERE p.round_id = $1 AND p.teacher_id = $2 AND p.school_id = $3 ORDER BY p.rank, p.student_id`,
      [roundId, this.principal.personId, this.schoolId],
    );
    return rows.map((r: { student_id: string; rank: number; accepted: boolean | null }) => ({ studentId: r.student_id, rank: r.rank, accepted: r.accepted }));
  }

  /** Runs (or re-runs) the match and stores the draft. */
  async run(roundId: string): Promise<MatchingRound> {
    return this.dataSource.transaction(async (m) => {
      const round = await this.lockRound(m, roundId);
      if (round.status === MatchingRoundStatus.PUBLISHED) throw new UserFacingError('ALREADY_PUBLISHED', 'The round is already published.', 'roundId');
      const students = await this.roundStudents(m, round).select(['s.id', 's.classroomId']).getMany();
      const prefs: { student_id: string; teacher_id: string }[] = await m.query('SELECT student_id, teacher_id FROM mentor_preference WHERE round_id = $1 ORDER BY student_id, rank', [round.id]);
      const decisions: { teacher_id: string; student_id: string; accepted: boolean }[] = await m.query('SELECT teacher_id, student_id, accepted FROM mentor_decision WHERE round_id = $1', [round.id]);
      const mentors: { teacher_id: string; capacity: number; other_load: number; classrooms: string[] | null }[] = await m.query(
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
          accepted: new Set(decisions.filter((d) => d.teacher_id === x.teacher_id && d.accepted).map((d) => d.student_id)),
          declined: new Set(decisions.filter((d) => d.teacher_id === x.teacher_id && !d.accepted).map((d) => d.student_id)),
        })),
      });
      await m.delete(MatchingOutcome, { roundId: round.id });
      const rows = [
        ...result.assignments.map((a) => ({ studentId: a.studentId, teacherId: a.mentorId as string | null, phase: a.phase as string | null, rank: a.rank, reason: null as string | null })),
        ...result.unmatched.map((u) => ({ studentId: u.studentId, teacherId: null, phase: null, rank: null, reason: u.reason as string })),
      ];
      await bulkInsert(m, 'matching_outcome', [
        { name: 'round_id', type: 'uuid', value: () => round.id },
        { name: 'student_id', type: 'uuid', value: (r) => r.studentId },
        { name: 'school_id', type: 'uuid', value: () => round.schoolId },
        { name: 'teacher_id', type: 'uuid', value: (r) => r.teacherId },
        { name: 'phase', type: 'text', value: (r) => r.phase },
        { name: 'rank', type: 'smallint', value: (r) => r.rank },
        { name: 'unmatched_reason', type: 'text', value: (r) => r.reason },
      ], rows);
      round.status = MatchingRoundStatus.DRAFTED;
      round.blockingPairs = result.blockingPairs;
      round.ranAt = new Date();
      return m.save(round);
    });
  }

  /** A manual change to the draft; needs a reason, is recorded, and respects the capacity. */
  async adjust(roundId: string, studentId: string, mentorId: string | null, reason: string): Promise<MatchingOutcome> {
    if (!reason.trim()) throw new UserFacingError('REASON_REQUIRED', 'Every manual change needs a reason.', 'reason');
    return this.dataSource.transaction(async (m) => {
      const round = await this.lockRound(m, roundId);
      if (round.status !== MatchingRoundStatus.DRAFTED) {
        throw new UserFacingError(round.status === MatchingRoundStatus.PUBLISHED ? 'ALREADY_PUBLISHED' : 'NOT_RUN', 'Only a drafted round can be adjusted.', 'roundId');
      }
      const outcome = await m.getRepository(MatchingOutcome).findOneBy({ roundId, studentId });
      if (!outcome) throw new UserFacingError('STUDENT_NOT_IN_ROUND', 'This student is not part of the round.', 'studentId');
      if (mentorId) await this.participant(m, round, mentorId, 'mentorId');
      const from = outcome.teacherId;
      const rank = mentorId ? (await m.getRepository(MentorPreference).findOneBy({ roundId, studentId, teacherId: mentorId }))?.rank ?? null : null;
      Object.assign(outcome, mentorId
        ? { teacherId: mentorId, phase: MatchPhase.MANUAL, rank, unmatchedReason: null }
        : { teacherId: null, phase: null, rank: null, unmatchedReason: UnmatchedReason.REMOVED_BY_ADMIN });
      await withinCap('mentorId', () => m.save(outcome));
      await m.insert(MatchingAdjustment, { id: randomUUID(), roundId, schoolId: round.schoolId, studentId, fromTeacherId: from, toTeacherId: mentorId, reason: reason.trim(), adjustedBy: this.principal.personId });
      return outcome;
    });
  }

  /** Creates the year's mentorships from the draft in one transaction and ends the previous ones. */
  async publish(roundId: string): Promise<MatchingRound> {
    return this.dataSource.transaction(async (m) => {
      const round = await this.lockRound(m, roundId);
      if (round.status === MatchingRoundStatus.PUBLISHED) throw new UserFacingError('ALREADY_PUBLISHED', 'This round is already published.', 'roundId');
      if (round.status !== MatchingRoundStatus.DRAFTED) throw new UserFacingError('NOT_RUN', 'Run the match before publishing.', 'roundId');
      const on = today();
      await m.query(
        `UPDATE mentorship SET ended_on = greatest($2::date, started_on), end_reason = CASE WHEN academic_year = $3 THEN 'REMATCHED' ELSE 'YEAR_ENDED' END
          WHERE ended_on IS NULL AND student_id IN (SELECT student_id FROM matching_outcome WHERE round_id = $1)
            AND (academic_year <> $3 OR role = 'LEAD')`,
        [round.id, on, round.academicYear],
      );
      await withinCap('roundId', () =>
        m.query(
          `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on)
           SELECT gen_random_uuid(), o.school_id, o.student_id, o.teacher_id, 'LEAD', $2, $3::date
             FROM matching_outcome o WHERE o.round_id = $1 AND o.teacher_id IS NOT NULL`,
          [round.id, round.academicYear, on],
        ),
      );
      round.status = MatchingRoundStatus.PUBLISHED;
      round.publishedAt = new Date();
      return m.save(round);
    });
  }

  /** 多对一: one LEAD and SUPPORTING mentors for a named student; replaces the current team. */
  async formTeam(studentId: string, leadId: string, supportingIds: string[], academicYear: string): Promise<Mentorship[]> {
    const schoolId = this.schoolId;
    return this.dataSource.transaction(async (m) => {
      const student = await m.getRepository(Student).findOneBy({ id: studentId, schoolId });
      if (!student || student.leftOn) throw new UserFacingError('UNKNOWN_STUDENT', 'Not an enrolled student of your school.', 'studentId');
      if (supportingIds.includes(leadId) || new Set(supportingIds).size !== supportingIds.length) throw new UserFacingError('DUPLICATE_MENTOR', 'Each mentor appears once in a team.', 'supportingMentorIds');
      const ids = [leadId, ...supportingIds];
      const teachers = await m.getRepository(Teacher).createQueryBuilder('t').where('t.id IN (:...ids) AND t.school_id = :schoolId AND t.left_on IS NULL', { ids, schoolId }).getMany();
      ids.forEach((id, i) => {
        const t = teachers.find((x) => x.id === id);
        const field = i === 0 ? 'leadMentorId' : `supportingMentorIds[${i - 1}]`;
        if (!t) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', field);
        if (!ELIGIBLE_STATUSES.includes(t.mentorStatus)) throw new UserFacingError('MENTOR_NOT_ELIGIBLE', `${t.name} cannot mentor until requalified.`, field);
      });
      const wanted = ids.map((id, i) => ({ mentorId: id, role: i === 0 ? MentorRole.LEAD : MentorRole.SUPPORTING }));
      const current = await m.getRepository(Mentorship).findBy({ studentId, endedOn: IsNull() });
      const keep = (c: Mentorship) => wanted.some((w) => w.mentorId === c.mentorId && w.role === c.role);
      const on = today();
      const ending = current.filter((c) => !keep(c));
      if (ending.length) await m.query(`UPDATE mentorship SET ended_on = greatest($2::date, started_on), end_reason = 'TEAM_CHANGED' WHERE id = ANY($1)`, [ending.map((c) => c.id), on]);
      const adding = wanted.filter((w) => !current.some((c) => keep(c) && c.mentorId === w.mentorId));
      await withinCap('supportingMentorIds', async () => {
        if (adding.length) await m.insert(Mentorship, adding.map((w) => ({ id: randomUUID(), schoolId, studentId, mentorId: w.mentorId, role: w.role, academicYear, startedOn: on, endedOn: null, endReason: null })));
      });
      return m.getRepository(Mentorship).find({ where: { studentId, endedOn: IsNull() }, order: { role: 'ASC' } });
    });
  }

  /** 继任: every active mentee of one teacher moves to a successor; history is kept. */
  async handOver(fromTeacherId: string, toTeacherId: string, reason: string, teacherLeaves: boolean, within?: EntityManager): Promise<number> {
    const schoolId = this.schoolId;
    if (!reason.trim()) throw new UserFacingError('REASON_REQUIRED', 'A handover needs a reason.', 'reason');
    if (fromTeacherId === toTeacherId) throw new UserFacingError('SAME_TEACHER', 'The successor must be another teacher.', 'toTeacherId');
    // Part of a larger change (e.g. a suspension) when a transaction is given: all of it or none.
    const inTransaction = <T>(work: (m: EntityManager) => Promise<T>) => (within ? work(within) : this.dataSource.transaction(work));
    return inTransaction(async (m) => {
      const [from, to] = await Promise.all([m.getRepository(Teacher).findOneBy({ id: fromTeacherId, schoolId }), m.getRepository(Teacher).findOneBy({ id: toTeacherId, schoolId })]);
      if (!from) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a teacher of your school.', 'fromTeacherId');
      if (!to || to.leftOn) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', 'toTeacherId');
      if (!ELIGIBLE_STATUSES.includes(to.mentorStatus)) throw new UserFacingError('MENTOR_NOT_ELIGIBLE', `${to.name} cannot mentor until requalified.`, 'toTeacherId');
      const on = today();
      // TypeORM returns [rows, count] for UPDATE … RETURNING.
      const [moved]: [{ id: string }[], number] = await m.query(
        `UPDATE mentorship SET ended_on = greatest($2::date, started_on), end_reason = $3 WHERE mentor_id = $1 AND ended_on IS NULL RETURNING id`,
        [fromTeacherId, on, teacherLeaves ? 'MENTOR_LEFT' : 'HANDED_OVER'],
      );
      if (moved.length) {
        try {
          await m.query(
            `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on)
             SELECT gen_random_uuid(), school_id, student_id, $2, role, academic_year, $3::date FROM mentorship WHERE id = ANY($1)
             ON CONFLICT DO NOTHING`,
            [moved.map((r) => r.id), toTeacherId, on],
          );
        } catch (error) {
          if (isCapViolation(error)) throw new UserFacingError('CAP_EXCEEDED', `${to.name} has no room for ${moved.length} more students.`, 'toTeacherId');
          throw error;
        }
      }
      if (teacherLeaves) await m.update(Teacher, { id: fromTeacherId }, { leftOn: on });
      return moved.length;
    });
  }

  /** A student transfers out: enrolment and mentorships end, history stays. */
  async transferOut(studentId: string, leftOn: string): Promise<number> {
    const schoolId = this.schoolId;
    if (!isCalendarDate(leftOn)) throw new UserFacingError('INVALID_DATE', 'Use a date like 2027-03-01.', 'leftOn');
    return this.dataSource.transaction(async (m) => {
      const student = await m.getRepository(Student).findOneBy({ id: studentId, schoolId });
      if (!student) throw new UserFacingError('UNKNOWN_STUDENT', 'Not a student of your school.', 'studentId');
      if (student.leftOn) throw new UserFacingError('ALREADY_LEFT', 'This student has already left.', 'studentId');
      await m.update(Student, { id: studentId }, { leftOn });
      const [, ended]: [unknown[], number] = await m.query(`UPDATE mentorship SET ended_on = greatest($2::date, started_on), end_reason = 'STUDENT_TRANSFERRED' WHERE student_id = $1 AND ended_on IS NULL`, [studentId, leftOn]);
      return ended;
    });
  }
}
