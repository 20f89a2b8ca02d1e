import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { NotificationKind } from '../notifications/notification.enums';
import { queueNotification } from '../notifications/notification-queue';
import { requireMentorOf } from '../privacy/mentor-guard';
import { SchoolTenant } from '../roster/school-tenant.entity';
import { CrisisAlert, CrisisAlertEvent, CrisisLevel, CrisisStatus } from './crisis-alert.entity';

/** Which status may follow which; CLOSED is reachable from any open status. */
const NEXT: Record<CrisisStatus, CrisisStatus[]> = {
  [CrisisStatus.REPORTED]: [CrisisStatus.ASSESSING, CrisisStatus.CLOSED],
  [CrisisStatus.ASSESSING]: [CrisisStatus.REFERRED, CrisisStatus.CLOSED],
  [CrisisStatus.REFERRED]: [CrisisStatus.CLOSED],
  [CrisisStatus.CLOSED]: [],
};

/** An alert is overdue while nobody has picked it up within the school's pick-up time. */
export function isOverdue(alert: Pick<CrisisAlert, 'status' | 'reportedAt'>, pickupHours: number, now: Date): boolean {
  return alert.status === CrisisStatus.REPORTED && now.getTime() - alert.reportedAt.getTime() > pickupHours * 3600_000;
}

/** 危机上报: a mentor raises, the crisis team moves it along; every step is kept. */
export class CrisisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  async raise(input: {
    studentId: string;
    level: CrisisLevel;
    description: string;
    idempotencyKey: string;
  }): Promise<CrisisAlert> {
    if (!input.description.trim())
      throw new UserFacingError('REQUIRED', 'Describe briefly what you saw.', 'description');
    if (input.description.length > 2000)
      throw new UserFacingError(
        'TOO_LONG',
        'Keep it short (under 2,000 characters); details go to the crisis team in person.',
        'description',
      );
    if (!/^[\w.:-]{8,64}$/.test(input.idempotencyKey))
      throw new UserFacingError(
        'INVALID_IDEMPOTENCY_KEY',
        'Send 8 to 64 letters, digits or -_.: (a UUID is ideal).',
        'idempotencyKey',
      );
    return inTransaction(this.dataSource, async (m) => {
      await requireMentorOf(m, this.caller.principal, [input.studentId]);
      const existing = await m
        .getRepository(CrisisAlert)
        .findOneBy({ raisedBy: this.caller.principal.personId, idempotencyKey: input.idempotencyKey });
      if (existing) return existing;
      const at = this.now();
      const alert = Object.assign(new CrisisAlert(), {
        id: randomUUID(),
        schoolId: this.caller.principal.schoolId!,
        studentId: input.studentId,
        raisedBy: this.caller.principal.personId,
        level: input.level,
        status: CrisisStatus.REPORTED,
        description: input.description.trim(),
        referredTo: null,
        reportedAt: at,
        pickedUpAt: null,
        idempotencyKey: input.idempotencyKey,
        version: 0,
      });
      await m.getRepository(CrisisAlert).insert(alert);
      await m.getRepository(CrisisAlertEvent).insert({
        id: randomUUID(),
        alertId: alert.id,
        schoolId: alert.schoolId,
        status: CrisisStatus.REPORTED,
        actorId: this.caller.principal.personId,
        at,
        note: null,
      });
      await this.caller.accessLog.wrote(m, [alert.studentId], 'crisisAlert', { sealed: true });
      // Same transaction: the crisis team is told exactly when the alert exists (ids and level only).
      await queueNotification(
        m,
        alert.schoolId,
        `crisis-alert:${alert.id}`,
        { kind: NotificationKind.CRISIS_ALERT, subject: alert.id, level: alert.level },
        at,
      );
      return alert;
    });
  }

  /** Crisis team: the next step, with who and when; REFERRED names to whom. */
  async advance(input: {
    alertId: string;
    status: CrisisStatus;
    note?: string | null;
    referredTo?: string | null;
  }): Promise<CrisisAlert> {
    if (this.caller.principal.role !== Role.CRISIS_TEAM || !this.caller.principal.schoolId) throw forbidden();
    if (input.status === CrisisStatus.REFERRED && !input.referredTo?.trim())
      throw new UserFacingError('REQUIRED', 'Say to whom the case is referred.', 'referredTo');
    return inTransaction(this.dataSource, async (m) => {
      const alert = await m
        .getRepository(CrisisAlert)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :id AND a.school_id = :schoolId', {
          id: input.alertId,
          schoolId: this.caller.principal.schoolId,
        })
        .getOne();
      if (!alert) throw new UserFacingError('NOT_FOUND', 'No such alert in your school.', 'alertId');
      if (!NEXT[alert.status].includes(input.status))
        throw new UserFacingError(
          'INVALID_TRANSITION',
          `An alert that is ${alert.status} cannot become ${input.status}.`,
          'status',
        );
      const at = this.now();
      alert.status = input.status;
      alert.version += 1;
      if (!alert.pickedUpAt) alert.pickedUpAt = at;
      if (input.status === CrisisStatus.REFERRED) alert.referredTo = input.referredTo!.trim();
      await m.getRepository(CrisisAlert).save(alert);
      await m.getRepository(CrisisAlertEvent).insert({
        id: randomUUID(),
        alertId: alert.id,
        schoolId: alert.schoolId,
        status: input.status,
        actorId: this.caller.principal.personId,
        at,
        note: input.referredTo?.trim() || input.note?.trim() || null,
      });
      await this.caller.accessLog.wrote(m, [alert.studentId], 'crisisAlert.status', { sealed: true });
      return alert;
    });
  }

  /** School admin and crisis team: the school's alerts, open first, newest first. */
  async list(filter: {
    status?: CrisisStatus | null;
    overdueOnly?: boolean | null;
  }): Promise<{ alerts: CrisisAlert[]; pickupHours: number }> {
    if (!this.caller.principal.schoolId) throw forbidden();
    const school = await this.dataSource
      .getRepository(SchoolTenant)
      .findOneByOrFail({ id: this.caller.principal.schoolId });
    const q = this.dataSource
      .getRepository(CrisisAlert)
      .createQueryBuilder('a')
      .where('a.school_id = :schoolId', { schoolId: school.id });
    if (filter.status) q.andWhere('a.status = :status', { status: filter.status });
    if (filter.overdueOnly)
      q.andWhere(`a.status = 'REPORTED' AND a.reported_at < :due`, {
        due: new Date(this.now().getTime() - school.crisisPickupHours * 3600_000),
      });
    const alerts = await q
      .orderBy(`a.status = 'CLOSED'`)
      .addOrderBy('a.reported_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
    return { alerts, pickupHours: school.crisisPickupHours };
  }
}
