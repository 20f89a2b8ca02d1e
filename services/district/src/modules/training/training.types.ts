import { FileRowError, UserError } from '@mentorship/graphql';
import { ArrayMaxSize } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

import { SchoolStage } from '../registry/school-stage';
import { TrainingCompletion, TrainingCourse, TrainingTopic } from './training.entity';

@InputType()
export class AddTrainingCourseInput {
  @Field() title: string;
  @Field(() => TrainingTopic) topic: TrainingTopic;
  @Field(() => Float) hours: number;
  @Field() required: boolean;
  @Field(() => [SchoolStage], { nullable: true }) @ArrayMaxSize(4) stages?: SchoolStage[] | null;
  @Field(() => ID, { nullable: true, description: 'For a school-based course (校本培训).' }) schoolId?: string | null;
}

@InputType()
export class RecordTrainingCompletionInput {
  @Field(() => ID) schoolId: string;
  @Field() staffNumber: string;
  @Field(() => ID) courseId: string;
  @Field({ description: 'YYYY-MM-DD' }) completedOn: string;
  @Field(() => Float, { nullable: true, description: 'The course’s hours when omitted.' }) hours?: number | null;
  @Field() passed: boolean;
}

@ObjectType()
export class TrainingCoursePayload {
  @Field(() => TrainingCourse, { nullable: true }) course: TrainingCourse | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class TrainingCompletionPayload {
  @Field(() => TrainingCompletion, { nullable: true }) completion: TrainingCompletion | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class TrainingImportPayload {
  @Field(() => Int) recorded: number;
  @Field(() => [FileRowError]) rowErrors: FileRowError[];
  @Field() applied: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}
