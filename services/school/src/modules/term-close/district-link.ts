import { type ServiceClient, toGlobalId, UserFacingError } from '@mentorship/graphql';

import { askDistrict } from '../certification/district-access';

/** The school's name as the district registry holds it (the school service keeps none). */
export async function schoolNameOf(district: ServiceClient | null, schoolId: string): Promise<string> {
  const answer = await askDistrict<{ schoolDisplayName?: string | null }>(
    district,
    'term',
    'the school’s name',
    'query($s: ID!) { schoolDisplayName(schoolId: $s) }',
    { s: toGlobalId('School', schoolId) },
  );
  const name = answer.data?.schoolDisplayName;
  if (!name)
    throw new UserFacingError(
      'DISTRICT_UNAVAILABLE',
      'The district service did not say the school’s name; try again later.',
      'term',
    );
  return name;
}

export interface TeacherTraining {
  complete: boolean;
  completedHours: number;
  completions: { completedOn: string; hours: number; passed: boolean }[];
}

/** Every named teacher's training, in one `_entities` call with the service token (the door certification uses). */
export async function trainingOfTeachers(
  district: ServiceClient | null,
  schoolId: string,
  teachers: { id: string; staffNumber: string }[],
): Promise<Map<string, TeacherTraining>> {
  if (!teachers.length) return new Map();
  const reps = teachers.map((t) => ({
    __typename: 'Teacher',
    id: toGlobalId('Teacher', t.id),
    staffNumber: t.staffNumber,
    school: { id: toGlobalId('School', schoolId) },
  }));
  const answer = await askDistrict<{ _entities?: ({ training: TeacherTraining | null } | null)[] }>(
    district,
    'term',
    'training',
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Teacher { training { complete ' +
      'completedHours completions { completedOn hours passed } } } } }',
    { r: reps },
  );
  const list = answer.data?._entities;
  if (!list || list.length !== teachers.length)
    throw new UserFacingError(
      'DISTRICT_UNAVAILABLE',
      'The district service did not answer about training; try again later.',
      'term',
    );
  return new Map(
    teachers.map((t, i) => [t.id, list[i]?.training ?? { complete: false, completedHours: 0, completions: [] }]),
  );
}

/** Hands a frozen result to the district (idempotent there); false when the district cannot be reached now. */
export async function sendToDistrict(
  district: ServiceClient | null,
  mutation: 'receiveSchoolTermClose' | 'receiveRecognition',
  payload: unknown,
): Promise<boolean> {
  try {
    const answer = await askDistrict<Record<string, boolean>>(
      district,
      'term',
      'delivery',
      `mutation($p: String!) { ${mutation}(payload: $p) }`,
      { p: JSON.stringify(payload) },
    );
    return answer.data?.[mutation] === true && !answer.errors?.length;
  } catch (error) {
    if (error instanceof UserFacingError) return false;
    throw error;
  }
}
