import { CountBand, countBand } from '@mentorship/graphql';
import { Field, Float, Int, ObjectType } from 'type-graphql';

import type { PublishedGroupCounts, PublishedSchoolCounts } from './group-metrics';

@ObjectType({
  description:
    'Live figures of a grade or classroom: non-sensitive counts only (attention and crisis counts are ' +
    'published per school, as bands; see DISCLOSURE.md).',
})
export class GroupMetrics {
  @Field() term: string;
  @Field(() => Int) students: number;
  @Field(() => Int) studentsWithLeadMentor: number;
  @Field(() => Float, { description: 'Students with a lead mentor / students (1 when there are none).' })
  coverage: number;
  @Field(() => Int) homeVisitDone: number;
  @Field(() => Int) talkDone: number;
  @Field(() => Int) writtenFeedbackDone: number;
  @Field(() => Int, { description: 'Students with all of "三个一" done this term.' }) allDutiesDone: number;

  static of(term: string, c: PublishedGroupCounts): GroupMetrics {
    return Object.assign(new GroupMetrics(), {
      ...c,
      term,
      coverage: c.students ? c.studentsWithLeadMentor / c.students : 1,
    });
  }
}

@ObjectType({
  description: 'Live figures of a whole school: the non-sensitive counts exact, sensitive counts as bands.',
})
export class SchoolMetrics extends GroupMetrics {
  @Field(() => CountBand, { description: 'Students in an attention category, as a band.' })
  attentionStudents: CountBand;
  @Field(() => CountBand, { description: 'Crisis alerts not closed, as a band.' }) openCrisisAlerts: CountBand;
  @Field({
    description: 'Whether any crisis alert waits beyond the school’s pick-up time: a fact about the school’s handling.',
  })
  hasOverdueCrisisAlert: boolean;

  static ofSchool(term: string, c: PublishedSchoolCounts): SchoolMetrics {
    return Object.assign(new SchoolMetrics(), GroupMetrics.of(term, c), {
      attentionStudents: countBand(c.attentionStudents),
      openCrisisAlerts: countBand(c.openCrisisAlerts),
      hasOverdueCrisisAlert: c.hasOverdueCrisisAlert,
    });
  }
}
