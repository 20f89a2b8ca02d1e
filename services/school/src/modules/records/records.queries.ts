import type { MentorRecord } from './mentor-record.entity';

/** Inserts a record unless its author already used the idempotency key; RETURNING is empty then. */
export const INSERT_RECORD_ONCE_SQL = `INSERT INTO mentor_record (id, school_id, kind, author_id, occurred_at, term,
  content, place, topic, contact_method, optional_action, idempotency_key, request_hash, created_at)
 VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) ON CONFLICT ON CONSTRAINT mentor_record_idempotency
   DO NOTHING RETURNING id`;

export function insertRecordParams(record: MentorRecord): unknown[] {
  return [
    record.id,
    record.schoolId,
    record.kind,
    record.authorId,
    record.occurredAt,
    record.term,
    record.content,
    record.place,
    record.topic,
    record.contactMethod,
    record.optionalAction,
    record.idempotencyKey,
    record.requestHash,
    record.createdAt,
  ];
}

/** The caller's record for an idempotency key ($1 author, $2 key), with its students. */
export const RECORD_BY_KEY_SQL =
  `SELECT r.*, ARRAY(SELECT student_id FROM record_student WHERE record_id = r.id ` +
  `ORDER BY student_id) AS student_ids FROM mentor_record r WHERE r.author_id = $1 ` +
  `AND r.idempotency_key = $2`;
