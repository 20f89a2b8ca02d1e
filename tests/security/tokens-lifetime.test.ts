import { randomUUID } from 'node:crypto';

import {
  DEVELOPMENT_GATEWAY_SECRET,
  GATEWAY_PROOF_HEADER,
  type Principal,
  Role,
  signGatewayProof,
} from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';
import { tokenDoors } from '../support/token-doors';

/**
 * Tokens expire: lifetimes at every door (the gateway and each subgraph called directly), and a forwarded request
 * id is kept only with the gateway's proof.
 */
describe('tokens expire and sessions end', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p?.stop());
  afterEach(() => p.clock.reset());

  const { principal, raw, doors, expectRefusedEverywhere } = tokenDoors(() => p);

  describe('lifetime', () => {
    it('a school admin’s one-hour token is answered at every door (the control)', async () => {
      for (const [, url, query] of doors())
        expectNoGraphQLErrors(await execute(url, query, { token: raw('school-admin', { expiresIn: '1h' }) }));
    });

    it('a token without exp is refused at every door', async () => {
      await expectRefusedEverywhere(raw('school-admin', {}), /no expiry/);
    });

    it('a token living longer than an hour (the old 12 h default, or a year) is refused at every door', async () => {
      await expectRefusedEverywhere(raw('school-admin', { expiresIn: '12h' }), /longer than 60 minutes/);
      await expectRefusedEverywhere(raw('school-admin', { expiresIn: '365d' }), /longer than 60 minutes/);
    });

    it('a token without iat, or issued in the future to stretch its life, is refused at every door', async () => {
      const now = Math.floor(Date.now() / 1000);
      await expectRefusedEverywhere(raw('school-admin', { noTimestamp: true }, { exp: now + 600 }), /no issue time/);
      await expectRefusedEverywhere(raw('school-admin', {}, { iat: now + 86_400, exp: now + 86_400 + 3600 }), /future/);
    });

    it('an expired token is refused at every door', async () => {
      await expectRefusedEverywhere(p.tokenFor(principal('school-admin'), -5), /expired/);
    });

    it(
      'a service token lives five minutes at most: ' + 'a ten-minute one is refused at the subgraphs it calls directly',
      async () => {
        const service: Principal = { personId: 'school-service', role: Role.SERVICE, districtId: '*' };
        const template =
          `{ schoolEvaluationTemplate(schoolId: ` + `"${toGlobalId('School', p.demo.schools[0].id)}") { __typename } }`;
        const long = await execute(p.districtUrl, template, { token: p.tokenFor(service, '10m') });
        expect([long.status, errorCodes(long)]).toEqual([401, ['UNAUTHENTICATED']]);
        expect(long.errors![0].message).toMatch(/longer than 5 minutes/);
        expect((await execute(p.schoolUrl, '{ __typename }', { token: p.tokenFor(service, '1h') })).status).toBe(401);
        expectNoGraphQLErrors(await execute(p.districtUrl, template, { token: p.tokenFor(service) }));
      },
    );
  });

  it(
    'a subgraph keeps a forwarded x-request-id only with the gateway’s proof: the access log’s ' +
      'request id is never the caller’s choice',
    async () => {
      const mentor = p.token('mentor-1');
      const me = expectNoGraphQLErrors(
        await execute(p.schoolUrl, '{ me { mentees(first: 1) { nodes { id } } } }', { token: mentor }),
      );
      const studentId = me.me.mentees.nodes[0].id;
      const read = (headers: Record<string, string>) =>
        execute(p.schoolUrl, 'query($id: ID!) { student(id: $id) { archive { personality } } }', {
          token: mentor,
          variables: { id: studentId },
          headers,
        });
      // Read straight from the school database: no API view shows request ids any more (PRIVACY.md, "The access log").
      const logged = async (requestId: string) =>
        Number(
          (await p.school.query('SELECT count(*)::int AS n FROM access_log WHERE request_id = $1', [requestId]))[0].n,
        );
      const total = async () => Number((await p.school.query('SELECT count(*)::int AS n FROM access_log'))[0].n);
      const chosen = `chosen-by-caller-${randomUUID()}`;
      const before = await total();
      expectNoGraphQLErrors(await read({ 'x-request-id': chosen }));
      expect(await total()).toBe(before + 1);
      expect(await logged(chosen)).toBe(0);
      // With a proof only the gateway can make (its secret over this id and token), the id is kept.
      const forwarded = `gateway-${randomUUID()}`;
      expectNoGraphQLErrors(
        await read({
          'x-request-id': forwarded,
          [GATEWAY_PROOF_HEADER]: signGatewayProof(DEVELOPMENT_GATEWAY_SECRET, forwarded, mentor),
        }),
      );
      expect(await logged(forwarded)).toBe(1);
    },
  );
});
