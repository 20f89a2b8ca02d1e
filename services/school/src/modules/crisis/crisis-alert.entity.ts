import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';

export enum CrisisLevel {
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
  IMMINENT = 'IMMINENT',
}
registerEnumType(CrisisLevel, { name: 'CrisisLevel', description: 'How urgent the mentor judges the risk.' });

export enum CrisisStatus {
  REPORTED = 'REPORTED',
  ASSESSING = 'ASSESSING',
  REFERRED = 'REFERRED',
  CLOSED = 'CLOSED',
}
registerEnumType(CrisisStatus, { name: 'CrisisStatus', description: '危机上报 → 评估 → 转介 → 结案' });

/**
 * 危机上报. Its existence, level and status are visible to the school admin; the student,
 * description, referral and history only to the crisis team and the student's mentors.
 */
@Entity('crisis_alert')
@Unique('crisis_alert_idempotency', ['raisedBy', 'idempotencyKey'])
@Index('crisis_alert_open', ['schoolId', 'reportedAt'], { where: `status <> 'CLOSED'` })
@Check('crisis_alert_status', "status IN ('REPORTED','ASSESSING','REFERRED','CLOSED')")
@Check('crisis_alert_level', "level IN ('LOW','MODERATE','HIGH','IMMINENT')")
@ObjectType({ description: '危机上报' })
export class CrisisAlert {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Index() @Column('uuid', { name: 'student_id' }) studentId: string;
  @Column('uuid', { name: 'raised_by' }) raisedBy: string;
  @Field(() => CrisisLevel) @Column({ type: 'varchar', length: 8 }) level: CrisisLevel;
  @Field(() => CrisisStatus) @Column({ type: 'varchar', length: 9 }) status: CrisisStatus;
  /** Details: exposed by the resolver, which logs the read. */
  @Column('text') description: string;
  @Field(() => String, { nullable: true, description: 'Whom the case was referred to (e.g. 区心理中心).' })
  @Column('text', { name: 'referred_to', nullable: true })
  referredTo: string | null;
  @Field() @Column('timestamptz', { name: 'reported_at' }) reportedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the crisis team picked it up.' })
  @Column('timestamptz', { name: 'picked_up_at', nullable: true })
  pickedUpAt: Date | null;
  @Column({ name: 'idempotency_key', length: 64 }) idempotencyKey: string;
  @Column('int', { default: 0 }) version: number;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Student, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  private student?: Student;
  @ManyToOne(() => Teacher, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by' })
  private raiser?: Teacher;
  /** Set by the resolver from the service clock and the school's pick-up time. */
  overdue: boolean;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('CrisisAlert', this.id);
  }
}

/** Each change of status: who, when, and a note (the referral target for REFERRED). */
@Entity('crisis_alert_event')
@ObjectType({ description: 'A step in an alert’s handling.' })
export class CrisisAlertEvent {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid', { name: 'alert_id' }) alertId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field(() => CrisisStatus) @Column({ type: 'varchar', length: 9 }) status: CrisisStatus;
  @Column('uuid', { name: 'actor_id' }) actorId: string;
  @Field() @Column('timestamptz') at: Date;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) note: string | null;
  @ManyToOne(() => CrisisAlert, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id' })
  private alert?: CrisisAlert;
}
