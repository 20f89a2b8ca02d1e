import { UserFacingError } from '@mentorship/graphql';

import type { MentorEligibility } from './matching-round.entity';

export interface OpenRoundInput {
  academicYear: string;
  opensAt: Date;
  closesAt: Date;
  gradeIds?: string[] | null;
  maxChoices?: number | null;
  cap?: number | null;
  eligibility?: MentorEligibility | null;
  randomDraw?: boolean | null;
  teacherIds?: string[] | null;
}

/**
 * The settings of a new round that need no data: the academic year, the window within it, how many
 * mentors a student ranks and the cap (at most the district's policy cap).
 */
export function validateRoundSettings(input: OpenRoundInput, policyCap: number): { maxChoices: number; cap: number } {
  const year = /^(\d{4})-(\d{4})$/.exec(input.academicYear);
  if (!year || Number(year[2]) !== Number(year[1]) + 1)
    throw new UserFacingError('INVALID_ACADEMIC_YEAR', 'Academic year must look like 2026-2027.', 'academicYear');
  if (!(input.closesAt > input.opensAt))
    throw new UserFacingError('INVALID_WINDOW', 'The window must close after it opens.', 'closesAt');
  // A round prepares its academic year: it may open from September of the year before (matching
  // ahead of the new intake) and must close before the year ends (31 August of its second year).
  const [windowStart, windowEnd] = [
    new Date(Date.UTC(Number(year[1]) - 1, 8, 1)),
    new Date(Date.UTC(Number(year[2]), 8, 1)),
  ];
  if (input.opensAt < windowStart)
    throw new UserFacingError(
      'INVALID_WINDOW',
      `A round for ${input.academicYear} opens from ${windowStart.toISOString().slice(0, 10)} on.`,
      'opensAt',
    );
  if (input.closesAt > windowEnd)
    throw new UserFacingError(
      'INVALID_WINDOW',
      `A round for ${input.academicYear} closes by ${windowEnd.toISOString().slice(0, 10)}.`,
      'closesAt',
    );
  const maxChoices = input.maxChoices ?? 3;
  if (maxChoices < 1 || maxChoices > 10)
    throw new UserFacingError('INVALID_CHOICE_COUNT', 'Students may rank between 1 and 10 mentors.', 'maxChoices');
  const cap = input.cap ?? policyCap;
  if (cap < 1 || cap > policyCap)
    throw new UserFacingError('CAP_ABOVE_POLICY', `The cap must be between 1 and the district's ${policyCap}.`, 'cap');
  return { maxChoices, cap };
}
