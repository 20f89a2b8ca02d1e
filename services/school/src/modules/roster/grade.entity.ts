import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '@mentorship/graphql';

@Entity('grade')
@Index(['schoolId', 'level'], { unique: true })
@ObjectType({ description: '年级: a grade of a school.' })
export class Grade {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field(() => Int, { description: '1–12' }) @Column('smallint') level: number;
  @Field() @Column() name: string;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Grade', this.id);
  }
}
