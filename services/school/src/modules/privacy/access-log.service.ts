import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { UserFacingError, userInputError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { AccessAction } from './access-log.entity';
import {
  checkRange,
  DAY_MS,
  MAX_REVIEW_DAYS,
  MAX_REVIEW_ENTRIES,
  MAX_SUMMARY_DAYS,
  type ReaderDay,
  readerDays,
  TIME_ZONE,
} from './access-log.queries';

export type { ReaderDay } from './access-log.queries';

export interface TrailEntry {
  hour: Date;
  actorId: string;
  actorRole: string;
  action: AccessAction;
  studentId: string;
  fields: string[];
  requests: number;
}

export interface Review {
  id: string;
  reason: string;
  readerId: string | null;
  from: Date;
  to: Date;
  openedAt: Date;
  openedBy: string;
}

export interface OwnDataAccess {
  day: string;
  readerName: string;
  readerRole: string;
  action: AccessAction;
}

/**
 * What each role may learn from the audit trail (PRIVACY.md, "The access log"): the school admin
 * counts per reader and day, the full trail only through a reasoned review that is itself
 * recorded, a student or guardian who accessed their own data. Sealed rows (whose existence
 * depends on the data) are counted, never listed with their student.
 */
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private schoolAdminSchool(): string {
    if (this.caller.principal.role !== Role.SCHOOL_ADMIN || !this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  /** Per reader and day: how many students, how many requests that read or wrote. Nothing per student. */
  async summary(range: { from?: Date | null; to?: Date | null }, readerId: string | null): Promise<ReaderDay[]> {
    const schoolId = this.schoolAdminSchool();
    const to = range.to ?? this.now();
    const from = range.from ?? new Date(to.getTime() - 30 * DAY_MS);
    checkRange(from, to, MAX_SUMMARY_DAYS, (field, message) => userInputError(field, message));
    return readerDays(this.dataSource, schoolId, from, to, readerId);
  }

  /**
   * Opens a review of the trail: recorded first (who, why, whose, which period), in the same
   * transaction that reads the trail, so no review is shown that is not on record.
   */
  async openReview(input: {
    reason: string;
    readerId: string | null;
    from: Date;
    to: Date;
  }): Promise<{ review: Review; days: ReaderDay[]; entries: TrailEntry[]; truncated: boolean }> {
    const schoolId = this.schoolAdminSchool();
    const reason = input.reason.trim();
    if (reason.length < 10)
      throw new UserFacingError(
        'REASON_REQUIRED',
        'Say why you open this review (at least 10 characters); the reason is kept with the review.',
        'reason',
      );
    if (reason.length > 1000)
      throw new UserFacingError('TOO_LONG', 'Keep the reason under 1,000 characters.', 'reason');
    checkRange(
      input.from,
      input.to,
      MAX_REVIEW_DAYS,
      (field, message) => new UserFacingError('INVALID_RANGE', message, field),
    );
    return inTransaction(this.dataSource, async (m) => {
      if (input.readerId) {
        const [known] = await m.query('SELECT 1 FROM teacher WHERE id = $1 AND school_id = $2', [
          input.readerId,
          schoolId,
        ]);
        if (!known) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a teacher of your school.', 'readerId');
      }
      const review: Review = {
        id: randomUUID(),
        reason,
        readerId: input.readerId,
        from: input.from,
        to: input.to,
        openedAt: this.now(),
        openedBy: this.caller.principal.personId,
      };
      await m.query(
        `INSERT INTO access_review (id, school_id, opened_by, reason, reader_id, from_at, to_at, opened_at,
         request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          review.id,
          schoolId,
          review.openedBy,
          reason,
          review.readerId,
          review.from,
          review.to,
          review.openedAt,
          this.caller.requestId.slice(0, 64),
        ],
      );
      const days = await readerDays(m, schoolId, input.from, input.to, input.readerId);
      // By hour, reader and student: enough to see who read whom how often, not the order of reads.
      const rows: {
        hour: Date;
        actor_id: string;
        actor_role: string;
        action: AccessAction;
        student_id: string;
        fields: string[];
        requests: number;
      }[] = await m.query(
        `SELECT date_trunc('hour', l.at) AS hour, l.actor_id, l.actor_role, l.action, l.student_id,
                array_agg(DISTINCT f ORDER BY f) AS fields, count(DISTINCT l.request_id)::int AS requests
           FROM access_log l CROSS JOIN LATERAL unnest(l.fields) AS f
          WHERE l.school_id = $1 AND NOT l.sealed AND l.at >= $2 AND l.at < $3 AND ($4::uuid IS NULL OR l.actor_id = $4)
          GROUP BY 1, 2, 3, 4, 5
          ORDER BY 1 DESC, 2, 5, 4
          LIMIT $5`,
        [schoolId, input.from, input.to, input.readerId, MAX_REVIEW_ENTRIES + 1],
      );
      const entries = rows.slice(0, MAX_REVIEW_ENTRIES).map((r) => ({
        hour: r.hour,
        actorId: r.actor_id,
        actorRole: r.actor_role,
        action: r.action,
        studentId: r.student_id,
        fields: r.fields,
        requests: r.requests,
      }));
      return { review, days, entries, truncated: rows.length > MAX_REVIEW_ENTRIES };
    });
  }

  /** The reviews opened in a school, newest first: for its admins and the district. */
  async reviews(schoolId: string): Promise<Review[]> {
    const rows: {
      id: string;
      reason: string;
      reader_id: string | null;
      from_at: Date;
      to_at: Date;
      opened_at: Date;
      opened_by: string;
    }[] = await this.dataSource.query(
      `SELECT id, reason, reader_id, from_at, to_at, opened_at, opened_by FROM access_review WHERE school_id = $1
       ORDER BY opened_at DESC, id`,
      [schoolId],
    );
    return rows.map((r) => ({
      id: r.id,
      reason: r.reason,
      readerId: r.reader_id,
      from: r.from_at,
      to: r.to_at,
      openedAt: r.opened_at,
      openedBy: r.opened_by,
    }));
  }

  /**
   * A student, or a guardian for their child: who accessed the student's personal data, by day
   * (PIPL's right of access). Sealed rows are left out: "the crisis team read your child's file"
   * would tell a guardian about an alert the child may have raised about home.
   */
  async ownDataAccess(): Promise<OwnDataAccess[]> {
    const studentId =
      this.caller.principal.role === Role.STUDENT
        ? this.caller.principal.personId
        : this.caller.principal.role === Role.GUARDIAN
          ? this.caller.principal.studentId
          : null;
    if (!studentId || !this.caller.principal.schoolId) throw forbidden();
    const rows: { day: string; reader_name: string; actor_role: string; action: AccessAction }[] =
      await this.dataSource.query(
        `SELECT DISTINCT to_char((l.at AT TIME ZONE '${TIME_ZONE}')::date, 'YYYY-MM-DD') AS day,
         t.name AS reader_name, l.actor_role, l.action
         FROM access_log l JOIN teacher t ON t.id = l.actor_id
        WHERE l.student_id = $1 AND l.school_id = $2 AND NOT l.sealed AND l.at >= $3
        ORDER BY 1 DESC, 2, 3, 4 LIMIT 1000`,
        [studentId, this.caller.principal.schoolId, new Date(this.now().getTime() - 365 * DAY_MS)],
      );
    return rows.map((r) => ({ day: r.day, readerName: r.reader_name, readerRole: r.actor_role, action: r.action }));
  }
}
