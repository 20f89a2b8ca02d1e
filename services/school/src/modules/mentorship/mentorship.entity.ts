import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';

export enum MentorRole {
  LEAD = 'LEAD',
  SUPPORTING = 'SUPPORTING',
}
registerEnumType(MentorRole, {
  name: 'MentorRole',
  description: 'LEAD mentor, or a SUPPORTING mentor of a mentor team (导师团).',
});

/** 结对: a student paired with a mentor for an academic year. Ended pairings are kept as history. */
@Check('mentorship_role', "role IN ('LEAD', 'SUPPORTING')")
@Check('mentorship_period', 'ended_on IS NULL OR ended_on >= started_on')
@Entity('mentorship')
@Index('mentorship_one_active_lead', ['studentId'], { unique: true, where: `role = 'LEAD' AND ended_on IS NULL` })
@Index('mentorship_active_by_mentor', ['mentorId'], { where: 'ended_on IS NULL' })
// Coverage and mentor load per school, answered from the index alone.
@Index('mentorship_active_by_school', ['schoolId', 'role', 'mentorId', 'studentId'], { where: 'ended_on IS NULL' })
@ObjectType({ description: '结对: a student and one of their mentors.' })
export class Mentorship {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Index() @Column('uuid', { name: 'student_id' }) studentId: string;
  @Column('uuid', { name: 'mentor_id' }) mentorId: string;
  @Field(() => MentorRole) @Column({ type: 'varchar', length: 10 }) role: MentorRole;
  @Field({ description: 'e.g. 2026-2027' }) @Column({ name: 'academic_year', length: 9 }) academicYear: string;
  @Field() @Column('date', { name: 'started_on' }) startedOn: string;
  @Field(() => String, { nullable: true }) @Column('date', { name: 'ended_on', nullable: true }) endedOn: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', name: 'end_reason', nullable: true }) endReason:
    string | null;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Student, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  private student?: Student;
  @ManyToOne(() => Teacher, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  private mentor?: Teacher;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Mentorship', this.id);
  }
  @Field() get active(): boolean {
    return this.endedOn === null;
  }
}
