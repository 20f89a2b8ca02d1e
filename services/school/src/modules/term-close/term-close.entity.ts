import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { TermFigures } from './term-figures';

/**
 * 学期结束: a school's term, closed by its admin, with the figures frozen at that moment. A
 * database trigger refuses any change to the figures afterwards (migration TermClose).
 */
@Entity('term_close')
export class TermCloseRow {
  @PrimaryColumn('uuid', { name: 'school_id' }) schoolId: string;
  @PrimaryColumn({ length: 11 }) term: string;
  @Column('timestamptz', { name: 'closed_at' }) closedAt: Date;
  @Column('uuid', { name: 'closed_by' }) closedBy: string;
  @Column('jsonb') figures: TermFigures;
  /** What was still open when the admin closed anyway (school only: exact numbers). */
  @Column('jsonb', { name: 'open_items' }) openItems: OpenItems;
  @Column('timestamptz', { name: 'sent_to_district_at', nullable: true }) sentToDistrictAt: Date | null;
}

export interface OpenItems {
  studentsWithoutPublishedFeedback: number;
  unpublishedFeedbackDrafts: number;
  openCrisisAlerts: number;
  openSurveys: number;
  evaluationPublished: boolean;
}
