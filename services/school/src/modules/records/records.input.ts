import { createHash } from 'node:crypto';

import { UserFacingError } from '@mentorship/graphql';

import { ContactMethod, DutyPeriod, RecordKind, SINGLE_STUDENT_KINDS } from './record-kind';

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

/** What a retry must repeat exactly for its idempotency key to return the first record. */
export function requestHashOf(input: NewRecord, studentIds: string[]): string {
  return createHash('sha256')
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
}

/** The checks a new record passes before any SQL, each naming the field to fix. */
export function validateNewRecord(input: NewRecord, studentIds: string[], now: Date): void {
  if (!/^[\w.:-]{8,64}$/.test(input.idempotencyKey))
    throw new UserFacingError(
      'INVALID_IDEMPOTENCY_KEY',
      'Send 8 to 64 letters, digits or -_.: (a UUID is ideal).',
      'idempotencyKey',
    );
  if (!studentIds.length) throw new UserFacingError('REQUIRED', 'Name at least one student.', 'studentIds');
  if (SINGLE_STUDENT_KINDS.has(input.kind) && studentIds.length !== 1)
    throw new UserFacingError('ONE_STUDENT_ONLY', `A ${input.kind} record is about exactly one student.`, 'studentIds');
  if (studentIds.length > 60)
    throw new UserFacingError('TOO_MANY_STUDENTS', 'At most 60 students per record.', 'studentIds');
  if (!input.content.trim()) throw new UserFacingError('REQUIRED', 'Write what happened.', 'content');
  if (input.content.length > 10000)
    throw new UserFacingError('TOO_LONG', 'Keep it under 10,000 characters.', 'content');
  if (Number.isNaN(input.occurredAt.getTime()) || input.occurredAt.getTime() > now.getTime() + 5 * 60_000)
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

/** A school's frequency rules: 1 to 31 per period, one per kind and period, the "三个一" kept. */
export function validateDutyRules(rules: { kind: RecordKind; period: DutyPeriod; minCount: number }[]): void {
  rules.forEach((r, i) => {
    if (r.minCount < 1 || r.minCount > 31)
      throw new UserFacingError('INVALID_COUNT', 'A rule asks for 1 to 31 records per period.', `rules[${i}].minCount`);
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
}
