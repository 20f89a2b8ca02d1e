import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { isCalendarDate, UserFacingError } from '@mentorship/graphql';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../../context';
import { MentorshipService } from '../mentorship/mentorship.service';
import { MentorStatus, Teacher } from '../roster/teacher.entity';
import { trainingStatusOf } from './district-access';
import { MentorStatusChange } from './mentor-status-change.entity';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * 聘任: NOT_SUITABLE (暂时不适合) → TRAINEE (试用期) → CERTIFIED (聘任) → SUSPENDED. Each change is
 * one transaction with its history row; certification needs the district's required training
 * and the trial period behind it; taking a teacher out of mentoring hands their mentees over.
 */
export class CertificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (this.caller.principal.role !== Role.SCHOOL_ADMIN || !this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  private async lock(m: EntityManager, teacherId: string): Promise<Teacher> {
    const teacher = await m
      .getRepository(Teacher)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :teacherId AND t.school_id = :schoolId AND t.left_on IS NULL', {
        teacherId,
        schoolId: this.schoolId,
      })
      .getOne();
    if (!teacher) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', 'teacherId');
    return teacher;
  }

  private async change(
    m: EntityManager,
    teacher: Teacher,
    to: MentorStatus,
    reason: string | null,
    set: Partial<Teacher> = {},
  ): Promise<Teacher> {
    const from = teacher.mentorStatus;
    Object.assign(teacher, set, { mentorStatus: to });
    await m.update(Teacher, { id: teacher.id }, { mentorStatus: to, ...set });
    await m.getRepository(MentorStatusChange).insert({
      id: randomUUID(),
      schoolId: teacher.schoolId,
      teacherId: teacher.id,
      fromStatus: from,
      toStatus: to,
      reason,
      changedBy: this.caller.principal.personId,
      at: this.now(),
    });
    return teacher;
  }

  /** Starts (or restarts, to requalify) the trial period. */
  async startTrial(teacherId: string, on?: string | null): Promise<Teacher> {
    const start = on ?? day(this.now());
    if (!isCalendarDate(start)) throw new UserFacingError('INVALID_DATE', 'Date must look like 2026-11-24.', 'on');
    return inTransaction(this.dataSource, async (m) => {
      const t = await this.lock(m, teacherId);
      if (t.mentorStatus === MentorStatus.CERTIFIED)
        throw new UserFacingError('WRONG_STATUS', `${t.name} is certified already.`, 'teacherId');
      return this.change(
        m,
        t,
        MentorStatus.TRAINEE,
        t.mentorStatus === MentorStatus.TRAINEE ? 'trial period restarted' : 'requalified: trial period',
        { trialStartedOn: start, certifiedOn: null },
      );
    });
  }

  /** 颁发聘书: only after the required training (checked with the district) and the trial period. */
  async certify(teacherId: string, on?: string | null): Promise<Teacher> {
    const date = on ?? day(this.now());
    if (!isCalendarDate(date)) throw new UserFacingError('INVALID_DATE', 'Date must look like 2026-11-24.', 'on');
    const current = await this.dataSource.getRepository(Teacher).findOneBy({ id: teacherId, schoolId: this.schoolId });
    if (!current || current.leftOn)
      throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', 'teacherId');
    if (current.mentorStatus !== MentorStatus.TRAINEE)
      throw new UserFacingError(
        'WRONG_STATUS',
        `Only a trainee is certified; ${current.name} is ${current.mentorStatus}.`,
        'teacherId',
      );
    if (!current.trialStartedOn)
      throw new UserFacingError('TRIAL_NOT_STARTED', `${current.name}'s trial period has not started.`, 'teacherId');
    const training = await trainingStatusOf(this.caller.district, {
      id: current.id,
      staffNumber: current.staffNumber,
      schoolId: current.schoolId,
    });
    if (!training.complete)
      throw new UserFacingError(
        'TRAINING_INCOMPLETE',
        `${current.name} has passed ${training.requiredCoursesDone} of ${training.requiredCoursesTotal} required ` +
          `courses.`,
        'teacherId',
      );
    const trialEnds = new Date(Date.parse(current.trialStartedOn) + training.trialPeriodDays * 86400_000);
    if (Date.parse(date) < trialEnds.getTime())
      throw new UserFacingError(
        'TRIAL_NOT_OVER',
        `The trial period (${training.trialPeriodDays} days) ends on ${day(trialEnds)}.`,
        'on',
      );
    return inTransaction(this.dataSource, async (m) => {
      const t = await this.lock(m, teacherId);
      if (t.mentorStatus !== MentorStatus.TRAINEE || t.trialStartedOn !== current.trialStartedOn)
        throw new UserFacingError('WRONG_STATUS', 'The teacher’s status changed meanwhile; try again.', 'teacherId');
      return this.change(m, t, MentorStatus.CERTIFIED, 'certified (颁发聘书)', { certifiedOn: date });
    });
  }

  /** Out of mentoring (暂时不适合, or suspended for failing duties): mentees go to a successor in the same transaction. */
  async takeOut(
    teacherId: string,
    to: MentorStatus.NOT_SUITABLE | MentorStatus.SUSPENDED,
    reason: string,
    successorId?: string | null,
  ): Promise<{ teacher: Teacher; handedOver: number }> {
    if (!reason.trim()) throw new UserFacingError('REASON_REQUIRED', 'Say why; it is recorded.', 'reason');
    return inTransaction(this.dataSource, async (m) => {
      const t = await this.lock(m, teacherId);
      if (t.mentorStatus === to) throw new UserFacingError('WRONG_STATUS', `${t.name} is ${to} already.`, 'teacherId');
      const [{ n }] = await m.query(
        'SELECT count(*)::int n FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL',
        [teacherId],
      );
      let handedOver = 0;
      if (n > 0) {
        if (!successorId)
          throw new UserFacingError(
            'HAS_MENTEES',
            `${t.name} has ${n} mentee(s): name a successor to hand them to.`,
            'successorId',
          );
        handedOver = await new MentorshipService(this.dataSource, this.caller, this.now).handOver(
          teacherId,
          successorId,
          reason,
          false,
        );
      }
      return { teacher: await this.change(m, t, to, reason.trim()), handedOver };
    });
  }

  history(teacherId: string): Promise<MentorStatusChange[]> {
    return this.dataSource
      .getRepository(MentorStatusChange)
      .find({ where: { teacherId, schoolId: this.caller.principal.schoolId ?? '' }, order: { at: 'ASC' } });
  }
}
