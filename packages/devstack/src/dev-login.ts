import { loadAuthConfig, Role, signToken } from '@mentorship/auth';
import { demoLogins, demoScaleFromEnv, generateDistrict } from '@mentorship/demo-data';

import type { DevLoginEntry } from './web-server';

/**
 * The demo logins of the seeded district and a signer for them: what `pnpm token` prints, and
 * what the web app's development sign-in offers. Signing needs the HS256 secret, which
 * production never has by default (packages/auth refuses the development secret there).
 */
export function demoSignIn(env: NodeJS.ProcessEnv = process.env): {
  logins: DevLoginEntry[];
  sign(login: string): string | undefined;
} {
  const logins = demoLogins(generateDistrict(demoScaleFromEnv(env)));
  const auth = loadAuthConfig(env);
  return {
    logins: logins.map((l) => ({ login: l.login, role: l.role, name: l.name, description: l.description })),
    sign(login) {
      const found = logins.find((l) => l.login === login);
      return found ? signToken({ ...found, role: Role[found.role] }, auth) : undefined;
    },
  };
}
