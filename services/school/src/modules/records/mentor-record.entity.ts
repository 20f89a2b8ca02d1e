import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { ContactMethod, RecordKind } from './record-kind';

/** 工作记录: one piece of a mentor's work, about one student or (group activity) several. */
@Entity('mentor_record')
@Unique('mentor_record_idempotency', ['authorId', 'idempotencyKey'])
@Check(
  'mentor_record_kind',
  "kind IN ('HOME_VISIT','TALK','WRITTEN_FEEDBACK','GROUP_ACTIVITY','PARENT_CONTACT','CASE_ANALYSIS'," +
    "'OPTIONAL_ACTION')",
)
@ObjectType({ description: '工作记录: readable only by the current mentors of a student it is about.' })
export class MentorRecord {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field(() => RecordKind) @Column({ type: 'varchar', length: 16 }) kind: RecordKind;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Field() @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Field({ description: 'e.g. 2026-2027-1' }) @Column({ length: 11 }) term: string;
  @Field() @Column('text') content: string;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) topic: string | null;
  @Field(() => ContactMethod, { nullable: true })
  @Column({ type: 'varchar', name: 'contact_method', length: 8, nullable: true })
  contactMethod: ContactMethod | null;
  @Field(() => String, { nullable: true, description: 'OPTIONAL_ACTION: the kind, from the school’s list.' })
  @Column('text', { name: 'optional_action', nullable: true })
  optionalAction: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'WRITTEN_FEEDBACK: when it was published to the student and guardian.',
  })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;
  @Column({ name: 'idempotency_key', length: 64 }) idempotencyKey: string;
  /** Hash of the request that created it: a retried key with different content is refused. */
  @Column({ name: 'request_hash', length: 64 }) requestHash: string;
  @Field() @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Teacher, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  private author?: Teacher;
  /** Filled by the loaders: who the record is about (the privacy rule reads it). */
  studentIds: string[];

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('MentorRecord', this.id);
  }
}

/**
 * Which students a record is about. Kind, term and publication are copied here so duties are
 * counted from this table alone, and so the database itself allows one published 成长寄语
 * per student per term.
 */
@Entity('record_student')
@Index('record_student_duties', ['studentId', 'term', 'kind', 'occurredAt'])
@Index('record_student_one_feedback', ['studentId', 'term'], {
  unique: true,
  where: `kind = 'WRITTEN_FEEDBACK' AND published`,
})
export class RecordStudent {
  @PrimaryColumn('uuid', { name: 'record_id' }) recordId: string;
  @PrimaryColumn('uuid', { name: 'student_id' }) studentId: string;
  @Index() @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column({ type: 'varchar', length: 16 }) kind: RecordKind;
  @Column({ length: 11 }) term: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('boolean', { default: false }) published: boolean;
  @ManyToOne(() => MentorRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id' })
  private record?: MentorRecord;
  @ManyToOne(() => Student, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  private student?: Student;
}
