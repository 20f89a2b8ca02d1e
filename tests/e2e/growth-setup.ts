import { Role } from '@mentorship/auth';

import { gatewayCalls, startTestPlatform, TEST_SCALE, type TestPlatform } from '../support/platform';

/** The demo district with a term of the mentors' work, on 2027-01-10: what the growth and recognition tests share. */
export async function startGrowthPlatform() {
  const p = await startTestPlatform({ ...TEST_SCALE, activity: true });
  p.clock.set('2027-01-10T08:00:00Z');
  return {
    p,
    schoolId: p.demo.schools[0].id,
    mentor1: p.logins.find((l) => l.login === 'mentor-1')!.personId,
  };
}

/** Calls through the gateway as the first school's admin or as any of its teachers. */
export function growthCalls(platform: () => TestPlatform) {
  const { gql, ok } = gatewayCalls(platform);
  const admin = () => platform().token('school-admin');
  const teacherToken = (id: string) =>
    platform().tokenFor({
      personId: id,
      role: Role.MENTOR,
      districtId: platform().demo.district.id,
      schoolId: platform().demo.schools[0].id,
    });
  return { gql, ok, admin, teacherToken };
}
