import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';

/**
 * A school's delivery channel. `target` (the webhook URL, whose token is itself a credential) and
 * `secret` (robot signing key, SMTP password) are sealed with NOTIFY_SECRET_KEY and never returned.
 */
@Entity('notification_channel')
@Index('notification_channel_school', ['schoolId'])
@Check('notification_channel_kind', "kind IN ('WECOM_ROBOT','DINGTALK_ROBOT','EMAIL')")
export class NotificationChannel {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column({ type: 'varchar', length: 14 }) kind: string;
  @Column({ length: 60 }) name: string;
  @Column('text', { array: true }) topics: string[];
  /** Sealed webhook URL (robots). */
  @Column('text', { name: 'target_sealed', nullable: true }) targetSealed: string | null;
  /** Host of the webhook or SMTP server, shown to the admin so they can tell channels apart. */
  @Column('text', { name: 'target_host' }) targetHost: string;
  /** Sealed signing secret / SMTP password. */
  @Column('text', { name: 'secret_sealed', nullable: true }) secretSealed: string | null;
  /** E-mail: { port, secure, user, from, recipients }; nothing secret. */
  @Column('jsonb', { default: () => `'{}'` }) settings: Record<string, unknown>;
  @Column('int', { name: 'consecutive_failures', default: 0 }) consecutiveFailures: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'last_success_at', nullable: true }) lastSuccessAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
}

/** Per school: quiet hours (China time, minutes after midnight) and the district's escalation contact. */
@Entity('notification_settings')
export class NotificationSettingsRow {
  @PrimaryColumn('uuid', { name: 'school_id' }) schoolId: string;
  @Column('smallint', { name: 'quiet_start', nullable: true }) quietStart: number | null;
  @Column('smallint', { name: 'quiet_end', nullable: true }) quietEnd: number | null;
  @Column('text', { name: 'district_contact_email', nullable: true }) districtContactEmail: string | null;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
}

/** Per person: their own e-mail address and whether they opted out (crisis alerts still reach them). */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn('uuid', { name: 'school_id' }) schoolId: string;
  @PrimaryColumn('text', { name: 'person_id' }) personId: string;
  /** The role the person had when they last set it: crisis alerts reach crisis team and admins by it. */
  @Column({ type: 'varchar', length: 20 }) role: string;
  @Column('text', { nullable: true }) email: string | null;
  @Column('boolean', { name: 'opted_out', default: false }) optedOut: boolean;
}
