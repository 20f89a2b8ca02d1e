import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { isMentorOfAll, requireMentorOf } from '../privacy/mentor-guard';
import { SchoolTenant } from '../roster/school-tenant.entity';
import { DEFAULT_DUTY_RULES, DutyRule } from './duty-rule.entity';
import { MentorRecord, RecordStudent } from './mentor-record.entity';
import { DutyPeriod, RecordKind } from './record-kind';
import { pendingDutiesOf, type PendingDuty } from './records.duties';
import { type NewRecord, requestHashOf, validateDutyRules, validateNewRecord } from './records.input';
import { recordFromRow } from './records.loaders';
import { INSERT_RECORD_ONCE_SQL, insertRecordParams, RECORD_BY_KEY_SQL } from './records.queries';
import { monthOf, termOf } from './term';

export type { PendingDuty } from './records.duties';
export type { NewRecord } from './records.input';

export interface PublishedFeedback {
  term: string;
  content: string;
  publishedAt: Date;
  mentorId: string;
  /** The record's id: the page cursor. */
  recordId: string;
}

/** 工作记录 and the duties counted from them. Writes are mentor-only and one transaction each. */
export class RecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  /** Creates a record once per idempotency key: a retry returns the first record, not a second one. */
  async create(input: NewRecord): Promise<{ record: MentorRecord; replayed: boolean }> {
    const studentIds = [...new Set(input.studentIds)];
    validateNewRecord(input, studentIds, this.now());
    const requestHash = requestHashOf(input, studentIds);
    return inTransaction(this.dataSource, async (m) => {
      const existing = await this.byKey(m.query.bind(m), input.idempotencyKey);
      if (existing) {
        if (existing.requestHash !== requestHash)
          throw new UserFacingError(
            'IDEMPOTENCY_KEY_REUSED',
            'This idempotency key was already used for a different record; use a new key for a new record.',
            'idempotencyKey',
          );
        return { record: existing, replayed: true };
      }
      await requireMentorOf(m, this.caller.principal, studentIds);
      if (input.kind === RecordKind.OPTIONAL_ACTION) {
        const school = await m.getRepository(SchoolTenant).findOneByOrFail({ id: this.caller.principal.schoolId! });
        if (!school.optionalActions.includes(input.optionalAction!)) {
          throw new UserFacingError(
            'UNKNOWN_OPTIONAL_ACTION',
            `Choose one of your school’s optional actions: ${school.optionalActions.join('、')}.`,
            'optionalAction',
          );
        }
      }
      const term = termOf(input.occurredAt).key;
      const record = Object.assign(new MentorRecord(), {
        id: randomUUID(),
        schoolId: this.caller.principal.schoolId!,
        kind: input.kind,
        authorId: this.caller.principal.personId,
        occurredAt: input.occurredAt,
        term,
        content: input.content.trim(),
        place: input.place ?? null,
        topic: input.topic ?? null,
        contactMethod: input.contactMethod ?? null,
        optionalAction: input.optionalAction ?? null,
        publishedAt: null,
        idempotencyKey: input.idempotencyKey,
        requestHash,
        createdAt: this.now(),
      });
      // A concurrent retry with the same key loses on the unique constraint and reads the winner.
      const inserted: unknown[] = await m.query(INSERT_RECORD_ONCE_SQL, insertRecordParams(record));
      if (!inserted.length) {
        const winner = (await this.byKey(m.query.bind(m), input.idempotencyKey))!;
        if (winner.requestHash !== requestHash)
          throw new UserFacingError(
            'IDEMPOTENCY_KEY_REUSED',
            'This idempotency key was already used for a different record.',
            'idempotencyKey',
          );
        return { record: winner, replayed: true };
      }
      await m.getRepository(RecordStudent).insert(
        studentIds.map((studentId) => ({
          recordId: record.id,
          studentId,
          schoolId: record.schoolId,
          kind: record.kind,
          term,
          occurredAt: record.occurredAt,
          published: false,
        })),
      );
      await this.caller.accessLog.wrote(m, studentIds, 'records', { sealed: false });
      record.studentIds = studentIds.sort();
      return { record, replayed: false };
    });
  }

  /** 成长寄语 becomes readable by the student and guardian; at most one per student per term. */
  async publishFeedback(recordId: string): Promise<MentorRecord> {
    return inTransaction(this.dataSource, async (m) => {
      const [row] = await m.query(
        `SELECT r.*, ARRAY(SELECT student_id FROM record_student WHERE record_id = r.id) AS student_ids
         FROM mentor_record r WHERE r.id = $1 AND r.school_id = $2 FOR UPDATE`,
        [recordId, this.caller.principal.schoolId],
      );
      // A record about someone who is not the caller's mentee answers exactly like no record:
      // FORBIDDEN here would tell a colleague (or a former mentor) that the record exists.
      const record = row ? recordFromRow(row) : null;
      if (!record || !(await isMentorOfAll(m, this.caller.principal, record.studentIds)))
        throw new UserFacingError('NOT_FOUND', 'No such record about your current mentees.', 'recordId');
      if (record.kind !== RecordKind.WRITTEN_FEEDBACK)
        throw new UserFacingError(
          'NOT_WRITTEN_FEEDBACK',
          'Only a 成长寄语 (WRITTEN_FEEDBACK) is published.',
          'recordId',
        );
      if (record.publishedAt) return record;
      const taken = await m.query(
        `SELECT 1 FROM record_student WHERE student_id = $1 AND term = $2 AND kind = 'WRITTEN_FEEDBACK' AND published`,
        [record.studentIds[0], record.term],
      );
      if (taken.length)
        throw new UserFacingError(
          'FEEDBACK_ALREADY_PUBLISHED',
          `A 成长寄语 for term ${record.term} is already published for this student.`,
          'recordId',
        );
      record.publishedAt = this.now();
      await m.query('UPDATE mentor_record SET published_at = $2 WHERE id = $1', [record.id, record.publishedAt]);
      try {
        await m.query('UPDATE record_student SET published = true WHERE record_id = $1', [record.id]);
      } catch (error) {
        // Two publications at once: the partial unique index decides.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505')
          throw new UserFacingError(
            'FEEDBACK_ALREADY_PUBLISHED',
            'A 成长寄语 for this term was just published for this student.',
            'recordId',
          );
        throw error;
      }
      await this.caller.accessLog.wrote(m, record.studentIds, 'records.publish', { sealed: false });
      return record;
    });
  }

  async dutyRules(schoolId: string): Promise<DutyRule[]> {
    const rules = await this.dataSource
      .getRepository(DutyRule)
      .find({ where: { schoolId }, order: { kind: 'ASC', period: 'ASC' } });
    return rules.length
      ? rules
      : DEFAULT_DUTY_RULES.map((r) => Object.assign(new DutyRule(), r, { schoolId })).sort(
          (a, b) => a.kind.localeCompare(b.kind) || a.period.localeCompare(b.period),
        );
  }

  /** School admin: replaces the school's frequency rules (the "三个一" stay required). */
  async setDutyRules(rules: { kind: RecordKind; period: DutyPeriod; minCount: number }[]): Promise<DutyRule[]> {
    const schoolId = this.caller.principal.schoolId!;
    validateDutyRules(rules);
    return inTransaction(this.dataSource, async (m) => {
      await m.query('DELETE FROM duty_rule WHERE school_id = $1', [schoolId]);
      await m.getRepository(DutyRule).insert(rules.map((r) => ({ ...r, schoolId })));
      return m.getRepository(DutyRule).find({ where: { schoolId }, order: { kind: 'ASC', period: 'ASC' } });
    });
  }

  /**
   * The caller's to-do list: for each lead mentee, each rule not yet met in the current term
   * (or month). One statement (the school's rules read in it) however many mentees.
   */
  async pendingDuties(): Promise<PendingDuty[]> {
    const schoolId = this.caller.principal.schoolId;
    if (!schoolId) throw forbidden();
    const now = this.now();
    return pendingDutiesOf(this.dataSource, this.caller.principal.personId, schoolId, termOf(now).key, monthOf(now));
  }

  /** The student's own, or a guardian's child's, published 成长寄语. */
  async publishedFeedback(): Promise<PublishedFeedback[]> {
    const studentId =
      this.caller.principal.role === Role.STUDENT
        ? this.caller.principal.personId
        : this.caller.principal.role === Role.GUARDIAN
          ? this.caller.principal.studentId
          : null;
    if (!studentId || !this.caller.principal.schoolId) throw forbidden();
    const rows: { id: string; term: string; content: string; published_at: Date; author_id: string }[] =
      await this.dataSource.query(
        `SELECT r.id, r.term, r.content, r.published_at, r.author_id FROM record_student rs
         JOIN mentor_record r ON r.id = rs.record_id
        WHERE rs.student_id = $1 AND rs.school_id = $2 AND rs.kind = 'WRITTEN_FEEDBACK' AND rs.published
         ORDER BY r.term DESC, r.published_at DESC, r.id DESC`,
        [studentId, this.caller.principal.schoolId],
      );
    return rows.map((r) => ({
      term: r.term,
      content: r.content,
      publishedAt: r.published_at,
      mentorId: r.author_id,
      recordId: String(r.id),
    }));
  }

  private async byKey(
    query: (sql: string, params: unknown[]) => Promise<any[]>,
    key: string,
  ): Promise<MentorRecord | null> {
    const [row] = await query(RECORD_BY_KEY_SQL, [this.caller.principal.personId, key]);
    return row ? recordFromRow(row) : null;
  }
}
