import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Teacher } from '../roster/teacher.entity';
import { MatchingRound } from './matching-round.entity';

/** A teacher taking part in a round, with the capacity they set (≤ the round cap). */
@Entity('matching_round_mentor')
@Check('round_mentor_capacity', 'capacity >= 0')
export class RoundMentor {
  @PrimaryColumn('uuid', { name: 'round_id' }) roundId: string;
  @PrimaryColumn('uuid', { name: 'teacher_id' }) teacherId: string;
  @ManyToOne(() => MatchingRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  private round?: MatchingRound;
  @ManyToOne(() => Teacher, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'teacher_id' }) private teacher?: Teacher;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('smallint') capacity: number;
}
