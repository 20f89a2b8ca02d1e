import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { MentorStatus, Teacher } from '../roster/teacher.entity';

/** Every change of a teacher's mentor status: from, to, why, who, when. */
@Entity('mentor_status_change')
@Index(['teacherId', 'at'])
@ObjectType({ description: 'A change of mentor status (聘任记录).' })
export class MentorStatusChange {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'teacher_id' }) teacherId: string;
  @Field(() => MentorStatus) @Column({ type: 'varchar', length: 12, name: 'from_status' }) fromStatus: MentorStatus;
  @Field(() => MentorStatus) @Column({ type: 'varchar', length: 12, name: 'to_status' }) toStatus: MentorStatus;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { name: 'changed_by' }) changedBy: string;
  @Field() @Column('timestamptz') at: Date;
  @ManyToOne(() => Teacher, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_id' })
  private teacher?: Teacher;
}
