import { UserFacingError } from '@mentorship/graphql';

import { MentorStatus } from '../roster/teacher.entity';

/** Who may take on mentees: trainees and certified mentors (not NOT_SUITABLE, not SUSPENDED). */
export const MENTOR_ELIGIBLE_STATUSES: readonly MentorStatus[] = [MentorStatus.TRAINEE, MentorStatus.CERTIFIED];

/** The day of a timestamp, as mentorships record it. */
export const calendarDay = (at: Date): string => at.toISOString().slice(0, 10);

/** PostgreSQL raised the cap triggers (the cap, 师生比上限, lives in the Matching migration). */
export function isCapViolation(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ??
    (error as { code?: string })?.code;
  return code === 'MC001' || code === 'MC002';
}

/** Runs a write and turns a cap trigger into a user error on `field`. */
export async function withinCap<T>(field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isCapViolation(error))
      throw new UserFacingError('CAP_EXCEEDED', 'This would give a mentor more students than their cap allows.', field);
    throw error;
  }
}
