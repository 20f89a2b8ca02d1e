import { CountBand, UserError } from '@mentorship/graphql';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

import { LevelDistribution } from '../evaluation/evaluation.types';

@ObjectType({
  description: 'What is still open in a term before it is closed (counts the school admin may already see).',
})
export class TermCloseChecklist {
  @Field() term: string;
  @Field(() => Int, { description: 'Students with no published 成长寄语 this term.' })
  studentsWithoutPublishedFeedback: number;
  @Field(() => Int, { description: '成长寄语 written but not published.' }) unpublishedFeedbackDrafts: number;
  @Field(() => Int) openCrisisAlerts: number;
  @Field(() => Int, { description: 'Surveys of the term still taking answers.' }) openSurveys: number;
  @Field() evaluationPublished: boolean;
  @Field({ description: 'Nothing open: the term closes without acceptOpenItems.' }) readyToClose: boolean;
  @Field() closed: boolean;
}

@ObjectType()
export class OptionalActionFigure {
  @Field() action: string;
  @Field(() => Int) records: number;
  @Field(() => Int) students: number;
}

@ObjectType()
export class TrainingFigure {
  @Field(() => Int) teachers: number;
  @Field(() => Int, { description: 'Teachers with every required course passed.' }) requiredComplete: number;
  @Field(() => Float, { description: 'Hours of training passed within the term.' }) hours: number;
}

@ObjectType({ description: 'A term’s figures, frozen at close: school level; attention and crisis counts as bands.' })
export class TermFiguresView {
  @Field() schoolName: string;
  @Field(() => Int) students: number;
  @Field(() => Int) studentsWithLeadMentor: number;
  @Field(() => Float) coverage: number;
  @Field(() => Int) teachers: number;
  @Field(() => Int) teachersMentoring: number;
  @Field(() => Int) certifiedMentors: number;
  @Field(() => Int) homeVisitDone: number;
  @Field(() => Int) talkDone: number;
  @Field(() => Int) writtenFeedbackDone: number;
  @Field(() => Int) allDutiesDone: number;
  @Field(() => [OptionalActionFigure]) optionalActions: OptionalActionFigure[];
  @Field(() => TrainingFigure) training: TrainingFigure;
  @Field(() => LevelDistribution, { nullable: true, description: 'Null when the term’s evaluation was not published.' })
  evaluation: LevelDistribution | null;
  @Field(() => CountBand) attentionStudents: CountBand;
  @Field(() => CountBand) crisisRaisedInTerm: CountBand;
  @Field(() => CountBand) crisisOpenAtClose: CountBand;
  @Field() hasOverdueCrisisAlert: boolean;
}

@ObjectType({ description: '学期结束: a closed term of the school, its figures frozen.' })
export class TermClose {
  @Field() term: string;
  @Field() closedAt: Date;
  @Field({ description: 'Whether the district has received the frozen figures (closing again retries).' })
  sentToDistrict: boolean;
  @Field(() => TermFiguresView) figures: TermFiguresView;
  @Field(() => TermCloseChecklist, { description: 'What was still open when the term was closed.' })
  openItemsAtClose: TermCloseChecklist;
}

@InputType()
export class CloseTermInput {
  @Field() term: string;
  @Field({
    defaultValue: false,
    description: 'Close although items are still open (they are recorded with the close).',
  })
  acceptOpenItems: boolean;
}

@ObjectType()
export class CloseTermPayload {
  @Field(() => TermClose, { nullable: true }) close: TermClose | null;
  @Field({ description: 'The term was closed before: this is that close, unchanged.' }) alreadyClosed: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}
