import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Mentorship } from '../mentorship/mentorship.entity';
import { MentorRecord } from '../records/mentor-record.entity';
import { parseTerm } from '../records/term';
import { Student } from '../roster/student.entity';

@ObjectType({ description: 'A term of a student’s path: who mentored them then, and the records of that term.' })
export class TrajectoryTerm {
  @Field() term: string;
  @Field(() => [Mentorship], {
    description: 'Pairings that were active at some point in the term (ended ones included).',
  })
  mentors: Mentorship[];
  @Field(() => [MentorRecord], {
    description: 'Every record about the student in the term, whoever wrote it, oldest first.',
  })
  records: MentorRecord[];
}

/**
 * 追踪学生成长轨迹: the student's terms across mentors and years, for the student's *current*
 * mentors only (shield: mentorOfStudent; SQL: the wall). A new mentor reads what the previous
 * ones wrote; a former mentor reads nothing personal any more.
 */
@Resolver(() => Student)
export class StudentTrajectoryResolver {
  @FieldResolver(() => [TrajectoryTerm], {
    description: 'Term by term, newest first: the student’s current mentors only.',
  })
  async trajectory(@Root() student: Student, @Ctx() ctx: SchoolContext): Promise<TrajectoryTerm[]> {
    const { records, pairings } = await ctx.services.trajectory.of(student.id);
    const terms = [...new Set(records.map((r) => r.term))].sort().reverse();
    return terms.map((term) => {
      const span = parseTerm(term)!;
      const [from, to] = [span.startsOn.toISOString().slice(0, 10), span.endsBefore.toISOString().slice(0, 10)];
      return Object.assign(new TrajectoryTerm(), {
        term,
        mentors: pairings.filter((m) => m.startedOn < to && (m.endedOn === null || m.endedOn >= from)),
        records: records.filter((r) => r.term === term),
      });
    });
  }
}
