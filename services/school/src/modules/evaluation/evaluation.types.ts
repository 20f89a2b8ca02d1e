import { connectionOf, UserError } from '@mentorship/graphql';
import { ArrayMaxSize } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Teacher } from '../roster/teacher.entity';
import { EvaluationCycle, EvaluationLevel, ItemScore } from './evaluation.entity';
import { EvaluationParty, type RubricItem, RubricSource } from './rubric';
import { Survey, SurveyAudience } from './survey.entity';

@InputType()
export class RubricItemInput {
  @Field({
    description:
      'A computed item’s key (MATCHING, GROUP_ACTIVITY, INDIVIDUAL_GUIDANCE, ATTRITION, ' +
      'STUDENT_FEEDBACK, PARENT_FEEDBACK) or your own.',
  })
  key: string;
  @Field() label: string;
  @Field(() => Float) weight: number;
  @Field(() => RubricSource) source: RubricSource;
  @Field(() => EvaluationParty) party: EvaluationParty;
}

@InputType()
export class OpenEvaluationCycleInput {
  @Field({ description: 'e.g. 2026-2027-1' }) term: string;
  @Field(() => [RubricItemInput], {
    nullable: true,
    description: 'The school’s adaptation; the district’s default template when omitted. Weights add up to 100.',
  })
  @ArrayMaxSize(20)
  rubric?: RubricItemInput[] | null;
  @Field(() => String, { nullable: true, description: 'Required when the rubric differs from the template: recorded.' })
  adaptationNote?: string | null;
  @Field(() => Float, { nullable: true, description: 'Default 85.' }) excellentMin?: number | null;
  @Field(() => Float, { nullable: true, description: 'Default 60.' }) qualifiedMin?: number | null;
  @Field(() => Int, { nullable: true, description: 'Instead of excellentMin: the top N are excellent.' })
  topExcellent?: number | null;
}

@InputType()
export class EnterEvaluationScoreInput {
  @Field(() => ID) cycleId: string;
  @Field(() => ID) teacherId: string;
  @Field() itemKey: string;
  @Field(() => Float) score: number;
}

@ObjectType()
export class EvaluationCyclePayload {
  @Field(() => EvaluationCycle, { nullable: true }) cycle: EvaluationCycle | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class EvaluationScorePayload {
  @Field() saved: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: 'A mentor’s scores on the cycle’s rubric: live while open, frozen once published.' })
export class MentorEvaluation {
  @Field(() => Teacher, { nullable: true }) teacher: Teacher | null;
  @Field(() => [ItemScore]) items: ItemScore[];
  @Field(() => Float) total: number;
  @Field(() => EvaluationLevel) level: EvaluationLevel;
}

@ObjectType()
export class LevelDistribution {
  @Field(() => Int) excellent: number;
  @Field(() => Int) qualified: number;
  @Field(() => Int) needsImprovement: number;
}

@InputType()
export class OpenSurveyInput {
  @Field() term: string;
  @Field(() => SurveyAudience) audience: SurveyAudience;
  @Field(() => [String]) @ArrayMaxSize(20) questions: string[];
  @Field() opensAt: Date;
  @Field() closesAt: Date;
}

@InputType({ description: 'Ask for your ballot: a blinded message made with @mentorship/client’s startSurveyBallot.' })
export class RequestSurveyBallotInput {
  @Field(() => ID) surveyId: string;
  @Field(() => ID, { description: 'Survey.ballotKey.id: the key your message was blinded for.' }) ballotKeyId: string;
  @Field({ description: 'base64url, as long as the key’s modulus.' }) blindedMessage: string;
}

