import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * 发件箱: messages for other services, written in the same transaction as what they report,
 * delivered at least once by the relay, and never lost when the receiver is down.
 */
@Entity('outbox_message')
@Index('outbox_pending', ['createdAt'], { where: 'delivered_at IS NULL' })
export class OutboxMessage {
  @PrimaryColumn('uuid') id: string;
  @Column({ length: 40 }) topic: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('jsonb') payload: unknown;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  @Column('int', { default: 0 }) attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
}
