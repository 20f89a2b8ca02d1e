import { PageArgs, paginateListForClient } from '@mentorship/graphql';
import { Args, FieldResolver, Resolver, Root } from 'type-graphql';

import { SurveyComment, SurveyCommentConnection, SurveySummary } from './evaluation.types';

@Resolver(() => SurveySummary)
export class SurveySummaryResolver {
  @FieldResolver(() => SurveyCommentConnection, {
    description:
      'The free-text answers in alphabetical order, so neither the order nor a cursor reveals who answered or ' +
      'when; none while the survey is open or under 5 answers.',
  })
  async comments(@Root() summary: SurveySummary, @Args() page: PageArgs) {
    const comments = summary.commentTexts.map((text, position) =>
      Object.assign(new SurveyComment(), { text, position }),
    );
    return new SurveyCommentConnection(await paginateListForClient(comments, page, (c) => String(c.position)));
  }
}