@ObjectType()
export class SurveyBallotPayload {
  @Field(() => String, { nullable: true, description: 'base64url; finishSurveyBallot turns it into your ballot.' })
  blindSignature: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType({
  description:
    'An answer with its ballot (surveySubmission of @mentorship/client). It carries no identity, and ' +
    'the service reads none.',
})
export class SubmitSurveyResponseInput {
  @Field(() => ID) surveyId: string;
  @Field(() => ID) ballotKeyId: string;
  @Field({ description: 'The ballot’s token, base64url.' }) token: string;
  @Field({ description: 'The ballot’s signature, base64url.' }) signature: string;
  @Field(() => [Int], { description: 'One answer of 1–5 per question, in order.' }) @ArrayMaxSize(20) scores: number[];
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType()
export class SurveyPayload {
  @Field(() => Survey, { nullable: true }) survey: Survey | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

export enum SurveyResponseStatus {
  QUEUED = 'QUEUED',
}
registerEnumType(SurveyResponseStatus, {
  name: 'SurveyResponseStatus',
  description:
    'QUEUED: accepted and held, to be written with others in a shuffled batch. Keep the ballot and the ' +
    'answer until the survey closes and submit again when in doubt: BALLOT_SPENT means it is held or ' +
    'counted; QUEUED again means the service had lost it (a restart) and holds it now.',
});

@ObjectType()
export class SurveyResponsePayload {
  @Field(() => SurveyResponseStatus, { nullable: true }) status: SurveyResponseStatus | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('SurveyBallotKey', {
  description:
    'The key a respondent’s ballot is signed with: the survey’s key for their mentor ' +
    '(RSABSSA-SHA384-PSS-Randomized, RFC 9474).',
})
export class SurveyBallotKeyView {
  @Field(() => ID) id: string;
  @Field() algorithm: string;
  @Field({ description: 'n, base64url.' }) modulus: string;
  @Field({ description: 'e, base64url.' }) publicExponent: string;
}

@ObjectType()
export class QuestionMean {
  @Field() question: string;
  @Field(() => Float, { nullable: true }) mean: number | null;
}

@ObjectType({
  description:
    'Feedback on a mentor as they see it: never who answered; nothing while the survey is open or under ' +
    '5 answers; the same on every read once closed.',
})
export class SurveySummary {
  @Field() term: string;
  @Field(() => SurveyAudience) audience: SurveyAudience;
  @Field({ description: 'Results exist only once the survey has closed; nothing is shown while it is open.' })
  closed: boolean;
  @Field(() => Int, { nullable: true, description: 'Null while open and under 5 answers.' }) responses: number | null;
  @Field({ description: 'True while open or under 5 answers: means and comments are withheld.' }) suppressed: boolean;
  @Field(() => [QuestionMean]) questions: QuestionMean[];
  /** The comments in alphabetical order (SurveySummary.comments pages them). */
  commentTexts: string[];
}

@ObjectType({ description: 'One free-text answer of a survey on a mentor: never who wrote it, nor when.' })
export class SurveyComment {
  @Field() text: string;
  /** Its place in alphabetical order: the page cursor, so it says nothing of who answered or when. */
  position: number;
}

export const { Connection: SurveyCommentConnection } = connectionOf(SurveyComment);

@ObjectType({
  description:
    'A survey’s answers over the whole school, for the school admin: nothing while open; after close ' +
    'the count and each question’s mean from 5 answers up; never a comment or one mentor’s share.',
})
export class SchoolSurveySummary {
  @Field({ description: 'Results exist only once the survey has closed.' }) closed: boolean;
  @Field(() => Int, { nullable: true, description: 'Answers counted; null while open and under 5 answers.' })
  responses: number | null;
  @Field({ description: 'True while open or under 5 answers: means are withheld.' }) suppressed: boolean;
  @Field(() => [QuestionMean]) questions: QuestionMean[];
}

@ObjectType({ description: 'An item of an open evaluation you score yourself (自评), with the score you entered.' })
export class SelfEvaluationItem {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float, { description: 'The most the item gives.' }) weight: number;
  @Field(() => Float, { nullable: true, description: 'What you entered; null until you do.' }) myScore: number | null;
}

@ObjectType({
  description: 'Your school’s open evaluation as far as you take part in it: the items you score yourself.',
})
export class SelfEvaluation {
  @Field(() => ID) cycleId: string;
  @Field() term: string;
  @Field(() => [SelfEvaluationItem]) items: SelfEvaluationItem[];
}

export interface OpenCycleInput {
  term: string;
  rubric?: RubricItem[] | null;
  adaptationNote?: string | null;
  excellentMin?: number | null;
  qualifiedMin?: number | null;
  topExcellent?: number | null;
}

export const { Connection: EvaluationCycleConnection } = connectionOf(EvaluationCycle);
export const { Connection: MentorEvaluationConnection } = connectionOf(MentorEvaluation);
export const { Connection: SurveyConnection } = connectionOf(Survey);
