import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { Classroom } from '../roster/classroom.entity';
import { SchoolTenant } from '../roster/school-tenant.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';

/** 学情会商: the head teacher's weekly meeting with the class's mentors. */
@Entity('case_consultation')
@Index(['classroomId', 'heldOn'])
@Unique('case_consultation_idempotency', ['recordedBy', 'idempotencyKey'])
@ObjectType({ description: '学情会商: readable whole by the head teacher who recorded it.' })
export class CaseConsultation {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'classroom_id' }) classroomId: string;
  @Field() @Column('date', { name: 'held_on' }) heldOn: string;
  @Column('uuid', { name: 'recorded_by' }) recordedBy: string;
  @Column('uuid', { name: 'attendee_ids', array: true }) attendeeIds: string[];
  /** The form's key: a retried send (the answer lost on the way) finds this row instead of writing a second. */
  @Column('varchar', { name: 'idempotency_key', length: 64, nullable: true }) idempotencyKey: string | null;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Classroom, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'classroom_id' })
  private classroom?: Classroom;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('CaseConsultation', this.id);
  }
}

/** What the meeting decided about one student: personal data, for that student's mentors. */
@Entity('consultation_decision')
@ObjectType({ description: 'A consultation’s decision about one student.' })
export class ConsultationDecision {
  @PrimaryColumn('uuid', { name: 'consultation_id' }) consultationId: string;
  @PrimaryColumn('uuid', { name: 'student_id' }) studentId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field() @Column('date', { name: 'held_on' }) heldOn: string;
  @Field() @Column('text') decision: string;
  @ManyToOne(() => CaseConsultation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  private consultation?: CaseConsultation;
  @ManyToOne(() => Student, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  private student?: Student;
}

/** A follow-up task with an owner. */
@Entity('consultation_task')
@Index(['ownerId', 'doneAt'])
@ObjectType({ description: 'A follow-up task from a consultation.' })
export class ConsultationTask {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid', { name: 'consultation_id' }) consultationId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field() @Column('text') description: string;
  @Column('uuid', { name: 'owner_id' }) ownerId: string;
  @Column('uuid', { name: 'student_id', nullable: true }) studentId: string | null;
  @Field(() => String, { nullable: true }) @Column('date', { name: 'due_on', nullable: true }) dueOn: string | null;
  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'done_at', nullable: true })
  doneAt: Date | null;
  @ManyToOne(() => CaseConsultation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  private consultation?: CaseConsultation;
  @ManyToOne(() => Teacher, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  private owner?: Teacher;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('ConsultationTask', this.id);
  }
}
