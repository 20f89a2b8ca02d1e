import { UserFacingError, toGlobalId } from '@mentorship/graphql';

/** How the school service reaches the district subgraph (the same door the outbox relay uses). */
export interface DistrictAccess {
  url: string;
  token: () => string;
}

let access: DistrictAccess | null = null;

/** Set at start-up from DISTRICT_URL and the service token (tests set it to their district). */
export function configureDistrictAccess(value: DistrictAccess | null): void {
  access = value;
}

export interface TrainingStatus {
  complete: boolean;
  requiredCoursesDone: number;
  requiredCoursesTotal: number;
  trialPeriodDays: number;
}

/**
 * A teacher's training as the district records it, asked of the district subgraph through
 * federation's `_entities` with a service token. Unreachable → a typed error, nothing written.
 */
export async function trainingStatusOf(teacher: { id: string; staffNumber: string; schoolId: string }): Promise<TrainingStatus> {
  if (!access) throw new UserFacingError('DISTRICT_UNAVAILABLE', 'The district service is not configured (DISTRICT_URL); training cannot be checked.', 'teacherId');
  const representation = { __typename: 'Teacher', id: toGlobalId('Teacher', teacher.id), staffNumber: teacher.staffNumber, school: { id: toGlobalId('School', teacher.schoolId) } };
  type Answer = { data?: { _entities?: ({ training: TrainingStatus | null } | null)[] }; errors?: { message: string }[] };
  let body: Answer | null = null;
  try {
    const response = await fetch(access.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access.token()}` },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Teacher { training { complete requiredCoursesDone requiredCoursesTotal trialPeriodDays } } } }',
        variables: { r: [representation] },
      }),
      signal: AbortSignal.timeout(10_000),
    });
    body = (await response.json()) as Answer;
  } catch {
    throw new UserFacingError('DISTRICT_UNAVAILABLE', 'The district service cannot be reached to check training; try again later.', 'teacherId');
  }
  const answer = body as Answer | null;
  const training = answer?.data?._entities?.[0]?.training;
  if (!training) throw new UserFacingError('DISTRICT_UNAVAILABLE', `The district service did not answer about training${answer?.errors?.length ? `: ${answer.errors[0].message}` : ''}.`, 'teacherId');
  return training;
}

/** The district's evaluation template for this school (null: the platform default), asked with the service token. */
export async function evaluationTemplateOf(schoolId: string): Promise<{ key: string; label: string; weight: number; source: string; party: string }[] | null> {
  if (!access) throw new UserFacingError('DISTRICT_UNAVAILABLE', 'The district service is not configured (DISTRICT_URL); its evaluation template cannot be read.', 'term');
  type Answer = { data?: { schoolEvaluationTemplate?: { key: string; label: string; weight: number; source: string; party: string }[] | null }; errors?: { message: string }[] };
  let answer: Answer;
  try {
    const response = await fetch(access.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access.token()}` },
      body: JSON.stringify({ query: 'query($s: ID!) { schoolEvaluationTemplate(schoolId: $s) { key label weight source party } }', variables: { s: toGlobalId('School', schoolId) } }),
      signal: AbortSignal.timeout(10_000),
    });
    answer = (await response.json()) as Answer;
  } catch {
    throw new UserFacingError('DISTRICT_UNAVAILABLE', 'The district service cannot be reached for its evaluation template; try again later.', 'term');
  }
  if (answer.errors?.length || !answer.data) throw new UserFacingError('DISTRICT_UNAVAILABLE', `The district service did not answer: ${answer.errors?.[0]?.message ?? 'no data'}.`, 'term');
  return answer.data.schoolEvaluationTemplate ?? null;
}
