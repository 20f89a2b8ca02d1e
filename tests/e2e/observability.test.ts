import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { Client } from 'pg';

import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from '../support/otlp-receiver';
import type { ProcessPlatform } from '../support/process-platform';
import { startProcessPlatform, TEST_PRODUCTION_SECRET } from '../support/process-platform';
import { eventually, logLines, operation, sample } from './observability-probes';

describe('observability: one request followed through logs, metrics and a trace, across the real processes', () => {
  let p: ProcessPlatform;
  let otlp: OtlpReceiver;
  const metricsUrl: Record<string, string> = {};
  beforeAll(async () => {
    otlp = await startOtlpReceiver();
    p = await startProcessPlatform({
      env: {
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: TEST_PRODUCTION_SECRET,
        LOG_FORMAT: 'json',
        METRICS_PORT: '0',
        OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
        OTEL_BSP_SCHEDULE_DELAY: '200',
        // The relay drains once at start; snapshots queued later wait (the backlog test).
        OUTBOX_RELAY_INTERVAL_SECONDS: '3600',
      },
    });
    for (const [name, service] of Object.entries(p.processes)) {
      metricsUrl[name] = String(logLines(service).find((l) => l.msg.startsWith('metrics served at'))?.url);
    }
  }, 180_000);
  afterAll(async () => {
    await p?.stop();
    await otlp?.stop();
  });

  const scrape = async (service: string) => {
    const response = await fetch(metricsUrl[service]);
    expect(response.status).toBe(200);
    return response.text();
  };
  /** A mentor's work list: the answer has student names; `filtered` adds a sensitive filter to the variables. */
  const myWork = (token: string, filtered: boolean, headers: Record<string, string> = {}) => {
    const variables = filtered ? { first: 50, category: 'LEFT_BEHIND' } : { first: 50 };
    const answer = execute(p.gatewayUrl, operation('MyWork'), { token, variables, headers });
    return answer.then((r) => expectNoGraphQLErrors(r).me);
  };
  const namesIn = (me: { teacher: { name: string }; mentees: { nodes: { name: string }[] } }) => [
    me.teacher.name,
    ...me.mentees.nodes.map((s) => s.name),
  ];

  it('logs a line per request in gateway and subgraph, with the gateway’s request id, nothing personal', async () => {
    const token = p.token('mentor-1');
    const clientChosenId = 'client-chosen-request-id-0001';
    const names = namesIn(await myWork(token, false));
    await myWork(token, true, { 'x-request-id': clientChosenId });
    expect(names.length).toBeGreaterThan(1);

    const gatewayLine = await eventually('the gateway’s request line', () =>
      logLines(p.processes.gateway)
        .filter((l) => l.msg === 'request' && l.operation === 'MyWork')
        .at(-1),
    );
    expect(gatewayLine).toMatchObject({ service: 'gateway', level: 'info', status: 200 });
    expect(gatewayLine.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const schoolLine = await eventually('the school’s line for the same request', () =>
      logLines(p.processes.school).find((l) => l.msg === 'request' && l.requestId === gatewayLine.requestId),
    );
    // The subgraph names the client's operation, not the gateway's `MyWork__school__0`.
    expect(schoolLine).toMatchObject({ service: 'school', operation: 'MyWork', status: 200 });

    const everything = Object.values(p.processes)
      .map((s) => s.output())
      .join('\n');
    expect(everything).not.toContain(clientChosenId);
    for (const secret of [token, token.split('.')[2], 'Bearer', 'LEFT_BEHIND', 'mentees(', ...names]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('counts requests, errors, latency per registered operation and the SQL pool, on a port of its own', async () => {
    const count = (text: string, operation: string) =>
      sample(text, 'mentorship_graphql_requests_total', { operation }) ?? 0;
    const timed = (text: string, operation: string) =>
      sample(text, 'mentorship_graphql_request_duration_seconds_count', { operation }) ?? 0;
    const unauthenticated = (text: string) =>
      sample(text, 'mentorship_graphql_errors_total', { operation: 'anonymous', code: 'UNAUTHENTICATED' }) ?? 0;
    const before = { gateway: await scrape('gateway'), school: await scrape('school') };
    for (let i = 0; i < 3; i++) await myWork(p.token('mentor-1'), false);
    // A name the client made up is counted as anonymous: callers cannot add label values.
    await execute(p.gatewayUrl, 'query MadeUpByTheCaller { __typename }', { token: p.token('mentor-1') });
    expect((await execute(p.gatewayUrl, operation('MyWork'))).status).toBe(401);

    const after = { gateway: await scrape('gateway'), school: await scrape('school') };
    expect(count(after.gateway, 'MyWork') - count(before.gateway, 'MyWork')).toBe(3);
    expect(timed(after.gateway, 'MyWork') - timed(before.gateway, 'MyWork')).toBe(3);
    expect(count(after.school, 'MyWork') - count(before.school, 'MyWork')).toBeGreaterThanOrEqual(3);
    expect(count(after.gateway, 'anonymous') - count(before.gateway, 'anonymous')).toBe(2);
    expect(unauthenticated(after.gateway) - unauthenticated(before.gateway)).toBe(1);
    expect(after.gateway).not.toContain('MadeUpByTheCaller');
    const all = { operation: 'MyWork', le: '+Inf' };
    const inf = sample(after.gateway, 'mentorship_graphql_request_duration_seconds_bucket', all);
    expect(inf).toBe(timed(after.gateway, 'MyWork'));

    // The request pool of each subgraph has opened connections (idle ones close after 10 s: ask
    // the district something first); nobody waits for one now.
    const dashboard = await execute(p.gatewayUrl, operation('DistrictDashboard'), { token: p.token('district-admin') });
    expectNoGraphQLErrors(dashboard);
    for (const service of ['school', 'district']) {
      const text = await scrape(service);
      const primary = { pool: 'request', member: 'primary' };
      expect(sample(text, 'mentorship_db_pool_connections', primary)).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'mentorship_db_pool_idle_connections', { pool: 'request' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'mentorship_db_pool_waiting_requests', { pool: 'request' })).toBe(0);
      // Migrations, seeding and background jobs have their own pool (idle now: reported, maybe 0).
      expect(sample(text, 'mentorship_db_pool_connections', { pool: 'background' })).toEqual(expect.any(Number));
    }
  });

  it('serves metrics only on the metrics port, and GraphQL only on the GraphQL port', async () => {
    const services = [
      ['gateway', p.gatewayUrl],
      ['school', p.schoolUrl],
      ['district', p.districtUrl],
    ] as const;
    for (const [service, graphqlUrl] of services) {
      expect(new URL(metricsUrl[service]).port).not.toBe(new URL(graphqlUrl).port);
      const onGraphQLPort = await fetch(new URL('/metrics', graphqlUrl));
      expect(onGraphQLPort.headers.get('content-type')).toMatch(/json/);
      expect(await onGraphQLPort.text()).not.toContain('mentorship_graphql_requests_total');
      const headers = { 'content-type': 'application/json' };
      const graphql = { method: 'POST', headers, body: '{"query":"{__typename}"}' };
      expect((await fetch(metricsUrl[service].replace('/metrics', '/graphql'), graphql)).status).toBe(404);
    }
  });

  it('shows the outbox: delivered snapshots, and the backlog and its age when snapshots wait', async () => {
    const delivered = await eventually('the start-up delivery', async () => {
      const n = sample(await scrape('school'), 'mentorship_outbox_delivered_total');
      return n && n >= 4 ? n : undefined;
    });
    expect(delivered).toBeGreaterThanOrEqual(4);
    expect(sample(await scrape('school'), 'mentorship_outbox_pending_messages')).toBe(0);
    expect(sample(await scrape('school'), 'mentorship_outbox_oldest_pending_age_seconds')).toBe(0);

    // Two snapshots queued for the district, the older 90 s ago; the relay drains only hourly here.
    const db = new Client({ connectionString: p.databaseUrls.school });
    await db.connect();
    try {
      const [school] = (await db.query('SELECT id FROM school LIMIT 1')).rows;
      await db.query(
        `INSERT INTO outbox_message (id, topic, school_id, payload, created_at) VALUES
           (gen_random_uuid(), 'test', $1, '{}', now() - interval '90 seconds'),
           (gen_random_uuid(), 'test', $1, '{}', now())`,
        [school.id],
      );
    } finally {
      await db.end();
    }
    await new Promise((r) => setTimeout(r, 1_100)); // past the scrape's one-second reuse of the backlog
    const text = await scrape('school');
    expect(sample(text, 'mentorship_outbox_pending_messages')).toBe(2);
    expect(sample(text, 'mentorship_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(90);
  });

  it('traces the request from the gateway through the school subgraph down to its SQL, nothing personal', async () => {
    const token = p.token('mentor-1');
    const names = namesIn(await myWork(token, false));
    await myWork(token, true);
    const line = await eventually('the gateway’s line with a trace id', () =>
      logLines(p.processes.gateway)
        .filter((l) => l.msg === 'request' && l.operation === 'MyWork' && l.traceId)
        .at(-1),
    );
    const trace = (): ReceivedSpan[] => otlp.spans.filter((s) => s.traceId === line.traceId);
    const byId = (id?: string) => trace().find((s) => s.spanId === id);
    const SERVER = 2;
    const CLIENT = 3;
    const underSchoolServer = (s: ReceivedSpan): boolean => {
      for (let at: ReceivedSpan | undefined = s; at; at = byId(at.parentSpanId)) {
        if (at.service === 'mentorship-school' && at.kind === SERVER) return true;
      }
      return false;
    };
    // Spans arrive in batches from three processes: wait until the whole path is there.
    const found = await eventually('gateway → school → SQL spans of one trace', () => {
      const sql = trace().find((s) => s.scope.includes('instrumentation-pg') && underSchoolServer(s));
      const schoolServer = trace().find((s) => s.service === 'mentorship-school' && s.kind === SERVER);
      const caller = byId(schoolServer?.parentSpanId);
      const gatewayServer = trace().find((s) => s.service === 'mentorship-gateway' && s.kind === SERVER);
      return sql && schoolServer && caller && gatewayServer ? { sql, schoolServer, caller, gatewayServer } : undefined;
    });
    expect(found.sql.attributes['db.system'] ?? found.sql.attributes['db.system.name']).toBe('postgresql');
    const named = { 'mentorship.request_id': line.requestId, 'graphql.operation.name': 'MyWork' };
    expect(found.schoolServer.attributes).toMatchObject(named);
    expect(found.gatewayServer.attributes).toMatchObject(named);
    // The school's request span is a child of the gateway's call to it (traceparent through undici).
    expect(found.caller).toMatchObject({ service: 'mentorship-gateway', kind: CLIENT });

    const exported = JSON.stringify(otlp.spans);
    for (const secret of [token.split('.')[2], 'LEFT_BEHIND', ...names]) expect(exported).not.toContain(secret);
  });
});
