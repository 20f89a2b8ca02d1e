import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import type { RosterKind } from './columns';
import type { Plan } from './plan';

/**
 * A previewed import: what the file says, checked, waiting for the admin's confirmation.
 * Confirming applies exactly these rows, re-checked against the roster as it is then.
 */
@Entity('roster_import')
@Index(['schoolId', 'createdAt'])
export class RosterImport {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column({ type: 'varchar', length: 20 }) kind: RosterKind;
  @Column({ type: 'varchar', length: 9 }) status: 'PREVIEWED' | 'APPLIED';
  @Column('boolean', { name: 'full_roster' }) fullRoster: boolean;
  @Column('text', { name: 'file_name', nullable: true }) fileName: string | null;
  @Column('jsonb') plan: Plan;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'applied_at', nullable: true }) appliedAt: Date | null;
}
