import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface RecognizedEntry {
  teacherId: string;
  /** As on the roster when the list was drawn up: the certificate prints it. */
  name: string;
  staffNumber: string;
  rank: number;
  total: number;
}

/**
 * 表彰 / 优秀导师: drawn from a published evaluation cycle by the school's rule (the top N, ties at
 * the boundary included, or everyone at or above a threshold), approved and published by the
 * school admin, then sent to the district as teachers' names.
 */
@Entity('recognition')
@Index('recognition_one_per_cycle', ['cycleId'], { unique: true })
export class Recognition {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column({ length: 11 }) term: string;
  @Column('uuid', { name: 'cycle_id' }) cycleId: string;
  @Column('smallint', { name: 'top_n', nullable: true }) topN: number | null;
  @Column('numeric', {
    name: 'min_total',
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  minTotal: number | null;
  @Column({ type: 'varchar', length: 9 }) status: 'PROPOSED' | 'PUBLISHED';
  @Column('jsonb') entries: RecognizedEntry[];
  @Column('uuid', { name: 'proposed_by' }) proposedBy: string;
  @Column('uuid', { name: 'approved_by', nullable: true }) approvedBy: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  /** The school's name at publication, as the certificates print it. */
  @Column('text', { name: 'school_name', nullable: true }) schoolName: string | null;
  @Column('timestamptz', { name: 'sent_to_district_at', nullable: true }) sentToDistrictAt: Date | null;
}
