import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The schools this service holds rosters for, with their district: the tenant registry that
 * scopes every query. The school's name and stage belong to the district service.
 */
@Entity('school')
export class SchoolTenant {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'district_id' }) districtId: string;
  /** The district's mentor:student cap, as replicated here; enforced by a database trigger. */
  @Column('smallint', { name: 'mentor_student_cap', default: 15 }) mentorStudentCap: number;
  /** Whether SUPPORTING roles in a mentor team count toward a mentor's load (school setting). */
  @Column('boolean', { name: 'supporting_counts_toward_load', default: true }) supportingCountsTowardLoad: boolean;
}
