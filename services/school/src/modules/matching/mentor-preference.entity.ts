import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { MatchingRound } from './matching-round.entity';

/** 双向选择: one ranked choice of a student in a round. */
@Entity('mentor_preference')
@Index(['roundId', 'studentId', 'teacherId'], { unique: true })
@Index(['roundId', 'teacherId'])
@Check('mentor_preference_rank', 'rank BETWEEN 1 AND 10')
export class MentorPreference {
  @PrimaryColumn('uuid', { name: 'round_id' }) roundId: string;
  @PrimaryColumn('uuid', { name: 'student_id' }) studentId: string;
  @PrimaryColumn('smallint') rank: number;
  @ManyToOne(() => MatchingRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  private round?: MatchingRound;
  @ManyToOne(() => Student, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'student_id' }) private student?: Student;
  @ManyToOne(() => Teacher, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'teacher_id' }) private teacher?: Teacher;
  @Column('uuid', { name: 'teacher_id' }) teacherId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  /** The student, or the head teacher on their behalf. */
  @Column('uuid', { name: 'submitted_by' }) submittedBy: string;
}

/** A mentor's answer to a student who ranked them. */
@Entity('mentor_decision')
export class MentorDecision {
  @PrimaryColumn('uuid', { name: 'round_id' }) roundId: string;
  @PrimaryColumn('uuid', { name: 'teacher_id' }) teacherId: string;
  @PrimaryColumn('uuid', { name: 'student_id' }) studentId: string;
  @ManyToOne(() => MatchingRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  private round?: MatchingRound;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('boolean') accepted: boolean;
}
