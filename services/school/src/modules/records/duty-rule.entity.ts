import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';
import { DutyPeriod, RecordKind } from './record-kind';

/** A school's frequency rule: at least `minCount` records of a kind per period. */
@Entity('duty_rule')
@Check('duty_rule_min', 'min_count BETWEEN 1 AND 31')
@ObjectType({ description: 'e.g. a talk at least monthly, parent contact at least twice a term.' })
export class DutyRule {
  @PrimaryColumn('uuid', { name: 'school_id' }) schoolId: string;
  @Field(() => RecordKind) @PrimaryColumn({ type: 'varchar', length: 16 }) kind: RecordKind;
  @Field(() => DutyPeriod) @PrimaryColumn({ type: 'varchar', length: 5 }) period: DutyPeriod;
  @Field(() => Int, { name: 'minCount' }) @Column('smallint', { name: 'min_count' }) minCount: number;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
}

const rule = (kind: RecordKind, period: DutyPeriod, minCount: number) =>
  Object.assign(new DutyRule(), { kind, period, minCount });

/** "三个一" each term, a talk each month, parent contact twice a term: the rules until a school sets its own. */
export const DEFAULT_DUTY_RULES: readonly DutyRule[] = [
  rule(RecordKind.HOME_VISIT, DutyPeriod.TERM, 1),
  rule(RecordKind.TALK, DutyPeriod.TERM, 1),
  rule(RecordKind.WRITTEN_FEEDBACK, DutyPeriod.TERM, 1),
  rule(RecordKind.TALK, DutyPeriod.MONTH, 1),
  rule(RecordKind.PARENT_CONTACT, DutyPeriod.TERM, 2),
];
