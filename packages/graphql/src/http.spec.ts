import 'reflect-metadata';

import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';

import { formatError } from './errors';
import { type RunningServer, serveGraphQL } from './http';
import { edgeProtection } from './limits';

const schema = buildSchema('type Query { quick: String slow: String }');
const rootValue = { quick: () => 'ok', slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 3_000)) };

describe('serveGraphQL: the HTTP layer of every server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const apollo = new ApolloServer({ schema, rootValue, formatError, ...edgeProtection() });
    server = await serveGraphQL(apollo, {
      port: 0,
      context: async () => ({}),
      limits: { requestBudgetMs: 200, maxBodyBytes: 1_000 },
    });
  });
  afterAll(() => server.stop());

  const post = (body: string) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers within the time budget: 503 TIMEOUT, as JSON', async () => {
    const started = Date.now();
    const r = await post(JSON.stringify({ query: '{ slow }' }));
    expect(Date.now() - started).toBeLessThan(2_000); // the resolver alone takes 3 s
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({
      errors: [{ message: expect.stringMatching(/budget of 0.2 s/), extensions: { code: 'TIMEOUT' } }],
    });
  });

  it('refuses a body above the limit with 413 and keeps serving', async () => {
    const r = await post(JSON.stringify({ query: `{ quick } # ${'x'.repeat(2_000)}` }));
    expect(r.status).toBe(413);
    expect((await r.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await (await post('{"query":"{ quick }"}')).json()).toEqual({ data: { quick: 'ok' } });
  });

  it('answers malformed JSON with 400 BAD_REQUEST as JSON', async () => {
    const r = await post('{"query":');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/json/);
    expect((await r.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
