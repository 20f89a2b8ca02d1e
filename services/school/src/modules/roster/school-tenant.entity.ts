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
  /** Hours the crisis team has to pick up a new alert before it shows as overdue. */
  @Column('smallint', { name: 'crisis_pickup_hours', default: 24 }) crisisPickupHours: number;
  /** 自选动作 the school offers its mentors. */
  @Column('text', { name: 'optional_actions', array: true, default: () => `'{共进午餐,共读一本书,一起运动,共同劳动}'` })
  optionalActions: string[];
}
