import {
  ServiceCallError,
  serviceCallTimeoutFromEnv,
  type ServiceClient,
  serviceClient,
  toGlobalId,
  UserFacingError,
} from '@mentorship/graphql';

/** How the school service reaches the district subgraph (the same door the outbox relay uses). */
export interface DistrictAccess {
  url: string;
  token: () => string;
  /** Deadline of one call (default SERVICE_CALL_TIMEOUT_MS, 3 s): a hung district is DISTRICT_UNAVAILABLE within it. */
  timeoutMs?: number;
}

/** The client of the district, built once at start-up (service.ts `connect`; tests build their own) and passed in. */
export function districtClient(access: DistrictAccess): ServiceClient {
  return serviceClient({
    service: 'district',
    url: access.url,
    token: access.token,
    timeoutMs: access.timeoutMs ?? serviceCallTimeoutFromEnv(),
  });
}

/** What the school service calls other services with; null: not configured (no DISTRICT_URL/service token). */
export interface SchoolClients {
  district: ServiceClient | null;
}

export interface TrainingStatus {
  complete: boolean;
  requiredCoursesDone: number;
  requiredCoursesTotal: number;
  trialPeriodDays: number;
}

/**
 * Asks the district; no answer in time, no connection or no GraphQL body → DISTRICT_UNAVAILABLE on `field`. A query is
 * idempotent (tried again once if the connection failed outright), a mutation is not.
 */
export async function askDistrict<T>(
  district: ServiceClient | null,
  field: string,
  what: string,
  query: string,
  variables: Record<string, unknown>,
) {
  if (!district)
    throw new UserFacingError(
      'DISTRICT_UNAVAILABLE',
      `The district service is not configured (DISTRICT_URL); ${what} cannot be checked.`,
      field,
    );
  try {
    return await district.request<T>(query, variables, { idempotent: !query.trimStart().startsWith('mutation') });
  } catch (error) {
    if (!(error instanceof ServiceCallError)) throw error;
    const why = error.failure === 'TIMEOUT' ? 'did not answer in time' : 'cannot be reached';
    throw new UserFacingError(
      'DISTRICT_UNAVAILABLE',
      `The district service ${why} to check ${what}; try again later.`,
      field,
    );
  }
}

/**
 * A teacher's training as the district records it, asked of the district subgraph through
 * federation's `_entities` with a service token. Unreachable → a typed error, nothing written.
 */
export async function trainingStatusOf(
  district: ServiceClient | null,
  teacher: {
    id: string;
    staffNumber: string;
    schoolId: string;
  },
): Promise<TrainingStatus> {
  const representation = {
    __typename: 'Teacher',
    id: toGlobalId('Teacher', teacher.id),
    staffNumber: teacher.staffNumber,
    school: { id: toGlobalId('School', teacher.schoolId) },
  };
  const answer = await askDistrict<{ _entities?: ({ training: TrainingStatus | null } | null)[] }>(
    district,
    'teacherId',
    'training',
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Teacher { training { complete ' +
      'requiredCoursesDone requiredCoursesTotal trialPeriodDays } } } }',
    { r: [representation] },
  );
  const training = answer.data?._entities?.[0]?.training;
  if (!training)
    throw new UserFacingError(
      'DISTRICT_UNAVAILABLE',
      `The district service did not answer about ` +
        `training${answer.errors?.length ? `: ${answer.errors[0].message}` : ''}.`,
      'teacherId',
    );
  return training;
}

type TemplateItem = { key: string; label: string; weight: number; source: string; party: string };

/** The district's evaluation template for this school (null: the platform default), asked with the service token. */
export async function evaluationTemplateOf(
  district: ServiceClient | null,
  schoolId: string,
): Promise<TemplateItem[] | null> {
  const answer = await askDistrict<{ schoolEvaluationTemplate?: TemplateItem[] | null }>(
    district,
    'term',
    'its evaluation template',
    'query($s: ID!) { schoolEvaluationTemplate(schoolId: $s) { key label weight source party } }',
    { s: toGlobalId('School', schoolId) },
  );
  if (answer.errors?.length || !answer.data)
    throw new UserFacingError(
      'DISTRICT_UNAVAILABLE',
      `The district service did not answer: ${answer.errors?.[0]?.message ?? 'no data'}.`,
      'term',
    );
  return answer.data.schoolEvaluationTemplate ?? null;
}
