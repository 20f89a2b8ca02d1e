import { toGlobalId } from '@mentorship/graphql';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Gender } from './gender';
import { SchoolTenant } from './school-tenant.entity';

/** 导师状态: only TRAINEE and CERTIFIED mentors take part in matching. */
export enum MentorStatus {
  /** 暂时不适合做导师: excluded until requalified. */
  NOT_SUITABLE = 'NOT_SUITABLE',
  /** 试用期 */
  TRAINEE = 'TRAINEE',
  /** 聘任 */
  CERTIFIED = 'CERTIFIED',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(MentorStatus, { name: 'MentorStatus' });

@Check('teacher_gender', "gender IN ('MALE', 'FEMALE')")
@Check('teacher_mentor_status', "mentor_status IN ('NOT_SUITABLE', 'TRAINEE', 'CERTIFIED', 'SUSPENDED')")
@Entity('teacher')
@Index(['schoolId', 'staffNumber'], { unique: true })
@Index('teacher_current_by_school', ['schoolId'], { where: 'left_on IS NULL' })
@ObjectType({ description: '教师: every teacher is a mentor (教师人人是导师).' })
@Directive('@key(fields: "id")')
export class Teacher {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field() @Column({ name: 'staff_number' }) staffNumber: string;
  @Field() @Column() name: string;
  @Field(() => Gender) @Column({ type: 'varchar', length: 6 }) gender: Gender;
  @Column({ type: 'varchar', nullable: true }) phone: string | null;
  /** 任教学科 as the school's roster lists them (teaching assignments say which class). */
  @Field(() => [String]) @Column('text', { array: true, default: () => `'{}'` }) subjects: string[];
  @Field(() => MentorStatus)
  @Column({ type: 'varchar', name: 'mentor_status', length: 12, default: MentorStatus.TRAINEE })
  mentorStatus: MentorStatus;
  /** Set when the teacher leaves the school; their history stays. */
  @Column('date', { name: 'left_on', nullable: true }) leftOn: string | null;
  /** 试用期 start: a trainee is certifiable once the district's trial period has passed (and training is complete). */
  @Field(() => String, { nullable: true })
  @Column('date', { name: 'trial_started_on', nullable: true })
  trialStartedOn: string | null;
  /** 颁发聘书: when the school certified the mentor. */
  @Field(() => String, { nullable: true }) @Column('date', { name: 'certified_on', nullable: true }) certifiedOn:
    string | null;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Teacher', this.id);
  }
}
