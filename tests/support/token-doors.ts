import { DEVELOPMENT_SECRET, type Principal, Role } from '@mentorship/auth';
import { errorCodes, execute } from '@mentorship/testing';
import jwt from 'jsonwebtoken';

import type { TestPlatform } from './platform';

/** Tokens for the demo logins as an attacker signs them, and the three doors they are tried at. */
export function tokenDoors(platform: () => TestPlatform) {
  const p = () => platform();
  const principal = (login: string): Principal => {
    const l = p().logins.find((x) => x.login === login)!;
    return { ...l, role: Role[l.role] };
  };
  /** A token as an attacker or a careless identity provider would sign it, with the platform's (development) secret. */
  const raw = (login: string, options: jwt.SignOptions, extra: Record<string, unknown> = {}) => {
    const l = principal(login);
    return jwt.sign({ role: l.role, did: l.districtId, sid: l.schoolId, name: l.name, ...extra }, DEVELOPMENT_SECRET, {
      subject: l.personId,
      issuer: 'mentorship-platform',
      audience: 'mentorship-api',
      ...options,
    });
  };
  // Every door: the gateway, and each subgraph called directly.
  const doors = () =>
    [
      ['gateway', p().gatewayUrl, '{ district { name } }'],
      ['school', p().schoolUrl, '{ schoolSettings { __typename } }'],
      ['district', p().districtUrl, '{ district { name } }'],
    ] as const;

  async function expectRefusedEverywhere(token: string, message: RegExp) {
    for (const [door, url, query] of doors()) {
      const r = await execute(url, query, { token });
      expect({ door, status: r.status, codes: errorCodes(r), data: r.data ?? null }).toEqual({
        door,
        status: 401,
        codes: ['UNAUTHENTICATED'],
        data: null,
      });
      expect(r.errors![0].message).toMatch(message);
    }
  }
  return { principal, raw, doors, expectRefusedEverywhere };
}
