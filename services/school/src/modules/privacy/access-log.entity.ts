import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who read which student's personal data, which fields, when, in which request. Append-only. */
@Entity('access_log')
@Index('access_log_by_school', ['schoolId', 'id'])
@Index('access_log_by_student', ['studentId', 'id'])
export class AccessLogRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column('uuid', { name: 'actor_id' }) actorId: string;
  @Column({ name: 'actor_role', length: 16 }) actorRole: string;
  @Column('uuid', { name: 'student_id' }) studentId: string;
  @Column('text', { array: true }) fields: string[];
  @Column({ name: 'request_id', length: 64 }) requestId: string;
  @Column('timestamptz', { name: 'read_at' }) readAt: Date;
}
