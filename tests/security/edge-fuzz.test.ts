import fs from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';

import { expectNothingLeaked, send } from '../support/edge-requests';
import { startTestPlatform, type TestPlatform } from '../support/platform';

const manifest = Object.values(
  JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../packages/client/src/generated/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>,
);
/** Time spent throwing requests, in total over the three endpoints. */
const FUZZ_MS = Number(process.env.FUZZ_MS ?? 30_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const words = [
  '{',
  '}',
  '(',
  ')',
  ':',
  '$x',
  '$first',
  '@include(if: true)',
  '@skip(if: $x)',
  '...',
  'on',
  'fragment F',
  '...F',
  'query',
  'mutation',
  'subscription',
  'schools',
  'school',
  'nodes',
  'edges',
  'node',
  'id',
  'name',
  'first:',
  'after:',
  'students',
  'grades',
  'classrooms',
  'mentors',
  'mentor',
  'me',
  'mentees',
  'accessLog',
  'records',
  'entries',
  '__typename',
  '__schema',
  '__type',
  'district',
  'districtDashboard',
  'comparisonExport',
  'format: CSV',
  '_entities',
  '_service',
  'createMentorRecord',
  'input:',
  'content',
  '"x"',
  '"\\u0000"',
  '1',
  '-1',
  '0',
  '101',
  '1000000000',
  '99999999999',
  '1.5',
  'true',
  'null',
  '[',
  ']',
  '=',
  '!',
  'Int',
  'String',
  'ID',
];

/** A GraphQL-ish document: known names, punctuation and literals in random order, or a client operation. */
const documentArb = fc.oneof(
  fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((t) => t.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...manifest),
  fc
    .tuple(fc.constantFrom(...manifest), fc.nat(), fc.string({ maxLength: 5 }))
    .map(([doc, at, junk]) => doc.slice(0, at % (doc.length + 1)) + junk + doc.slice(at % (doc.length + 1))),
);

/** Variable values: scalars of every shape, control characters, huge numbers, nesting. */
const valueArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.integer(),
    fc.constantFrom(0, -1, 101, 1e9, 2 ** 31, -(2 ** 53), 1e308, 0.5),
    fc.constantFrom(
      '2026-02-30',
      'tomorrow',
      '1000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2026-11-24T08:00:00Z',
      'PRIMARY',
      'TALK',
      'XLSX',
      'not base64 %%',
    ),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'input',
        'id',
        'first',
        'after',
        'kind',
        'format',
        'fileBase64',
        'content',
        'studentIds',
        'occurredAt',
        'roundId',
        'stage',
        'term',
        'x',
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

const variablesArb = fc.option(
  fc.dictionary(
    fc.constantFrom(
      'input',
      'first',
      'after',
      'stage',
      'term',
      'format',
      'schoolId',
      'roundId',
      'category',
      'id',
      'x',
      'i',
      'r',
    ),
    valueArb,
    { maxKeys: 4 },
  ),
  { nil: undefined },
);

const bodyArb = fc.oneof(
  fc
    .record({
      query: documentArb,
      variables: variablesArb,
      operationName: fc.option(fc.constantFrom('A', 'MyWork', 'DistrictDashboard', ''), { nil: undefined }),
    })
    .map((b) => JSON.stringify(b)),
  fc.array(fc.record({ query: documentArb }), { minLength: 0, maxLength: 4 }).map((b) => JSON.stringify(b)),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.record({ query: documentArb }).map((b) => JSON.stringify(b).slice(0, -1)),
);

const contentTypeArb = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/graphql-response+json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'application/graphql',
    '',
  ),
  fc.string({ maxLength: 30 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);

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
