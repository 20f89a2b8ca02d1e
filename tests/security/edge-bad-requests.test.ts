import { EDGE_LIMITS } from '@mentorship/graphql';

import {
  bounded,
  eachTarget,
  EDGE_MODES,
  EDGE_START_MS,
  type EdgeMode,
  type EdgePlatform,
  startEdge,
} from '../support/edge-platform';
import { expectCleanError, post, send } from '../support/edge-requests';

/** One error shape for every bad request, and introspection and suggestions by mode. */

function edgeSuite(mode: EdgeMode, start: () => Promise<EdgePlatform>) {
  describe(`the edge holds (${mode})`, () => {
    let p: EdgePlatform;
    let targets: [string, string][];
    let admin: string;
    beforeAll(async () => {
      ({ p, targets, admin } = await startEdge(start));
    }, EDGE_START_MS);
    afterAll(() => p?.stop());
    const each = eachTarget(() => targets);

    describe('one error shape for every bad request', () => {
      const bodies: [string, string][] = [
        ['malformed JSON', '{"query": "{ __typename }"'],
        ['a bare string', '"hello"'],
        ['an empty body', ''],
        ['null', 'null'],
        ['a number', '42'],
        ['query not a string', '{"query": {"kind": "Document"}}'],
        ['variables not an object', '{"query": "{ __typename }", "variables": "x"}'],
        ['no query', '{"variables": {}}'],
        ['binary', '\u0000\u0001\u00ff{'],
      ];
      for (const [what, body] of bodies) {
        it(
          `answers ${what} with a JSON error and a code`,
          each(async (url) => {
            for (const token of [admin, undefined]) {
              const r = await post(url, token, body);
              expectCleanError(r, { status: token ? 400 : [400, 401] });
              bounded(r);
            }
          }),
        );
      }

      it(
        'refuses a body above the limit with 413, never buffering it',
        each(async (url) => {
          const huge = JSON.stringify({
            query: '{ __typename }',
            variables: { x: 'a'.repeat(EDGE_LIMITS.http.maxBodyBytes + 1) },
          });
          const r = await post(url, admin, huge);
          expectCleanError(r, { status: 413, code: 'PAYLOAD_TOO_LARGE' });
          bounded(r);
        }),
      );

      it(
        'answers wrong content types and methods in JSON, never HTML',
        each(async (url) => {
          for (const contentType of [
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/xml',
            'text/html',
          ]) {
            const r = await send(url, {
              headers: { 'content-type': contentType, authorization: `Bearer ${admin}` },
              body: '{"query":"{ __typename }"}',
            });
            expectCleanError(r, { status: 400 });
          }
          for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
            const r = await send(url, {
              method,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
              body: method === 'OPTIONS' ? undefined : '{}',
            });
            expectCleanError(r, { status: 405, code: 'METHOD_NOT_ALLOWED' });
          }
          // A browser's GET asks for HTML: it gets JSON (no landing page).
          const browser = await send(url, {
            method: 'GET',
            headers: { accept: 'text/html,application/xhtml+xml', authorization: `Bearer ${admin}` },
          });
          expectCleanError(browser, { status: 400 });
        }),
      );

      it(
        'answers an operationName that is not in the document with 400, not 500',
        each(async (url) => {
          const r = await post(url, admin, {
            query: 'query A { __typename } query B { __typename }',
            operationName: 'C',
          });
          expectCleanError(r, { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
          const unnamed = await post(url, admin, { query: 'query A { __typename } query B { __typename }' });
          expectCleanError(unnamed, { status: 400 });
        }),
      );
    });

    describe(`introspection and suggestions (${mode})`, () => {
      it(
        mode === 'production' ? 'refuses introspection everywhere' : 'allows introspection in development',
        each(async (url) => {
          const r = await post(url, admin, { query: '{ __schema { queryType { name } } }' });
          if (mode === 'production') {
            expectCleanError(r, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
            expect(r.body.errors[0].message).toMatch(/[Ii]ntrospection/);
          } else expect(r.body.data.__schema.queryType.name).toBe('Query');
        }),
      );

      it(
        mode === 'production' ? 'gives no "Did you mean" hints' : 'suggests field names in development',
        each(async (url) => {
          const field = await post(url, admin, {
            query:
              url === p.districtUrl
                ? '{ schoolz { nodes { id } } }'
                : '{ schoolz { nodes { id } } accessLo { entries { id } } }',
          });
          expectCleanError(field, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          if (mode === 'production') expect(field.text).not.toMatch(/Did you mean/);
          else if (url === p.gatewayUrl) expect(field.text).toMatch(/Did you mean/);
          if (mode === 'production') {
            const enumValue = await post(url, admin, {
              query: 'query($s: SchoolStage) { schools(stage: $s) { nodes { id } } }',
              variables: { s: 'PRIMRY' },
            });
            expectCleanError(enumValue, { status: 400 });
            expect(enumValue.text).not.toMatch(/Did you mean/);
          }
        }),
      );
    });
  });
}

for (const [mode, start] of EDGE_MODES) edgeSuite(mode, start);
