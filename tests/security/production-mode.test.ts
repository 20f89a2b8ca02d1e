import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import {
  DEVELOPMENT_GATEWAY_SECRET,
  GATEWAY_PROOF_HEADER,
  type Principal,
  Role,
  signGatewayProof,
} from '@mentorship/auth';
import { startWebServer } from '@mentorship/devstack';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';
import jwt from 'jsonwebtoken';

import {
  type ProcessPlatform,
  startProcessPlatform,
  TEST_GATEWAY_SECRET,
  TEST_PRODUCTION_SECRET,
} from '../support/process-platform';

const ROOT = path.resolve(__dirname, '../..');
const WEB_DIST = path.join(ROOT, 'services/web/dist');

/** Runs a service's compiled main.js with `env` and waits for it to exit (a refusal) or to print `ready`. */
function startOrRefuse(entry: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const base = { ...process.env };
  delete base.GATEWAY_SECRET;
  const child = spawn(process.execPath, [path.join(ROOT, entry)], {
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready at/.test(output)) child.kill('SIGKILL');
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('production mode: subgraphs trust only the gateway and the platform’s services', () => {
  let p: ProcessPlatform;
  beforeAll(async () => {
    p = await startProcessPlatform({
      env: { NODE_ENV: 'production', AUTH_JWT_SECRET: TEST_PRODUCTION_SECRET, GATEWAY_SECRET: TEST_GATEWAY_SECRET },
    });
  }, 180_000);
  afterAll(() => p?.stop());

  const schools = '{ schools(first: 5) { totalCount } }';
  const settings = '{ schoolSettings { __typename } }';

  it('answers people through the gateway', async () => {
    expect(
      expectNoGraphQLErrors(await execute(p.gatewayUrl, schools, { token: p.token('district-admin') })).schools
        .totalCount,
    ).toBe(4);
    expectNoGraphQLErrors(await execute(p.gatewayUrl, settings, { token: p.token('school-admin') }));
  });

  it('refuses a person’s valid token sent straight to a subgraph, skipping the gateway', async () => {
    for (const [url, query, login] of [
      [p.schoolUrl, settings, 'school-admin'],
      [p.districtUrl, schools, 'district-admin'],
      [p.schoolUrl, '{ me { mentees(first: 5) { totalCount } } }', 'mentor-1'],
    ] as const) {
      const r = await execute(url, query, { token: p.token(login) });
      expect([r.status, errorCodes(r), r.data ?? null]).toEqual([403, ['FORBIDDEN'], null]);
      expect(r.errors![0].message).toMatch(/only the platform gateway/);
    }
  });

  it(
    'refuses a forged gateway proof: another secret, the development secret, a proof made for ' +
      'another token or request, garbage',
    async () => {
      const token = p.token('school-admin');
      const requestId = randomUUID();
      const forged = [
        signGatewayProof('an-attacker-secret-of-at-least-32-characters', requestId, token),
        signGatewayProof(DEVELOPMENT_GATEWAY_SECRET, requestId, token),
        signGatewayProof(TEST_GATEWAY_SECRET, requestId, p.token('district-admin')),
        signGatewayProof(TEST_GATEWAY_SECRET, randomUUID(), token),
        signGatewayProof(TEST_GATEWAY_SECRET, requestId, token, Date.now() - 10 * 60_000),
        'v1.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ];
      for (const proof of forged) {
        const r = await execute(p.schoolUrl, settings, {
          token,
          headers: { 'x-request-id': requestId, [GATEWAY_PROOF_HEADER]: proof },
        });
        expect([r.status, errorCodes(r)]).toEqual([403, ['FORBIDDEN']]);
      }
      // The gateway's own proof (its secret, this request, this token) is what lets a request in.
      const genuine = signGatewayProof(TEST_GATEWAY_SECRET, requestId, token);
      expectNoGraphQLErrors(
        await execute(p.schoolUrl, settings, {
          token,
          headers: { 'x-request-id': requestId, [GATEWAY_PROOF_HEADER]: genuine },
        }),
      );
    },
  );

  it('accepts a platform SERVICE token directly, five minutes long at most', async () => {
    const service: Principal = { personId: 'school-service', role: Role.SERVICE, districtId: '*' };
    const template =
      `{ schoolEvaluationTemplate(schoolId: ` +
      `"${toGlobalId('School', p.logins.find((l) => l.login === 'school-admin')!.schoolId!)}") { __typename } }`;
    expectNoGraphQLErrors(await execute(p.districtUrl, template, { token: p.tokenFor(service) }));
    const long = await execute(p.districtUrl, template, { token: p.tokenFor(service, '30m') });
    expect([long.status, errorCodes(long)]).toEqual([401, ['UNAUTHENTICATED']]);
  });

  it('refuses tokens without exp or living too long, at the gateway', async () => {
    const admin = p.logins.find((l) => l.login === 'district-admin')!;
    const forever = jwt.sign({ role: admin.role, did: admin.districtId }, TEST_PRODUCTION_SECRET, {
      subject: admin.personId,
      issuer: 'mentorship-platform',
      audience: 'mentorship-api',
    });
    for (const token of [forever, p.token('district-admin', '2h')]) {
      const r = await execute(p.gatewayUrl, schools, { token });
      expect([r.status, errorCodes(r)]).toEqual([401, ['UNAUTHENTICATED']]);
    }
  });

  describe('start-up', () => {
    const production = {
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: TEST_PRODUCTION_SECRET,
      SCHOOL_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      DISTRICT_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      GATEWAY_PORT: '0',
    };

    it.each([
      ['school', 'services/school/dist/main.js'],
      ['district', 'services/district/dist/main.js'],
      ['gateway', 'services/gateway/dist/main.js'],
    ])(
      '%s refuses to start in production without GATEWAY_SECRET or with the development one',
      async (_name, entry) => {
        // The remaining refusals (a short GATEWAY_SECRET, the development AUTH_JWT_SECRET) share this code path and are
        // unit-tested in packages/auth.
        const refusals = [
          [{}, /set GATEWAY_SECRET/],
          [{ GATEWAY_SECRET: DEVELOPMENT_GATEWAY_SECRET }, /GATEWAY_SECRET is the development secret/],
        ] as const;
        const results = await Promise.all(refusals.map(([env]) => startOrRefuse(entry, { ...production, ...env })));
        results.forEach(({ code, output }, i) => {
          expect(code).toBe(1);
          expect(output).toMatch(refusals[i][1]);
        });
      },
      180_000,
    );
  });

  describe('the web server', () => {
    let previous: string | undefined;
    beforeAll(() => {
      previous = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
    });
    afterAll(() => {
      process.env.NODE_ENV = previous;
    });

    it('the built app has no inline script or style, so the policy needs no unsafe-inline', () => {
      const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc="\/assets\//);
        expect(body.trim()).toBe('');
      }
      expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|javascript:/i);
    });

    it(
      'sends the security headers on every response, the proxied /graphql included, ' + 'and offers no dev sign-in',
      async () => {
        await expect(
          startWebServer({
            distDir: WEB_DIST,
            port: 0,
            gatewayUrl: p.gatewayUrl,
            devLogin: { logins: [], sign: () => 'token' },
          }),
        ).rejects.toThrow(/development only/);
        const web = await startWebServer({ distDir: WEB_DIST, port: 0, gatewayUrl: p.gatewayUrl });
        try {
          const asset = fs.readdirSync(path.join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
          const responses = [
            await fetch(`${web.url}/`),
            await fetch(`${web.url}/assets/${asset}`),
            await fetch(`${web.url}/school/abc`),
            await fetch(`${web.url}/dev/logins`),
            await fetch(`${web.url}/dev/login`, { method: 'POST', body: '{"login":"district-admin"}' }),
            await fetch(`${web.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token('district-admin')}` },
              body: JSON.stringify({ query: schools }),
            }),
          ];
          expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 404, 404, 200]);
          expect((await responses[5].json()).data.schools.totalCount).toBe(4);
          for (const r of responses) {
            const csp = r.headers.get('content-security-policy') ?? '';
            expect(csp).toMatch(/frame-ancestors 'none'/);
            expect(csp).toMatch(/script-src 'self'(;|$)/);
            expect(csp).toMatch(/default-src 'self'/);
            expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
            expect(r.headers.get('x-content-type-options')).toBe('nosniff');
            expect(r.headers.get('referrer-policy')).toBe('no-referrer');
            expect(r.headers.get('x-frame-options')).toBe('DENY');
          }
        } finally {
          await web.stop();
        }
      },
    );
  });
});
