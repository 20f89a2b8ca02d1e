import { connectionOf, UserError } from '@mentorship/graphql';
import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Student } from '../roster/student.entity';
import { DutyRule } from './duty-rule.entity';
import { MentorRecord } from './mentor-record.entity';
import { ContactMethod, DutyPeriod, RecordKind } from './record-kind';

@InputType()
export class CreateMentorRecordInput {
  @Field({
    description: 'Unique per record you create (a UUID); a retried request with the same key returns the first record.',
  })
  idempotencyKey: string;
  @Field(() => RecordKind) kind: RecordKind;
  @Field(() => [ID], {
    description: 'Your mentees it is about: exactly one, or several for GROUP_ACTIVITY and OPTIONAL_ACTION.',
  })
  @ArrayMaxSize(60)
  studentIds: string[];
  @Field() occurredAt: Date;
  @Field() content: string;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) topic?: string | null;
  @Field(() => ContactMethod, { nullable: true, description: 'PARENT_CONTACT: how.' })
  contactMethod?: ContactMethod | null;
  @Field(() => String, { nullable: true, description: 'OPTIONAL_ACTION: one of the school’s optional actions.' })
  optionalAction?: string | null;
}

@ObjectType()
export class MentorRecordPayload {
  @Field(() => MentorRecord, { nullable: true }) record: MentorRecord | null;
  @Field({ description: 'True when this key was seen before and the first record is returned.' }) replayed: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType()
export class DutyRuleInput {
  @Field(() => RecordKind) kind: RecordKind;
  @Field(() => DutyPeriod) period: DutyPeriod;
  @Field(() => Int) minCount: number;
}

@ObjectType()
export class DutyRulesPayload {
  @Field(() => [DutyRule], { nullable: true }) rules: DutyRule[] | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: '"三个一" for one student in one term: whether each is done (not what was written).' })
export class TermDuties {
  @Field() term: string;
  @Field() homeVisit: boolean;
  @Field() talk: boolean;
  @Field({ description: 'A 成长寄语 is published.' }) writtenFeedback: boolean;
}

@ObjectType({ description: '"三个一" completion counts for a classroom or grade in a term.' })
export class DutyCompletion {
  @Field() term: string;
  @Field(() => Int) students: number;
  @Field(() => Int) homeVisitDone: number;
  @Field(() => Int) talkDone: number;
  @Field(() => Int) writtenFeedbackDone: number;
  @Field(() => Int, { description: 'Students with all three done.' }) allDone: number;
}

@ObjectType({ description: 'Something a mentor still owes a mentee this term (or month).' })
export class PendingTask {
  @Field(() => Student) student: Student;
  @Field(() => RecordKind) kind: RecordKind;
  @Field(() => DutyPeriod) period: DutyPeriod;
  @Field(() => Int) required: number;
  @Field(() => Int) done: number;
}

@ObjectType({ description: '成长寄语 as the student and their guardian read it.' })
export class WrittenFeedback {
  @Field() term: string;
  @Field() content: string;
  @Field() publishedAt: Date;
  @Field() mentorName: string;
}

export const { Connection: WrittenFeedbackConnection } = connectionOf(WrittenFeedback);
