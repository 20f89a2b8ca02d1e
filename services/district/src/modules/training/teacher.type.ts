import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import { School } from '../registry/school.entity';
import { TrainingCompletion } from './training.entity';

/**
 * 教师, owned by the school subgraph; this subgraph adds the teacher's training. The gateway
 * hands over the teacher's school and staff number (@requires), which is how completions are kept.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Teacher {
  @Field(() => ID) id: string;
  @Field() @Directive('@external') staffNumber: string;
  /** Only its key arrives (the representation); its own fields resolve here as usual. */
  @Field(() => School) @Directive('@external') school: { id: string };
}

@ObjectType({ description: 'A teacher’s training: required courses of their stage, hours, completions.' })
export class TrainingProgress {
  @Field(() => Int) requiredCoursesTotal: number;
  @Field(() => Int) requiredCoursesDone: number;
  @Field(() => Int) completedHours: number;
  @Field({ description: 'Every required course passed.' }) complete: boolean;
  @Field(() => Int, { description: 'The district’s trial period for new mentors (试用期), in days.' })
  trialPeriodDays: number;
  @Field(() => [TrainingCompletion]) completions: TrainingCompletion[];
}
