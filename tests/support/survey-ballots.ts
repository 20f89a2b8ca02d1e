import {
  type BallotKey,
  ballotRequest,
  finishSurveyBallot,
  startSurveyBallot,
  type SurveyBallot,
  surveySubmission,
} from '@mentorship/client';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

/** What a respondent's app does with @mentorship/client's ballot helpers, over plain HTTP (gateway or subgraph). */

export const REQUEST_BALLOT =
  'mutation($i: RequestSurveyBallotInput!) { requestSurveyBallot(input: $i) { blindSignature ' +
  'userErrors { field code } } }';
export const SUBMIT =
  'mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { status userErrors { field code } } }';

/** The caller's ballot key for a survey (their mentor's), from `openSurveys`. */
export async function ballotKeyOf(url: string, token: string, surveyId: string): Promise<BallotKey> {
  const { openSurveys } = expectNoGraphQLErrors(
    await execute(url, '{ openSurveys { id ballotKey { id algorithm modulus publicExponent } } }', { token }),
  );
  const survey = openSurveys.find((s: { id: string }) => s.id === surveyId);
  if (!survey?.ballotKey) throw new Error('no ballot key for this survey');
  expect(survey.ballotKey.algorithm).toBe('RSABSSA-SHA384-PSS-Randomized');
  return survey.ballotKey;
}

/** Key, blind, ask, unblind: the caller's one ballot. Throws with the userErrors when refused. */
export async function getBallot(url: string, token: string, surveyId: string): Promise<SurveyBallot> {
  const pending = await startSurveyBallot(surveyId, await ballotKeyOf(url, token, surveyId));
  const { requestSurveyBallot } = expectNoGraphQLErrors(
    await execute(url, REQUEST_BALLOT, { token, variables: { i: ballotRequest(pending) } }),
  );
  if (requestSurveyBallot.userErrors.length)
    throw new Error(`ballot refused: ${JSON.stringify(requestSurveyBallot.userErrors)}`);
  return finishSurveyBallot(pending, requestSurveyBallot.blindSignature);
}

/**
 * Submits an answer with a ballot; `token` is whoever's bearer token carries the request (the service ignores whose).
 */
export async function submitAnswer(
  url: string,
  token: string,
  ballot: SurveyBallot,
  answer: { scores: number[]; comment?: string | null },
) {
  const { submitSurveyResponse } = expectNoGraphQLErrors(
    await execute(url, SUBMIT, { token, variables: { i: surveySubmission(ballot, answer) } }),
  );
  return submitSurveyResponse as { status: string | null; userErrors: { field: string; code: string }[] };
}
