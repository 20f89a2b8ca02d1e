import { fromGlobalId, PageArgs, paginateListForClient, toGlobalId, withUserErrors } from '@mentorship/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Me } from '../me/me.resolver';
import { termOf } from '../records/term';
import { BALLOT_ALGORITHM } from './blind-signature';
import { EvaluationCycle, EvaluationLevel, EvaluationResult } from './evaluation.entity';
import {
  EnterEvaluationScoreInput,
  EvaluationCycleConnection,
  EvaluationCyclePayload,
  EvaluationScorePayload,
  LevelDistribution,
  MentorEvaluation,
  MentorEvaluationConnection,
  OpenEvaluationCycleInput,
  OpenSurveyInput,
  RequestSurveyBallotInput,
  SchoolSurveySummary,
  SelfEvaluation,
  SubmitSurveyResponseInput,
  SurveyBallotKeyView,
  SurveyBallotPayload,
  SurveyConnection,
  SurveyPayload,
  SurveyResponsePayload,
  SurveyResponseStatus,
  SurveySummary,
} from './evaluation.types';
import { Survey, SurveyAudience } from './survey.entity';

@Resolver(() => EvaluationCycle)
export class EvaluationCycleResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.evaluations;
  }

  @FieldResolver(() => MentorEvaluationConnection, {
    description: 'Every mentor’s scores, best first: live while open, frozen once published.',
  })
  async results(@Root() cycle: EvaluationCycle, @Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const results = await this.service(ctx).results(cycle.id);
    const { nodes, ...rest } = await paginateListForClient(results, page, (r) => r.teacherId);
    const teachers = await ctx.loaders.teacherById.loadMany(nodes.map((r) => r.teacherId));
    const evaluations = nodes.map((r, i) =>
      Object.assign(new MentorEvaluation(), { ...r, teacher: teachers[i] instanceof Error ? null : teachers[i] }),
    );
    return new MentorEvaluationConnection({ ...rest, nodes: evaluations });
  }

  @FieldResolver(() => LevelDistribution)
  async distribution(@Root() cycle: EvaluationCycle, @Ctx() ctx: SchoolContext): Promise<LevelDistribution> {
    const results = await this.service(ctx).results(cycle.id);
    const n = (level: EvaluationLevel) => results.filter((r) => r.level === level).length;
    return Object.assign(new LevelDistribution(), {
      excellent: n(EvaluationLevel.EXCELLENT),
      qualified: n(EvaluationLevel.QUALIFIED),
      needsImprovement: n(EvaluationLevel.NEEDS_IMPROVEMENT),
    });
  }

  @Query(() => EvaluationCycleConnection, {
    description: 'School admin: your school’s evaluation cycles, latest first.',
  })
  async evaluationCycles(@Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    return new EvaluationCycleConnection(await this.service(ctx).cycles(page));
  }

  @Mutation(() => EvaluationCyclePayload, {
    description: 'School admin: open a term’s evaluation with the template or your adaptation.',
  })
  openEvaluationCycle(@Arg('input') input: OpenEvaluationCycleInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({ cycle: await this.service(ctx).open(input) }));
  }

  @Mutation(() => EvaluationScorePayload, {
    description:
      'Enter a score for an entered item: yourself (SELF), a colleague (COLLEAGUE), or as school admin (SCHOOL).',
  })
  enterEvaluationScore(@Arg('input') input: EnterEvaluationScoreInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      await this.service(ctx).enter({
        ...input,
        cycleId: fromGlobalId(input.cycleId, 'EvaluationCycle', 'cycleId'),
        teacherId: fromGlobalId(input.teacherId, 'Teacher', 'teacherId'),
      });
      return { saved: true };
    }).then((p) => ({ saved: false, ...p }));
  }

  @Mutation(() => EvaluationCyclePayload, { description: 'School admin: freeze and publish the results.' })
  publishEvaluationCycle(@Arg('cycleId', () => ID) cycleId: string, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      cycle: await this.service(ctx).publish(fromGlobalId(cycleId, 'EvaluationCycle', 'cycleId')),
    }));
  }
}

