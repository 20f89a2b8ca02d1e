import { UserFacingError } from '@mentorship/graphql';

import { parseTerm } from '../records/term';

export interface SurveySummaryData {
  closed: boolean;
  /** Null while open, and under 5 answers. */
  responses: number | null;
  suppressed: boolean;
  means: (number | null)[];
  comments: string[];
}

/** A new survey's term, questions (1 to 20, none empty) and window. */
export function validateSurveyInput(input: { term: string; questions: string[]; opensAt: Date; closesAt: Date }): void {
  if (!parseTerm(input.term)) throw new UserFacingError('INVALID_TERM', 'Term must look like 2026-2027-1.', 'term');
  if (!input.questions.length || input.questions.length > 20)
    throw new UserFacingError('INVALID_QUESTIONS', 'Ask 1 to 20 questions.', 'questions');
  input.questions.forEach((q, i) => {
    if (!q.trim()) throw new UserFacingError('REQUIRED', 'A question cannot be empty.', `questions[${i}]`);
  });
  if (!(input.closesAt > input.opensAt))
    throw new UserFacingError('INVALID_WINDOW', 'The survey must close after it opens.', 'closesAt');
}

/** A summary that shows nothing: while the survey is open, or under 5 answers. */
export function withheldSummary(questions: string[], closed: boolean) {
  return { questions, closed, responses: null, suppressed: true, means: questions.map(() => null) };
}

/** Each question's mean score, to two decimals. */
export function meansOf(questions: string[], rows: { scores: number[] }[]): number[] {
  return questions.map((_, i) => Math.round((rows.reduce((s, r) => s + r.scores[i], 0) / rows.length) * 100) / 100);
}
