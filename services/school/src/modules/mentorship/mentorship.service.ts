import { randomUUID } from 'node:crypto';

import { forbidden, isDistrictRole } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { isCalendarDate, UserFacingError } from '@mentorship/graphql';
import { type DataSource, IsNull } from 'typeorm';

import type { Caller } from '../../context';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { calendarDay, isCapViolation, MENTOR_ELIGIBLE_STATUSES, withinCap } from './mentorship.cap';
import { MentorRole, Mentorship } from './mentorship.entity';

/**
 * 结对 changes during the year: mentor teams (多对一), successor handover (继任) and transfers out.
 * Matching (publishing a round) and certification (taking a mentor out) both go through it; the cap
 * is enforced by the database and reported here. Every method is one transaction.
 */
export class MentorshipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (isDistrictRole(this.caller.principal) || !this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  /**
   * Publishing a matching round: its students' LEAD pairings of this year and last years' pairings end,
   * the round's outcomes become LEAD mentorships. Joins the publishing transaction.
   */
  startYearFromRound(roundId: string, academicYear: string): Promise<void> {
    return inTransaction(this.dataSource, async (m) => {
      const on = calendarDay(this.now());
      await m.query(
        `UPDATE mentorship SET ended_on = greatest($2::date, started_on),
         end_reason = CASE WHEN academic_year = $3 THEN 'REMATCHED' ELSE 'YEAR_ENDED' END
          WHERE ended_on IS NULL AND student_id IN (SELECT student_id FROM matching_outcome WHERE round_id = $1)
            AND (academic_year <> $3 OR role = 'LEAD')`,
        [roundId, on, academicYear],
      );
      await withinCap('roundId', () =>
        m.query(
          `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on)
           SELECT gen_random_uuid(), o.school_id, o.student_id, o.teacher_id, 'LEAD', $2, $3::date
             FROM matching_outcome o WHERE o.round_id = $1 AND o.teacher_id IS NOT NULL`,
          [roundId, academicYear, on],
        ),
      );
    });
  }

  /** 多对一: one LEAD and SUPPORTING mentors for a named student; replaces the current team. */
  async formTeam(
    studentId: string,
    leadId: string,
    supportingIds: string[],
    academicYear: string,
  ): Promise<Mentorship[]> {
    const schoolId = this.schoolId;
    return inTransaction(this.dataSource, async (m) => {
      const student = await m.getRepository(Student).findOneBy({ id: studentId, schoolId });
      if (!student || student.leftOn)
        throw new UserFacingError('UNKNOWN_STUDENT', 'Not an enrolled student of your school.', 'studentId');
      if (supportingIds.includes(leadId) || new Set(supportingIds).size !== supportingIds.length)
        throw new UserFacingError('DUPLICATE_MENTOR', 'Each mentor appears once in a team.', 'supportingMentorIds');
      const ids = [leadId, ...supportingIds];
      const teachers = await m
        .getRepository(Teacher)
        .createQueryBuilder('t')
        .where('t.id IN (:...ids) AND t.school_id = :schoolId AND t.left_on IS NULL', { ids, schoolId })
        .getMany();
      ids.forEach((id, i) => {
        const t = teachers.find((x) => x.id === id);
        const field = i === 0 ? 'leadMentorId' : `supportingMentorIds[${i - 1}]`;
        if (!t) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', field);
        if (!MENTOR_ELIGIBLE_STATUSES.includes(t.mentorStatus))
          throw new UserFacingError('MENTOR_NOT_ELIGIBLE', `${t.name} cannot mentor until requalified.`, field);
      });
      const wanted = ids.map((id, i) => ({ mentorId: id, role: i === 0 ? MentorRole.LEAD : MentorRole.SUPPORTING }));
      const current = await m.getRepository(Mentorship).findBy({ studentId, endedOn: IsNull() });
      const keep = (c: Mentorship) => wanted.some((w) => w.mentorId === c.mentorId && w.role === c.role);
      const on = calendarDay(this.now());
      const ending = current.filter((c) => !keep(c));
      if (ending.length)
        await m.query(
          `UPDATE mentorship SET ended_on = greatest($2::date, started_on), end_reason = 'TEAM_CHANGED'
           WHERE id = ANY($1)`,
          [ending.map((c) => c.id), on],
        );
      const adding = wanted.filter((w) => !current.some((c) => keep(c) && c.mentorId === w.mentorId));
      await withinCap('supportingMentorIds', async () => {
        if (adding.length)
          await m.insert(
            Mentorship,
            adding.map((w) => ({
              id: randomUUID(),
              schoolId,
              studentId,
              mentorId: w.mentorId,
              role: w.role,
              academicYear,
              startedOn: on,
              endedOn: null,
              endReason: null,
            })),
          );
      });
      return m.getRepository(Mentorship).find({ where: { studentId, endedOn: IsNull() }, order: { role: 'ASC' } });
    });
  }

  /** 继任: every active mentee of one teacher moves to a successor; history is kept. */
  async handOver(fromTeacherId: string, toTeacherId: string, reason: string, teacherLeaves: boolean): Promise<number> {
    const schoolId = this.schoolId;
    if (!reason.trim()) throw new UserFacingError('REASON_REQUIRED', 'A handover needs a reason.', 'reason');
    if (fromTeacherId === toTeacherId)
      throw new UserFacingError('SAME_TEACHER', 'The successor must be another teacher.', 'toTeacherId');
    // Inside a larger change (e.g. a suspension) this joins its transaction: all of it or none.
    return inTransaction(this.dataSource, async (m) => {
      const [from, to] = await Promise.all([
        m.getRepository(Teacher).findOneBy({ id: fromTeacherId, schoolId }),
        m.getRepository(Teacher).findOneBy({ id: toTeacherId, schoolId }),
      ]);
      if (!from) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a teacher of your school.', 'fromTeacherId');
      if (!to || to.leftOn)
        throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', 'toTeacherId');
      if (!MENTOR_ELIGIBLE_STATUSES.includes(to.mentorStatus))
        throw new UserFacingError('MENTOR_NOT_ELIGIBLE', `${to.name} cannot mentor until requalified.`, 'toTeacherId');
      const on = calendarDay(this.now());
      // TypeORM returns [rows, count] for UPDATE … RETURNING.
      const [moved]: [{ id: string }[], number] = await m.query(
        `UPDATE mentorship SET ended_on = greatest($2::date, started_on), end_reason = $3 WHERE mentor_id = $1
         AND ended_on IS NULL RETURNING id`,
        [fromTeacherId, on, teacherLeaves ? 'MENTOR_LEFT' : 'HANDED_OVER'],
      );
      if (moved.length) {
        try {
          await m.query(
            `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on)
             SELECT gen_random_uuid(), school_id, student_id, $2, role, academic_year, $3::date FROM mentorship
              WHERE id = ANY($1)
             ON CONFLICT DO NOTHING`,
            [moved.map((r) => r.id), toTeacherId, on],
          );
        } catch (error) {
          if (isCapViolation(error))
            throw new UserFacingError(
              'CAP_EXCEEDED',
              `${to.name} has no room for ${moved.length} more students.`,
              'toTeacherId',
            );
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
    return inTransaction(this.dataSource, async (m) => {
      const student = await m.getRepository(Student).findOneBy({ id: studentId, schoolId });
      if (!student) throw new UserFacingError('UNKNOWN_STUDENT', 'Not a student of your school.', 'studentId');
      if (student.leftOn) throw new UserFacingError('ALREADY_LEFT', 'This student has already left.', 'studentId');
      await m.update(Student, { id: studentId }, { leftOn });
      const [, ended]: [unknown[], number] = await m.query(
        `UPDATE mentorship SET ended_on = greatest($2::date, started_on), end_reason = 'STUDENT_TRANSFERRED'
         WHERE student_id = $1 AND ended_on IS NULL`,
        [studentId, leftOn],
      );
      return ended;
    });
  }
}
