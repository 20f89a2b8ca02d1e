import { SuppressibleCount, suppressible } from '@mentorship/graphql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { PublishedCounts } from './group-metrics';

@ObjectType({ description: 'Live figures of a grade or classroom: counts only, sensitive small counts suppressed.' })
export class GroupMetrics {
  @Field() term: string;
  @Field(() => Int) students: number;
  @Field(() => Int) studentsWithLeadMentor: number;
  @Field(() => Float, { description: 'Students with a lead mentor / students (1 when there are none).' }) coverage: number;
  @Field(() => Int) homeVisitDone: number;
  @Field(() => Int) talkDone: number;
  @Field(() => Int) writtenFeedbackDone: number;
  @Field(() => Int, { description: 'Students with all of "三个一" done this term.' }) allDutiesDone: number;
  @Field(() => SuppressibleCount, { description: 'Students in an attention category.' }) attentionStudents: SuppressibleCount;
  @Field(() => SuppressibleCount) attentionStudentsWithMentor: SuppressibleCount;
  @Field(() => SuppressibleCount) openCrisisAlerts: SuppressibleCount;
  @Field(() => SuppressibleCount) overdueCrisisAlerts: SuppressibleCount;
  @Field() hasOverdueCrisisAlert: boolean;

  static of(term: string, c: PublishedCounts): GroupMetrics {
    return Object.assign(new GroupMetrics(), {
      ...c,
      term,
      coverage: c.students ? c.studentsWithLeadMentor / c.students : 1,
      attentionStudents: suppressible(c.attentionStudents),
      attentionStudentsWithMentor: suppressible(c.attentionStudentsWithMentor),
      openCrisisAlerts: suppressible(c.openCrisisAlerts),
      overdueCrisisAlerts: suppressible(c.overdueCrisisAlerts),
    });
  }
}
