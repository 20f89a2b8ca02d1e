import fs from 'node:fs';
import path from 'node:path';

import { loadAuthConfig } from '@mentorship/auth';
import { createGatewayApp, EXPENSIVE_FIELDS, type RateLimitOptions } from '@mentorship/gateway';
import type { RunningServer } from '@mentorship/graphql';
import { createTestDatabase } from '@mentorship/testing';
import { Client } from 'pg';

import { startTestPlatform, type TestPlatform } from '../support/platform';

// An hour-long window, so no window boundary falls inside the test and resets the counts.
const WINDOW_MS = 3_600_000;
const LIMITS: RateLimitOptions = {
  windowMs: WINDOW_MS,
  requests: 6,
  expensiveRequests: 2,
  expensiveFields: EXPENSIVE_FIELDS,
};

interface Answer {
  status: number;
  retryAfter: string | null;
  codes: string[];
  message?: string;
  data: any;
}

/** A raw POST, as a client sends it, keeping the status and the Retry-After header. */
async function post(url: string, query: string, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? ''),
    message: body.errors?.[0]?.message,
    data: body.data,
  };
}

function expectRateLimited(answer: Answer) {
  expect(answer.status).toBe(429);
  expect(answer.codes).toEqual(['RATE_LIMITED']);
  const seconds = Number(answer.retryAfter);
  expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= WINDOW_MS / 1000).toBe(true);
  expect(answer.data ?? null).toBeNull();
}

const cheap = '{ me { mentees(first: 1) { totalCount } } }';
const exportQuery = '{ rosterExport(format: CSV, kind: TEACHERS) { filename } }';

describe('rate limits per caller at the gateway', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform(undefined, { rateLimit: LIMITS });
  }, 120_000);
  afterAll(() => p?.stop());

  it('a caller over the budget gets 429 with Retry-After and RATE_LIMITED; another caller is unaffected', async () => {
    const flooder = p.token('mentor-1');
    for (let i = 0; i < LIMITS.requests; i++) expect((await post(p.gatewayUrl, cheap, flooder)).status).toBe(200);
    const refused = await post(p.gatewayUrl, cheap, flooder);
    expectRateLimited(refused);
    expect(refused.message).toMatch(/at most 6/);
    // Refused again while the window lasts; the next caller is counted on their own.
    expectRateLimited(await post(p.gatewayUrl, cheap, flooder));
    const other = await post(p.gatewayUrl, cheap, p.token('mentor-2'));
    expect(other.status).toBe(200);
    expect(other.data.me.mentees.totalCount).toBeGreaterThan(0);
  });

  it(
    'exports, imports and matching runs have their own, lower budget; ' + 'the same caller keeps the ordinary one',
    async () => {
      const admin = p.token('school-admin');
      for (let i = 0; i < LIMITS.expensiveRequests; i++)
        expect((await post(p.gatewayUrl, exportQuery, admin)).data.rosterExport.filename).toBeTruthy();
      const refused = await post(p.gatewayUrl, exportQuery, admin);
      expectRateLimited(refused);
      expect(refused.message).toMatch(/exports, imports and matching runs/);
      // Hidden inside an alias or a fragment it is still an export.
      expectRateLimited(
        await post(
          p.gatewayUrl,
          '{ ...F } fragment F on Query { cheap: rosterExport(format: XLSX, kind: STUDENTS) { filename } }',
          admin,
        ),
      );
      // An ordinary query of the same caller still answers (4 + 1 of 6 ordinary requests used).
      expect((await post(p.gatewayUrl, '{ schoolSettings { __typename } }', admin)).status).toBe(200);
      // Another school's admin has their own export budget.
      expect(
        (await post(p.gatewayUrl, exportQuery, p.token('school-admin-2'))).data.rosterExport.filename,
      ).toBeTruthy();
    },
  );

  it('requests without a valid token are counted by address and refused with 429 once over', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i <= LIMITS.requests; i++)
      answers.push(await post(p.gatewayUrl, cheap, i % 2 ? 'forged.token.value' : undefined));
    for (const a of answers.slice(0, LIMITS.requests)) expect(a.status).toBe(401);
    expectRateLimited(answers[LIMITS.requests]);
  });
});

describe('two gateway replicas share one budget through PostgreSQL', () => {
  let p: TestPlatform;
  let db: { url: string; drop(): Promise<void> };
  const gateways: RunningServer[] = [];
  beforeAll(async () => {
    p = await startTestPlatform();
    db = await createTestDatabase('gateway');
    const supergraphSdl = fs.readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8');
    for (let i = 0; i < 2; i++) {
      gateways.push(
        await createGatewayApp({
          supergraphSdl,
          port: 0,
          auth: loadAuthConfig({ NODE_ENV: 'test' }),
          subgraphUrls: { school: p.schoolUrl, district: p.districtUrl },
          rateLimit: { ...LIMITS, requests: 4, databaseUrl: db.url },
        }),
      );
    }
  }, 120_000);
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await p?.stop();
    await db?.drop();
  });

  it('a caller spreading requests over both replicas gets the budget once, not twice', async () => {
    const [one, two] = gateways.map((g) => g.url);
    const caller = p.token('mentor-1');
    for (const url of [one, two, one, two]) expect((await post(url, cheap, caller)).status).toBe(200);
    expectRateLimited(await post(one, cheap, caller));
    expectRateLimited(await post(two, cheap, caller));
    expect((await post(two, cheap, p.token('mentor-2'))).status).toBe(200);
    // The count is the database's: one row per caller and window, incremented atomically.
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT bucket, hits FROM gateway_rate_limit WHERE bucket LIKE 'sub:%' ORDER BY hits DESC",
      );
      expect(rows.map((r) => r.hits)).toEqual([6, 1]);
    } finally {
      await client.end();
    }
  });

  it('concurrent requests at both replicas never let more through than the budget', async () => {
    const caller = p.token('mentor-3');
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(gateways[i % 2].url, cheap, caller)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(4);
    answers.filter((a) => a.status !== 200).forEach(expectRateLimited);
  });
});
