import { createHash, randomUUID } from 'node:crypto';

import { forbidden, type Principal, Role } from '@mentorship/auth';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { AccessLog } from '../privacy/access-log';
import { isMentorOfAll, requireMentorOf } from '../privacy/mentor-guard';
import { SchoolTenant } from '../roster/school-tenant.entity';
import { DEFAULT_DUTY_RULES, DutyRule } from './duty-rule.entity';
import { MentorRecord, RecordStudent } from './mentor-record.entity';
import { ContactMethod, DutyPeriod, RecordKind, SINGLE_STUDENT_KINDS } from './record-kind';
import { recordFromRow } from './records.loaders';
import { monthOf, termOf } from './term';

export interface NewRecord {
  idempotencyKey: string;
  kind: RecordKind;
  studentIds: string[];
  occurredAt: Date;
  content: string;
  place?: string | null;
  topic?: string | null;
  contactMethod?: ContactMethod | null;
  optionalAction?: string | null;
}

export interface PendingDuty {
  studentId: string;
  kind: RecordKind;
  period: DutyPeriod;
  required: number;
  done: number;
}

export interface PublishedFeedback {
  term: string;
  content: string;
  publishedAt: Date;
  mentorId: string;
}

/** 工作记录 and the duties counted from them. Writes are mentor-only and one transaction each. */
export class RecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly now: () => Date,
    private readonly audit: AccessLog,
  ) {}

  /** Creates a record once per idempotency key: a retry returns the first record, not a second one. */
  async create(input: NewRecord): Promise<{ record: MentorRecord; replayed: boolean }> {
    const studentIds = [...new Set(input.studentIds)];
    this.validate(input, studentIds);
    const requestHash = createHash('sha256')
      .update(
        JSON.stringify([
          input.kind,
          [...studentIds].sort(),
          input.occurredAt.toISOString(),
          input.content,
          input.place ?? null,
          input.topic ?? null,
          input.contactMethod ?? null,
          input.optionalAction ?? null,
        ]),
      )
      .digest('hex');
    return this.dataSource.transaction(async (m) => {
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
      await requireMentorOf(m, this.principal, studentIds);
      if (input.kind === RecordKind.OPTIONAL_ACTION) {
        const school = await m.getRepository(SchoolTenant).findOneByOrFail({ id: this.principal.schoolId! });
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
        schoolId: this.principal.schoolId!,
        kind: input.kind,
        authorId: this.principal.personId,
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
      const inserted: unknown[] = await m.query(
        `INSERT INTO mentor_record (id, school_id, kind, author_id, occurred_at, term, content, place, topic, contact_method, optional_action, idempotency_key, request_hash, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) ON CONFLICT ON CONSTRAINT mentor_record_idempotency DO NOTHING RETURNING id`,
        [
          record.id,
          record.schoolId,
          record.kind,
          record.authorId,
          record.occurredAt,
          term,
          record.content,
          record.place,
          record.topic,
          record.contactMethod,
          record.optionalAction,
          record.idempotencyKey,
          requestHash,
          record.createdAt,
        ],
      );
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
      await this.audit.wrote(m, studentIds, 'records', { sealed: false });
      record.studentIds = studentIds.sort();
      return { record, replayed: false };
    });
  }

  /** 成长寄语 becomes readable by the student and guardian; at most one per student per term. */
  async publishFeedback(recordId: string): Promise<MentorRecord> {
    return this.dataSource.transaction(async (m) => {
      const [row] = await m.query(
        `SELECT r.*, ARRAY(SELECT student_id FROM record_student WHERE record_id = r.id) AS student_ids FROM mentor_record r WHERE r.id = $1 AND r.school_id = $2 FOR UPDATE`,
        [recordId, this.principal.schoolId],
      );
      // A record about someone who is not the caller's mentee answers exactly like no record:
      // FORBIDDEN here would tell a colleague (or a former mentor) that the record exists.
      const record = row ? recordFromRow(row) : null;
      if (!record || !(await isMentorOfAll(m, this.principal, record.studentIds)))
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
      await this.audit.wrote(m, record.studentIds, 'records.publish', { sealed: false });
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
    const schoolId = this.principal.schoolId!;
    rules.forEach((r, i) => {
      if (r.minCount < 1 || r.minCount > 31)
        throw new UserFacingError(
          'INVALID_COUNT',
          'A rule asks for 1 to 31 records per period.',
          `rules[${i}].minCount`,
        );
      if (rules.findIndex((o) => o.kind === r.kind && o.period === r.period) !== i)
        throw new UserFacingError('DUPLICATE_RULE', 'One rule per kind and period.', `rules[${i}]`);
    });
    for (const kind of [RecordKind.HOME_VISIT, RecordKind.TALK, RecordKind.WRITTEN_FEEDBACK]) {
      if (!rules.some((r) => r.kind === kind && r.period === DutyPeriod.TERM))
        throw new UserFacingError(
          'THREE_DUTIES_REQUIRED',
          `"三个一" cannot be dropped: keep a per-term rule for ${kind}.`,
          'rules',
        );
    }
    return this.dataSource.transaction(async (m) => {
      await m.query('DELETE FROM duty_rule WHERE school_id = $1', [schoolId]);
      await m.getRepository(DutyRule).insert(rules.map((r) => ({ ...r, schoolId })));
      return m.getRepository(DutyRule).find({ where: { schoolId }, order: { kind: 'ASC', period: 'ASC' } });
    });
  }

  /**
   * The caller's to-do list: for each lead mentee, each rule not yet met in the current term
   * (or month). Two statements however many mentees.
   */
  async pendingDuties(): Promise<PendingDuty[]> {
    const schoolId = this.principal.schoolId;
    if (!schoolId) throw forbidden();
    const now = this.now();
    const term = termOf(now);
    const month = monthOf(now);
    // The rules and the counts are independent: asked together, one round trip of waiting.
    const [rules, rows] = await Promise.all([
      this.dutyRules(schoolId),
      this.dataSource.query(
        `SELECT ms.student_id, rs.kind,
              count(rs.record_id) FILTER (WHERE rs.kind <> 'WRITTEN_FEEDBACK' OR rs.published)::int AS term_n,
              count(rs.record_id) FILTER (WHERE rs.occurred_at >= $4 AND rs.occurred_at < $5 AND (rs.kind <> 'WRITTEN_FEEDBACK' OR rs.published))::int AS month_n
         FROM mentorship ms
         JOIN student s ON s.id = ms.student_id
         LEFT JOIN record_student rs ON rs.student_id = ms.student_id AND rs.term = $3
        WHERE ms.mentor_id = $1 AND ms.school_id = $2 AND ms.ended_on IS NULL AND ms.role = 'LEAD' AND s.left_on IS NULL
        GROUP BY ms.student_id, rs.kind, s.student_number
        ORDER BY s.student_number`,
        [this.principal.personId, schoolId, term.key, month.startsOn, month.endsBefore],
      ) as Promise<{ student_id: string; kind: RecordKind | null; term_n: number; month_n: number }[]>,
    ]);
    const students: string[] = [];
    const counts = new Map<string, { term: number; month: number }>();
    for (const r of rows) {
      if (!students.includes(r.student_id)) students.push(r.student_id);
      if (r.kind) counts.set(`${r.student_id}/${r.kind}`, { term: r.term_n, month: r.month_n });
    }
    const pending: PendingDuty[] = [];
    for (const studentId of students) {
      for (const rule of rules) {
        const c = counts.get(`${studentId}/${rule.kind}`) ?? { term: 0, month: 0 };
        const done = rule.period === DutyPeriod.TERM ? c.term : c.month;
        if (done < rule.minCount)
          pending.push({ studentId, kind: rule.kind, period: rule.period, required: rule.minCount, done });
      }
    }
    return pending;
  }

  /** The student's own, or a guardian's child's, published 成长寄语. */
  async publishedFeedback(): Promise<PublishedFeedback[]> {
    const studentId =
      this.principal.role === Role.STUDENT
        ? this.principal.personId
        : this.principal.role === Role.GUARDIAN
          ? this.principal.studentId
          : null;
    if (!studentId || !this.principal.schoolId) throw forbidden();
    const rows: { term: string; content: string; published_at: Date; author_id: string }[] =
      await this.dataSource.query(
        `SELECT r.term, r.content, r.published_at, r.author_id FROM record_student rs JOIN mentor_record r ON r.id = rs.record_id
        WHERE rs.student_id = $1 AND rs.school_id = $2 AND rs.kind = 'WRITTEN_FEEDBACK' AND rs.published ORDER BY r.published_at DESC`,
        [studentId, this.principal.schoolId],
      );
    return rows.map((r) => ({ term: r.term, content: r.content, publishedAt: r.published_at, mentorId: r.author_id }));
  }

  private async byKey(
    query: (sql: string, params: unknown[]) => Promise<any[]>,
    key: string,
  ): Promise<MentorRecord | null> {
    const [row] = await query(
      `SELECT r.*, ARRAY(SELECT student_id FROM record_student WHERE record_id = r.id ORDER BY student_id) AS student_ids FROM mentor_record r WHERE r.author_id = $1 AND r.idempotency_key = $2`,
      [this.principal.personId, key],
    );
    return row ? recordFromRow(row) : null;
  }

  private validate(input: NewRecord, studentIds: string[]): void {
    if (!/^[\w.:-]{8,64}$/.test(input.idempotencyKey))
      throw new UserFacingError(
        'INVALID_IDEMPOTENCY_KEY',
        'Send 8 to 64 letters, digits or -_.: (a UUID is ideal).',
        'idempotencyKey',
      );
    if (!studentIds.length) throw new UserFacingError('REQUIRED', 'Name at least one student.', 'studentIds');
    if (SINGLE_STUDENT_KINDS.has(input.kind) && studentIds.length !== 1)
      throw new UserFacingError(
        'ONE_STUDENT_ONLY',
        `A ${input.kind} record is about exactly one student.`,
        'studentIds',
      );
    if (studentIds.length > 60)
      throw new UserFacingError('TOO_MANY_STUDENTS', 'At most 60 students per record.', 'studentIds');
    if (!input.content.trim()) throw new UserFacingError('REQUIRED', 'Write what happened.', 'content');
    if (input.content.length > 10000)
      throw new UserFacingError('TOO_LONG', 'Keep it under 10,000 characters.', 'content');
    if (Number.isNaN(input.occurredAt.getTime()) || input.occurredAt.getTime() > this.now().getTime() + 5 * 60_000)
      throw new UserFacingError('IN_THE_FUTURE', 'A record is of something that already happened.', 'occurredAt');
    if (input.kind === RecordKind.PARENT_CONTACT && !input.contactMethod)
      throw new UserFacingError('REQUIRED', 'How was the parent contacted?', 'contactMethod');
    if (input.kind === RecordKind.GROUP_ACTIVITY) {
      if (!input.place?.trim()) throw new UserFacingError('REQUIRED', 'Where did the activity take place?', 'place');
      if (!input.topic?.trim()) throw new UserFacingError('REQUIRED', 'What was the activity’s topic?', 'topic');
    }
    if (input.kind === RecordKind.OPTIONAL_ACTION && !input.optionalAction?.trim())
      throw new UserFacingError('REQUIRED', 'Which optional action?', 'optionalAction');
  }
}