@Resolver(() => Survey)
export class SurveyResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.surveys;
  }

  @Query(() => [Survey], { description: 'Student or guardian: surveys open for you now.' })
  openSurveys(@Ctx() ctx: SchoolContext): Promise<Survey[]> {
    return this.service(ctx).openFor();
  }

  @Query(() => SurveyConnection, { description: 'School admin: your school’s surveys, latest term first.' })
  async surveys(@Args() page: PageArgs, @Ctx() ctx: SchoolContext) {
    const surveys = await this.service(ctx).ofSchool();
    return new SurveyConnection(await paginateListForClient(surveys, page, (s) => s.id));
  }

  @FieldResolver(() => SchoolSurveySummary, {
    description:
      'School admin: the answers over the whole school — nothing while open; after close the count and means from 5 ' +
      'answers up; no comments.',
  })
  async schoolSummary(@Root() survey: Survey, @Ctx() ctx: SchoolContext): Promise<SchoolSurveySummary> {
    const s = await this.service(ctx).schoolSummaryOf(survey);
    return Object.assign(new SchoolSurveySummary(), {
      closed: s.closed,
      responses: s.responses,
      suppressed: s.suppressed,
      questions: s.questions.map((question, i) => ({ question, mean: s.means[i] })),
    });
  }

  @Mutation(() => SurveyPayload, { description: 'School admin: open a student or parent feedback survey for a term.' })
  openSurvey(@Arg('input') input: OpenSurveyInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({ survey: await this.service(ctx).open(input) }));
  }

  @FieldResolver(() => SurveyBallotKeyView, {
    nullable: true,
    description:
      'Student or guardian: the key to blind your ballot for (your mentor’s key for this survey); null when the ' +
      'survey is not open for you.',
  })
  async ballotKey(@Root() survey: Survey, @Ctx() ctx: SchoolContext): Promise<SurveyBallotKeyView | null> {
    const key = await this.service(ctx).ballotKeyFor(survey);
    return (
      key &&
      Object.assign(new SurveyBallotKeyView(), {
        id: toGlobalId('SurveyBallotKey', key.id),
        algorithm: BALLOT_ALGORITHM,
        modulus: key.modulus,
        publicExponent: key.publicExponent,
      })
    );
  }

  @Mutation(() => SurveyBallotPayload, {
    description:
      'Student or guardian: your one ballot for the survey, signed blindly (the service never sees it). Recorded: ' +
      'you have had your ballot.',
  })
  requestSurveyBallot(@Arg('input') input: RequestSurveyBallotInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(() =>
      this.service(ctx).requestBallot({
        surveyId: fromGlobalId(input.surveyId, 'Survey', 'surveyId'),
        ballotKeyId: fromGlobalId(input.ballotKeyId, 'SurveyBallotKey', 'ballotKeyId'),
        blindedMessage: input.blindedMessage,
      }),
    ).then((p) => ({ blindSignature: null, ...p }));
  }

  // Anonymous by construction: the caller (ctx.principal) is not passed on, and nothing is logged or
  // audited for this mutation. Only the shield rule looks at the token's role.
  @Mutation(() => SurveyResponsePayload, {
    description:
      'Answer with your ballot. The answer is tied to the ballot only, never to you; it is queued and written later ' +
      'with others, in random order.',
  })
  submitSurveyResponse(@Arg('input') input: SubmitSurveyResponseInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      const ids = {
        surveyId: fromGlobalId(input.surveyId, 'Survey', 'surveyId'),
        ballotKeyId: fromGlobalId(input.ballotKeyId, 'SurveyBallotKey', 'ballotKeyId'),
      };
      const { status } = await ctx.services.surveys.submitAnswer({ ...input, ...ids });
      return { status: SurveyResponseStatus[status] };
    }).then((p) => ({ status: null, ...p }));
  }
}

@Resolver(() => Me)
export class MeEvaluationResolver {
  @FieldResolver(() => [EvaluationResult], { description: 'Your published evaluation results.' })
  evaluations(@Root() _me: Me, @Ctx() ctx: SchoolContext): Promise<EvaluationResult[]> {
    return ctx.services.evaluations.myResults();
  }

  @FieldResolver(() => SelfEvaluation, {
    nullable: true,
    description:
      'Your school’s open evaluation’s items you score yourself (自评); null when there are none. Enter with ' +
      'enterEvaluationScore.',
  })
  async selfEvaluation(@Root() _me: Me, @Ctx() ctx: SchoolContext): Promise<SelfEvaluation | null> {
    const s = await ctx.services.evaluations.selfEvaluation();
    return s && Object.assign(new SelfEvaluation(), { ...s, cycleId: toGlobalId('EvaluationCycle', s.cycleId) });
  }

  @FieldResolver(() => SurveySummary, {
    description:
      'Feedback on you this term (or the named one): only after the survey closes, aggregates of 5 answers or more ' +
      'only.',
  })
  async surveySummary(
    @Root() me: Me,
    @Arg('audience', () => SurveyAudience) audience: SurveyAudience,
    @Arg('term', () => String, { nullable: true }) term: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<SurveySummary> {
    const key = term ?? termOf(ctx.now()).key;
    const s = await ctx.services.surveys.summaryFor(me.teacherId, key, audience);
    return Object.assign(new SurveySummary(), {
      term: key,
      audience,
      closed: s.closed,
      responses: s.responses,
      suppressed: s.suppressed,
      commentTexts: s.comments,
      questions: s.questions.map((question, i) => ({ question, mean: s.means[i] })),
    });
  }
}
