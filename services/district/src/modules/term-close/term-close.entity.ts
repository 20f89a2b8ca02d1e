import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { ClosedSchoolFigures } from './closed-figures';

/** A school's closed term as the school service froze and sent it: school level, bands for sensitive counts. */
@Entity('school_term_close')
export class SchoolTermClose {
  @PrimaryColumn('uuid', { name: 'school_id' }) schoolId: string;
  @PrimaryColumn({ length: 11 }) term: string;
  @Column('timestamptz', { name: 'closed_at' }) closedAt: Date;
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @Column('jsonb') figures: ClosedSchoolFigures;
}

/** The district's term, closed by the district admin: the schools' figures as they stood, frozen. */
@Entity('district_term_close')
export class DistrictTermClose {
  @PrimaryColumn('uuid', { name: 'district_id' }) districtId: string;
  @PrimaryColumn({ length: 11 }) term: string;
  @Column('timestamptz', { name: 'closed_at' }) closedAt: Date;
  @Column('uuid', { name: 'closed_by' }) closedBy: string;
  /** Schools that had not closed when the district closed (by id). */
  @Column('uuid', { array: true, name: 'missing_school_ids' }) missingSchoolIds: string[];
  @Column('jsonb') schools: ClosedSchoolFigures[];
}

/** 优秀导师 as a school published them: teachers' names (not student data). */
@Entity('recognition_received')
export class RecognitionReceived {
  @PrimaryColumn('uuid', { name: 'recognition_id' }) recognitionId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column({ length: 11 }) term: string;
  @Column('jsonb') teachers: { name: string; staffNumber: string; rank: number }[];
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
}
