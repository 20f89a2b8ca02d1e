import { randomUUID } from 'node:crypto';

import { DEVELOPMENT_SECRET } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute } from '@mentorship/testing';
import jwt from 'jsonwebtoken';

import { startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * Security probes, tokens: no token, a forged, unsigned or expired one, at the gateway and at each subgraph
 * directly.
 */
describe('security probes: the attack is tried for real and fails', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p?.stop());

  const students = '{ schools { nodes { students(first: 5) { nodes { name } } } } }';

  describe('tokens', () => {
    it('refuses a request without a token at the gateway', async () => {
      const r = await execute(p.gatewayUrl, students);
      expect(r.status).toBe(401);
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.data).toBeUndefined();
    });

    it('refuses a forged token (signed with another secret)', async () => {
      const login = p.logins.find((l) => l.login === 'district-admin')!;
      const forged = jwt.sign({ role: 'DISTRICT_ADMIN', did: login.districtId }, 'attacker-secret', {
        subject: login.personId,
        issuer: 'mentorship-platform',
        audience: 'mentorship-api',
      });
      const r = await execute(p.gatewayUrl, students, { token: forged });
      expect(r.status).toBe(401);
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses an unsigned (alg: none) token', async () => {
      const login = p.logins.find((l) => l.login === 'district-admin')!;
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const claims = {
        sub: login.personId,
        role: 'DISTRICT_ADMIN',
        did: login.districtId,
        iss: 'mentorship-platform',
        aud: 'mentorship-api',
      };
      const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
      expect(errorCodes(await execute(p.gatewayUrl, students, { token: unsigned }))).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses an expired token, saying so', async () => {
      const login = p.logins.find((l) => l.login === 'school-admin')!;
      const expired = jwt.sign(
        { role: 'SCHOOL_ADMIN', did: login.districtId, sid: login.schoolId, exp: Math.floor(Date.now() / 1000) - 60 },
        DEVELOPMENT_SECRET,
        { subject: login.personId, issuer: 'mentorship-platform', audience: 'mentorship-api' },
      );
      const r = await execute(p.gatewayUrl, students, { token: expired });
      expect(r.status).toBe(401);
      expect(r.errors?.[0].message).toMatch(/expired/i);
    });

    it('refuses a request to a subgraph directly without a token, on both subgraphs', async () => {
      for (const url of [p.schoolUrl, p.districtUrl]) {
        const r = await execute(url, '{ _service { sdl } }');
        expect(r.status).toBe(401);
        expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('refuses a forged token sent to a subgraph directly (the gateway is not the only check)', async () => {
      const forged = jwt.sign({ role: 'DISTRICT_ADMIN', did: p.demo.district.id }, 'attacker-secret', {
        subject: randomUUID(),
        issuer: 'mentorship-platform',
        audience: 'mentorship-api',
      });
      const rep = { __typename: 'School', id: toGlobalId('School', p.demo.schools[0].id) };
      const r = await execute(
        p.schoolUrl,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { stats { students } } } }',
        { token: forged, variables: { r: [rep] } },
      );
      expect(r.status).toBe(401);
      expect(r.data).toBeUndefined();
    });
  });
});
