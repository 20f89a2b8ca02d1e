import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { School } from '../registry/school.entity';

/**
 * Every snapshot a school service delivered, by its id: the ingestion log that makes a replayed
 * or duplicated delivery a no-op. Counts only; the district holds no personal data.
 */
@Entity('metric_snapshot')
@Index(['schoolId', 'takenAt'])
export class MetricSnapshotRow {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('timestamptz', { name: 'taken_at' }) takenAt: Date;
  @Column({ length: 11 }) term: string;
  @Column('jsonb') payload: unknown;
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @ManyToOne(() => School, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  private school?: School;
}

/** The newest figures of each school: what the dashboard reads, one row per school. */
@Entity('school_metrics_latest')
export class SchoolMetricsLatest {
  @PrimaryColumn('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'snapshot_id' }) snapshotId: string;
  @Column('timestamptz', { name: 'taken_at' }) takenAt: Date;
  @Column({ length: 11 }) term: string;
  @Column('jsonb') figures: SchoolFigures;
  /**
   * Staff numbers of the teachers mentoring at that snapshot (a directory fact about teachers, no
   * student in it): the district joins them with its training completions for 培训完成率. Null when
   * the school service did not send them (older snapshots): the rate is then unknown, not guessed.
   */
  @Column('text', { name: 'mentor_staff_numbers', array: true, nullable: true }) mentorStaffNumbers: string[] | null;
  @ManyToOne(() => School, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  private school?: School;
}

/** The last figures of each school in each week: the trend lines. */
@Entity('school_metrics_weekly')
@Index(['term', 'week'])
export class SchoolMetricsWeekly {
  @PrimaryColumn('uuid', { name: 'school_id' }) schoolId: string;
  @PrimaryColumn('date') week: string;
  @Column('uuid', { name: 'snapshot_id' }) snapshotId: string;
  @Column('timestamptz', { name: 'taken_at' }) takenAt: Date;
  @Column({ length: 11 }) term: string;
  @Column('jsonb') figures: SchoolFigures;
  @ManyToOne(() => School, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  private school?: School;
}

/** A sensitive count as the district receives it: a band, never the number. */
export interface StoredBand {
  atLeast: number;
  atMost: number;
}

/** A school's figures as the district keeps them: school level only (DISCLOSURE.md). */
export interface SchoolFigures {
  students: number;
  studentsWithLeadMentor: number;
  teachers: number;
  teachersMentoring: number;
  maxMenteesPerMentor: number;
  mentorsAboveCap: number;
  cap: number;
  homeVisitDone: number;
  talkDone: number;
  writtenFeedbackDone: number;
  allDutiesDone: number;
  attentionStudents: StoredBand;
  openCrisisAlerts: StoredBand;
  hasOverdueCrisisAlert: boolean;
  /** Levels of the school's latest published mentor evaluation. */
  evaluation: { term: string; excellent: number; qualified: number; needsImprovement: number } | null;
}
