import { loadAuthConfig, Role, signToken } from '@mentorship/auth';
import { demoLogins, demoScaleFromEnv, generateDistrict } from '@mentorship/demo-data';

/** `npm run -s token <login>` prints a bearer token for a demo user; without a login, lists them. */
const logins = demoLogins(generateDistrict(demoScaleFromEnv()));
const wanted = process.argv[2];
const login = logins.find((l) => l.login === wanted);

if (!login) {
  if (wanted) console.error(`Unknown login "${wanted}".`);
  console.error('Demo logins (npm run -s token <login>):');
  for (const l of logins) console.error(`  ${l.login.padEnd(16)} ${l.role.padEnd(15)} ${l.name} — ${l.description}`);
  process.exit(wanted ? 1 : 0);
}

console.log(signToken({ ...login, role: Role[login.role] }, loadAuthConfig()));
