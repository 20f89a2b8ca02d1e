import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The schools this service holds rosters for, with their district: the tenant registry that
 * scopes every query. The school's name and stage belong to the district service.
 */
@Entity('school')
export class SchoolTenant {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'district_id' }) districtId: string;
}
