import { registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** READ: personal data was returned; WRITE: personal data was created or changed. */
export enum AccessAction {
  READ = 'READ',
  WRITE = 'WRITE',
}
registerEnumType(AccessAction, {
  name: 'AccessAction',
  description: 'READ: personal data was returned; WRITE: it was created or changed.',
});

/**
 * The audit trail: who read or wrote which student's personal data, what, when, in which
 * request. Append-only. A row is `sealed` when its very existence depends on the data (an
 * alert's description is only read when the student has an alert): such rows are counted in
 * the summaries but never shown with their student (PRIVACY.md, "The access log").
 */
@Entity('access_log')
@Index('access_log_by_school', ['schoolId', 'at'])
@Index('access_log_by_reader', ['schoolId', 'actorId', 'at'])
@Index('access_log_by_student', ['studentId', 'id'])
export class AccessLogRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'actor_id' }) actorId: string;
  @Column({ name: 'actor_role', length: 16 }) actorRole: string;
  @Column('uuid', { name: 'student_id' }) studentId: string;
  @Column({ length: 5, default: AccessAction.READ }) action: AccessAction;
  @Column('text', { array: true }) fields: string[];
  @Column({ default: false }) sealed: boolean;
  @Column({ name: 'request_id', length: 64 }) requestId: string;
  /** The client's address as the gateway saw it; null when the request did not say. */
  @Column('varchar', { length: 64, nullable: true }) origin: string | null;
  @Column('timestamptz') at: Date;
}

/** An explicit review of the full trail by a school admin: itself logged, with its reason. */
@Entity('access_review')
@Index('access_review_by_school', ['schoolId', 'openedAt'])
export class AccessReviewRow {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'opened_by' }) openedBy: string;
  @Column('text') reason: string;
  /** Whose trail; null for every reader of the school. */
  @Column('uuid', { name: 'reader_id', nullable: true }) readerId: string | null;
  @Column('timestamptz', { name: 'from_at' }) from: Date;
  @Column('timestamptz', { name: 'to_at' }) to: Date;
  @Column('timestamptz', { name: 'opened_at' }) openedAt: Date;
  @Column({ name: 'request_id', length: 64 }) requestId: string;
}
