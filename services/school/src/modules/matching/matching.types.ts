import { UserError } from '@mentorship/graphql';
import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Mentorship } from '../mentorship/mentorship.entity';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import { MatchingOutcome } from './matching-outcome.entity';
import { MatchingRound, MentorEligibility } from './matching-round.entity';

@InputType()
export class OpenMatchingRoundInput {
  @Field({ description: 'e.g. 2026-2027' }) academicYear: string;
  @Field() opensAt: Date;
  @Field() closesAt: Date;
  @Field(() => [ID], { nullable: true, description: 'Only these grades; all grades when omitted.' })
  gradeIds?: string[];
  @Field(() => Int, { nullable: true, description: 'Ranked choices per student, 1–10 (default 3).' })
  maxChoices?: number;
  @Field(() => Int, { nullable: true, description: 'Students per mentor; at most the district cap (default).' })
  cap?: number;
  @Field(() => MentorEligibility, { nullable: true }) eligibility?: MentorEligibility;
  @Field({ nullable: true, description: '导师盲盒 for students still unmatched.' }) randomDraw?: boolean;
  @Field(() => [ID], { nullable: true, description: 'Participating teachers; every eligible teacher when omitted.' })
  teacherIds?: string[];
}

@InputType()
export class SubmitPreferencesInput {
  @Field(() => ID) roundId: string;
  @Field(() => ID, { nullable: true, description: 'For head teachers acting for a student; students omit it.' })
  studentId?: string;
  @Field(() => [ID], { description: 'Mentors, most preferred first.' }) @ArrayMaxSize(10) mentorIds: string[];
}

@InputType()
export class AdjustMatchInput {
  @Field(() => ID) roundId: string;
  @Field(() => ID) studentId: string;
  @Field(() => ID, { nullable: true, description: 'The new mentor; null leaves the student unmatched.' }) mentorId?:
    string | null;
  @Field() @MaxLength(500) reason: string;
}

@InputType()
export class FormMentorTeamInput {
  @Field(() => ID) studentId: string;
  @Field(() => ID) leadMentorId: string;
  @Field(() => [ID]) @ArrayMaxSize(5) supportingMentorIds: string[];
  @Field({ description: 'e.g. 2026-2027' }) academicYear: string;
}

@InputType()
export class HandOverMenteesInput {
  @Field(() => ID) fromTeacherId: string;
  @Field(() => ID, { description: '继任: the successor.' }) toTeacherId: string;
  @Field() @MaxLength(500) reason: string;
  @Field({ defaultValue: false, description: 'The teacher leaves the school (their record is kept).' })
  teacherLeaves: boolean;
}

@InputType()
export class TransferStudentOutInput {
  @Field(() => ID) studentId: string;
  @Field({ description: 'Date the student left, e.g. 2027-03-01.' }) leftOn: string;
}

@InputType()
export class SetMentorCapacityInput {
  @Field(() => ID) roundId: string;
  @Field(() => Int) @Min(0) @Max(50) capacity: number;
}

@InputType()
export class DecideOnStudentInput {
  @Field(() => ID) roundId: string;
  @Field(() => ID) studentId: string;
  @Field({ description: 'true accepts, false declines.' }) accept: boolean;
}

@ObjectType({ description: 'A student who ranked the calling mentor.' })
export class RankedBy {
  @Field(() => Student) student: Student;
  @Field(() => Int) rank: number;
  @Field(() => Boolean, { nullable: true, description: 'Your answer: accepted, declined, or not yet.' }) accepted:
    boolean | null;
}

@ObjectType({ description: 'A ranked choice of a student.' })
export class RankedMentor {
  @Field(() => Int) rank: number;
  @Field(() => Teacher) mentor: Teacher;
}

@ObjectType()
export class RoundMentorView {
  @Field(() => Teacher) teacher: Teacher;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'Students in the current draft.' }) load: number;
}

@ObjectType()
export class MatchingRoundPayload {
  @Field(() => MatchingRound, { nullable: true }) round?: MatchingRound | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class PreferencesPayload {
  @Field(() => [RankedMentor], { nullable: true }) preferences?: RankedMentor[] | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class AdjustMatchPayload {
  @Field(() => MatchingOutcome, { nullable: true }) outcome?: MatchingOutcome | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class MentorshipsPayload {
  @Field(() => [Mentorship], { nullable: true }) mentorships?: Mentorship[] | null;
  @Field(() => Int, { nullable: true, description: 'How many mentorships changed.' }) changed?: number | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class MentorCapacityPayload {
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class DecisionPayload {
  @Field(() => Boolean, { nullable: true }) accepted?: boolean | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
