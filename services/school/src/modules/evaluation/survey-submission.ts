import { createHash } from 'node:crypto';

import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { publicKeyOf, verifyBallot } from './blind-signature';
import { Survey, SurveyBallotKey } from './survey.entity';
import { ballotBoxFor } from './survey-ballot-box';

/** Decodes a base64url field of at most maxBytes, or names the field in a user error. */
export const fromBase64Url = (text: string, field: string, maxBytes: number): Buffer => {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length > Math.ceil((maxBytes * 4) / 3))
    throw new UserFacingError('INVALID_ENCODING', 'Expected base64url.', field);
  return Buffer.from(text, 'base64url');
};

export interface SurveySubmission {
  surveyId: string;
  ballotKeyId: string;
  /** The ballot's prepared message (random prefix ‖ random token), base64url. */
  token: string;
  /** Its unblinded RSASSA-PSS signature, base64url. */
  signature: string;
  scores: number[];
  comment?: string | null;
}

/**
 * Takes an answer for a valid, unspent ballot. Deliberately given no caller: the answer is
 * accepted on the ballot alone, so nothing here can tie it to whoever sent it, and nothing
 * here logs. The ballot's key says which survey and which mentor the answer is about (a ballot
 * signed for mentor A does not verify under mentor B's key). The answer is held in memory and
 * written later in a shuffled batch (survey-ballot-box.ts); the caller is told it is queued.
 */
export async function submitSurveyAnswer(
  dataSource: DataSource,
  now: Date,
  input: SurveySubmission,
): Promise<{ status: 'QUEUED' }> {
  const survey = await dataSource.getRepository(Survey).findOneBy({ id: input.surveyId });
  if (!survey) throw new UserFacingError('NOT_FOUND', 'No such survey.', 'surveyId');
  if (now < survey.opensAt || now >= survey.closesAt || survey.sealed)
    throw new UserFacingError('SURVEY_CLOSED', 'The survey is not open.', 'surveyId');
  if (input.scores.length !== survey.questions.length)
    throw new UserFacingError('WRONG_ANSWER_COUNT', `Answer all ${survey.questions.length} questions.`, 'scores');
  input.scores.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 1 || s > 5)
      throw new UserFacingError('SCORE_OUT_OF_RANGE', 'Answer with 1 to 5.', `scores[${i}]`);
  });
  if ((input.comment?.length ?? 0) > 1000)
    throw new UserFacingError('TOO_LONG', 'Keep the comment under 1,000 characters.', 'comment');
  const key = await dataSource.getRepository(SurveyBallotKey).findOneBy({ id: input.ballotKeyId, surveyId: survey.id });
  if (!key) throw new UserFacingError('INVALID_BALLOT', 'This ballot is not for this survey.', 'ballotKeyId');
  const token = fromBase64Url(input.token, 'token', 256);
  if (token.length < 33) throw new UserFacingError('INVALID_BALLOT', 'This is not a ballot.', 'token');
  if (
    !verifyBallot(
      publicKeyOf(key.modulus, key.publicExponent),
      token,
      fromBase64Url(input.signature, 'signature', 1024),
    )
  ) {
    throw new UserFacingError(
      'INVALID_BALLOT',
      'The ballot’s signature is not valid for this survey and mentor.',
      'signature',
    );
  }
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const box = ballotBoxFor(dataSource);
  const [spent] = await dataSource.query('SELECT 1 FROM survey_spent_ballot WHERE survey_id = $1 AND token_hash = $2', [
    survey.id,
    tokenHash,
  ]);
  // From here to box.add nothing awaits: two submissions of one ballot cannot both be taken.
  if (spent || box.holds(survey.id, tokenHash))
    throw new UserFacingError('BALLOT_SPENT', 'This ballot has been used: your answer is in.', 'token');
  await box.add(survey.id, {
    tokenHash,
    mentorId: key.mentorId,
    scores: input.scores,
    comment: input.comment?.trim() || null,
  });
  return { status: 'QUEUED' };
}
