import { toGlobalId } from '@mentorship/graphql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('district')
@ObjectType({ description: '区: a district education bureau (区教育局) and the schools it runs.' })
export class District {
  @PrimaryColumn('uuid') id: string;
  @Field() @Column() name: string;
  @Field() @Column({ unique: true }) code: string;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('District', this.id);
  }
}
