import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { type ProcessPlatform, startProcessPlatform, TEST_PRODUCTION_SECRET } from '../support/process-platform';

// The deployed shape in production mode: separate processes, production secrets, no dev defaults.
describe('the platform as separate processes in production mode', () => {
  let platform: ProcessPlatform;
  beforeAll(async () => {
    platform = await startProcessPlatform({ env: { NODE_ENV: 'production', AUTH_JWT_SECRET: TEST_PRODUCTION_SECRET } });
  }, 180_000);
  afterAll(() => platform?.stop());

  it('answers a district admin through the gateway', async () => {
    const result = await execute(platform.gatewayUrl, '{ schools(first: 5) { totalCount } }', {
      token: platform.token('district-admin'),
    });
    expectNoGraphQLErrors(result);
    expect((result.data as { schools: { totalCount: number } }).schools.totalCount).toBe(4);
  });
});
