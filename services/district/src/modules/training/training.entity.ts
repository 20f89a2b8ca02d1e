import { toGlobalId } from '@mentorship/graphql';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { District } from '../registry/district.entity';
import { School } from '../registry/school.entity';
import { SchoolStage } from '../registry/school-stage';

export enum TrainingTopic {
  POLICY_AND_PLAN = 'POLICY_AND_PLAN',
  TEACHER_STUDENT_RELATIONSHIP = 'TEACHER_STUDENT_RELATIONSHIP',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  ADOLESCENCE = 'ADOLESCENCE',
  HOME_SCHOOL_COMMUNICATION = 'HOME_SCHOOL_COMMUNICATION',
  CAREER_GUIDANCE = 'CAREER_GUIDANCE',
  MENTOR_WELLBEING = 'MENTOR_WELLBEING',
}
registerEnumType(TrainingTopic, {
  name: 'TrainingTopic',
  description: '政策与方案, 师生关系, 心理健康教育, 青春期教育, 家校沟通与家庭教育指导, 生涯指导, 导师积极心理',
});

/** 培训课程: district-level (区本) when schoolId is null, else school-based (校本). */
@Entity('training_course')
@Index(['districtId', 'title'], { unique: true })
@Check('training_course_hours', 'hours > 0')
@ObjectType({ description: '培训课程' })
export class TrainingCourse {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'district_id' }) districtId: string;
  @Column('uuid', { name: 'school_id', nullable: true }) schoolId: string | null;
  @Field() @Column() title: string;
  @Field(() => TrainingTopic) @Column({ type: 'varchar', length: 30 }) topic: TrainingTopic;
  @Field(() => Float) @Column('numeric', { transformer: { to: (v) => v, from: (v) => Number(v) } }) hours: number;
  @Field() @Column() required: boolean;
  @Field(() => [SchoolStage], { description: 'Stages it applies to; all when empty.' })
  @Column('text', { array: true, default: () => `'{}'` })
  stages: SchoolStage[];
  @ManyToOne(() => District, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'district_id' })
  private district?: District;
  @ManyToOne(() => School, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  private school?: School;

  @Field(() => ID, { name: 'id' }) get globalId(): string {
    return toGlobalId('TrainingCourse', this.id);
  }
  @Field({ description: 'True for a school-based course (校本培训).' }) get schoolBased(): boolean {
    return this.schoolId !== null;
  }
}

/**
 * A teacher's completion of a course. Teachers are known here by school and staff number (the
 * district holds no roster), which is also how completions arrive in the bulk files.
 */
@Entity('training_completion')
@Index(['schoolId', 'staffNumber', 'courseId'], { unique: true })
@Check('training_completion_hours', 'hours >= 0')
@ObjectType({ description: 'A teacher’s completion of a course.' })
export class TrainingCompletion {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'course_id' }) courseId: string;
  @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Column({ name: 'staff_number' }) staffNumber: string;
  @Field() @Column('date', { name: 'completed_on' }) completedOn: string;
  @Field(() => Float) @Column('numeric', { transformer: { to: (v) => v, from: (v) => Number(v) } }) hours: number;
  @Field() @Column() passed: boolean;
  @Column('uuid', { name: 'recorded_by' }) recordedBy: string;
  @ManyToOne(() => TrainingCourse, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  private course?: TrainingCourse;
  @ManyToOne(() => School, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  private school?: School;
}
