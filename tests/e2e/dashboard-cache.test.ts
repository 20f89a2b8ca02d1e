import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform } from '../support/platform';

describe('the gateway reuses a dashboard answer per caller for a short time', () => {
  it(
    'a repeated dashboard query costs the district nothing; ' + 'another caller or a failed answer is never shared',
    async () => {
      const p = await startTestPlatform(undefined, { dashboardCacheSeconds: 30 });
      try {
        const q = '{ districtDashboard { totals { schools } } }';
        const admin = p.token('district-admin');
        const run = (token: string) => execute(p.gatewayUrl, q, { token });
        expectNoGraphQLErrors(await run(admin));
        p.districtStatements.reset();
        expect(expectNoGraphQLErrors(await run(admin)).districtDashboard.totals.schools).toBe(4);
        expect(p.districtStatements.count).toBe(0);
        // A second district admin is a different caller: computed afresh.
        const other = p.tokenFor({ personId: randomUUID(), role: Role.DISTRICT_ADMIN, districtId: p.demo.district.id });
        expectNoGraphQLErrors(await run(other));
        expect(p.districtStatements.count).toBeGreaterThan(0);
        // Refusals are not cached, and a cached answer never reaches a caller who may not see it.
        for (let i = 0; i < 2; i++) expect(errorCodes(await run(p.token('school-admin')))).toEqual(['FORBIDDEN']);
        // Anything but the dashboard fields is always live.
        p.districtStatements.reset();
        for (let i = 0; i < 2; i++)
          expectNoGraphQLErrors(
            await execute(p.gatewayUrl, '{ districtDashboard { term } schools { totalCount } }', { token: admin }),
          );
        expect(p.districtStatements.count).toBeGreaterThan(2);
      } finally {
        await p.stop();
      }
    },
  );
});
