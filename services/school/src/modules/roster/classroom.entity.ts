import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '@mentorship/graphql';

@Entity('classroom')
@Index(['schoolId', 'gradeId', 'name'], { unique: true })
@ObjectType({ description: '班级: a class of students within a grade.' })
export class Classroom {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Index() @Column('uuid', { name: 'grade_id' }) gradeId: string;
  @Field() @Column() name: string;
  @Column('uuid', { name: 'head_teacher_id', nullable: true }) headTeacherId: string | null;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('Classroom', this.id);
  }
}
