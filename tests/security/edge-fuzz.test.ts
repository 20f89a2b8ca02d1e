import fc from 'fast-check';

import { bodyArb, contentTypeArb } from '../support/edge-fuzz-arbitraries';
import { expectNothingLeaked, send } from '../support/edge-requests';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/** Time spent throwing requests, in total over the three endpoints. */
const FUZZ_MS = Number(process.env.FUZZ_MS ?? 30_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/**
 * Random bodies, content types, methods, documents and variable values at the gateway and both
 * subgraphs, for a bounded time: the answer is never a 5xx, never HTML, never a stack trace, an
 * install path or SQL, and always JSON. Re-run a failure with FUZZ_SEED=<the printed seed>.
 */
describe('edge fuzz', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  }, 120_000);
  afterAll(() => p?.stop());

  it(
    'answers anything with a clean JSON answer, never a 5xx',
    async () => {
      console.log(`edge fuzz: seed ${seed} (re-run with FUZZ_SEED=${seed}), ${FUZZ_MS / 1000} s`);
      const targets = [p.gatewayUrl, p.schoolUrl, p.districtUrl];
      const tokens = [p.token('school-admin'), p.token('mentor-1'), p.token('district-admin'), 'not-a-token'];
      let runs = 0;
      const internal: string[] = [];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...targets),
          fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH'),
          contentTypeArb,
          fc.option(fc.constantFrom(...tokens), { nil: undefined }),
          bodyArb,
          fc.option(fc.constantFrom('text/html', 'application/json', '*/*', 'multipart/mixed'), { nil: undefined }),
          async (url, method, contentType, token, body, accept) => {
            runs++;
            const headers: Record<string, string> = {
              ...(contentType ? { 'content-type': contentType } : {}),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
              ...(accept ? { accept } : {}),
            };
            const r =
              method === 'GET'
                ? await send(`${url}?query=${encodeURIComponent(body)}`, {
                    method,
                    headers: { ...headers, 'apollo-require-preflight': 'true' },
                  })
                : await send(url, { method, headers, body });
            const where = `${method} ${url} ${contentType} → ${r.status} ${r.text.slice(0, 300)}`;
            expect({ where, serverError: r.status >= 500 }).toEqual({ where, serverError: false });
            expectNothingLeaked(r);
            expect(r.body).toBeDefined();
            for (const e of r.body.errors ?? [])
              expect({ where, code: typeof e.extensions?.code }).toEqual({ where, code: 'string' });
            if (
              (r.body.errors ?? []).some(
                (e: { extensions?: { code?: string } }) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
              )
            )
              internal.push(`${where} ← ${body.slice(0, 300)}`);
          },
        ),
        {
          seed,
          numRuns: 1_000_000,
          interruptAfterTimeLimit: FUZZ_MS,
          markInterruptAsFailure: false,
          endOnFailure: true,
        },
      );
      console.log(
        `edge fuzz: ${runs} requests, ${internal.length} answered INTERNAL_SERVER_ERROR (a 200 with a masked ` +
          `error)${internal.length ? `:\n${internal.slice(0, 5).join('\n')}` : ''}`,
      );
      expect(runs).toBeGreaterThan(50);
    },
    FUZZ_MS + 120_000,
  );
});
