import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One message to one channel (and, for personal e-mail, one address). `key` is the idempotent
 * delivery key (message id + channel [+ person]): fan-out inserts ON CONFLICT DO NOTHING, so a
 * message is never queued twice; the relay locks the row while it sends, so it is never sent twice
 * by two relays. The text was rendered at fan-out and holds no personal student data.
 */
@Entity('notification_delivery')
@Index('notification_delivery_due', ['nextAttemptAt'], { where: 'sent_at IS NULL' })
export class NotificationDelivery {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { unique: true }) key: string;
  @Column('uuid', { name: 'message_id' }) messageId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Index() @Column('uuid', { name: 'channel_id' }) channelId: string;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  /** E-mail address for personal e-mail; null for the channel's own audience. */
  @Column('text', { name: 'to_address', nullable: true }) toAddress: string | null;
  @Column('text') subject: string;
  @Column('text') body: string;
  @Column('int', { default: 0 }) attempts: number;
  @Column('timestamptz', { name: 'next_attempt_at' }) nextAttemptAt: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
}

/** Every try, successful or not, with what went wrong. */
@Entity('notification_attempt')
export class NotificationAttempt {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid', { name: 'delivery_id' }) deliveryId: string;
  @Column('uuid', { name: 'channel_id' }) channelId: string;
  @Column('timestamptz') at: Date;
  @Column('boolean') ok: boolean;
  @Column('text', { nullable: true }) error: string | null;
}

/**
 * In-app notification, addressed to one person or to a role in the school (crisis team, school
 * admins, students of some grades). Read state is per person (notification_read).
 */
@Entity('notification')
@Index('notification_inbox', ['schoolId', 'audience', 'createdAt'])
@Index('notification_once', ['messageId', 'audience'], { unique: true })
export class InAppNotification {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'message_id' }) messageId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  /** A person's id, or `role:CRISIS_TEAM` for everyone with that role in the school. */
  @Column('text') audience: string;
  /** Role audiences of students/guardians: only those in these grades (null: all). */
  @Column('uuid', { name: 'grade_ids', array: true, nullable: true }) gradeIds: string[] | null;
  @Column({ type: 'varchar', length: 20 }) kind: string;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('text') link: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

@Entity('notification_read')
export class NotificationRead {
  @PrimaryColumn('uuid', { name: 'notification_id' }) notificationId: string;
  @PrimaryColumn('text', { name: 'person_id' }) personId: string;
  @Column('timestamptz', { name: 'read_at' }) readAt: Date;
}
