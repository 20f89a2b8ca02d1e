import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { type EmbeddedPostgres, startThrowawayPostgres } from '@mentorship/db';
import { toGlobalId } from '@mentorship/graphql';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { Client } from 'pg';

import { type ProcessPlatform, startProcessPlatform } from '../support/process-platform';
import { type PgBouncer, startPgBouncer } from './pgbouncer/pgbouncer';
import { onPort } from './replica/standby';

// A PostgreSQL, a standby or PgBouncer, and the platform as processes: minutes on a busy 2-core machine.
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const POOL = 4;

async function rows<T>(url: string, text: string, options: Partial<{ statement_timeout: number }> = {}): Promise<T[]> {
  const client = new Client({ connectionString: url, ...options });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every .ts under services/ and packages/ that runs behind PgBouncer (no specs, no dist, no migrations). */
function sources(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      // Migrations connect to PostgreSQL directly (the migrate Job); devstack is the development launcher.
      if (['node_modules', 'dist', 'migrations', 'devstack'].includes(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts'))
        found.push({ file: path.relative(ROOT, full), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(ROOT, 'services'));
  walk(path.join(ROOT, 'packages'));
  return found;
}

/** What breaks under transaction pooling: state that outlives a transaction on a server connection. */
const SESSION_STATE: [string, RegExp][] = [
  [
    'a session advisory lock (use pg_try_advisory_xact_lock or SKIP LOCKED)',
    /pg_(try_)?advisory_(un)?lock(_shared)?\s*\(/,
  ],
  ['LISTEN/UNLISTEN', /['"`]\s*(UN)?LISTEN\s/],
  ['a session SET (use SET LOCAL inside the transaction)', /['"`]\s*SET\s+(?!LOCAL\b|CONSTRAINTS\b|TRANSACTION\b)\w/],
  ['set_config(…, false): a session setting', /set_config\s*\([^)]*,\s*false\s*\)/i],
  ['a named prepared statement', /['"`]\s*PREPARE\s+\w|\bname:\s*['"`][\w-]+['"`]\s*,\s*text:/],
  ['a temporary table (it outlives the transaction)', /CREATE\s+(TEMP|TEMPORARY)\s+TABLE/i],
];

describe('the platform through PgBouncer (transaction pooling, infra/pgbouncer/pgbouncer.ini)', () => {
  let primary: EmbeddedPostgres;
  let bouncer: PgBouncer;
  let p: ProcessPlatform;
  const gql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    execute(p.gatewayUrl, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await gql(token, query, variables));

  beforeAll(async () => {
    primary = await startThrowawayPostgres();
    bouncer = await startPgBouncer(primary.port, { poolSize: POOL });
    process.env.TEST_DATABASE_URL = primary.url('postgres');
    p = await startProcessPlatform({
      // PgBouncer sets the limits (connect_query); the services must not send them at connect.
      env: { SQL_STATEMENT_TIMEOUT_MS: '0', SQL_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0', DASHBOARD_CACHE_SECONDS: '0' },
      databaseEnv: (urls) => ({
        SCHOOL_DATABASE_URL: onPort(urls.school, bouncer.port),
        DISTRICT_DATABASE_URL: onPort(urls.district, bouncer.port),
      }),
    });
  }, 240_000);
  afterAll(async () => {
    await p?.stop();
    await bouncer?.stop();
    await primary?.stop();
  });

  it('no code under services/ or packages/ keeps session state on a connection', () => {
    const found = sources().flatMap(({ file, text }) =>
      SESSION_STATE.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${file}: ${what}`),
    );
    expect(found).toEqual([]);
    // The scan itself: each pattern catches what it names.
    const samples = [
      "query('SELECT pg_advisory_lock(1)')",
      "query('LISTEN outbox')",
      "query('SET statement_timeout = 0')",
      "set_config('a', 'b', false)",
      "query('PREPARE q AS SELECT 1')",
      'CREATE TEMP TABLE x (a int)',
    ];
    expect(SESSION_STATE.map(([, pattern], i) => pattern.test(samples[i]))).toEqual(SESSION_STATE.map(() => true));
    expect(
      SESSION_STATE.some(([, pattern]) =>
        pattern.test("query('SELECT pg_try_advisory_xact_lock(1)'); query('SET LOCAL lock_timeout = 1')"),
      ),
    ).toBe(false);
  });

  it(
    'PgBouncer refuses the timeouts as startup parameters ' + '(why SQL_*_TIMEOUT_MS=0 there), and sets them itself',
    async () => {
      const url = onPort(p.databaseUrls.school, bouncer.port);
      await expect(rows(url, 'SELECT 1', { statement_timeout: 4000 })).rejects.toThrow(/unsupported startup parameter/);
      const [{ statement_timeout: limit }] = await rows<{ statement_timeout: string }>(url, 'SHOW statement_timeout');
      expect(limit).toBe('4s');
    },
  );

  it(
    'migrations, the demo seed, queries, mutations and the outbox all work, on fewer server connections ' +
      'than clients',
    async () => {
      const schoolId = p.logins.find((l) => l.login === 'school-admin')!.schoolId!;
      const [{ students }] = await rows<{ students: number }>(
        p.databaseUrls.school,
        `SELECT count(*)::int AS students FROM student WHERE school_id = '${schoolId}' AND left_on IS NULL`,
      );
      const figures = `query($id: ID!) { school(id: $id) { metrics { students } } }`;
      const mentor = p.logins.find((l) => l.login === 'mentor-1')!;
      const mentees = await rows<{ id: string }>(
        p.databaseUrls.school,
        `SELECT student_id AS id FROM mentorship WHERE mentor_id = '${mentor.personId}' AND ended_on IS NULL`,
      );
      const occurredAt = new Date().toISOString();
      const record = (studentId: string, key: string) =>
        ok(
          p.token('mentor-1'),
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } ' +
            'replayed userErrors { code } } }',
          {
            i: {
              idempotencyKey: key,
              kind: 'TALK',
              studentIds: [toGlobalId('Student', studentId)],
              occurredAt,
              content: '谈心',
            },
          },
        );
      // 24 requests at once (6 times the server connections): reads, writes (transactions), idempotent replays.
      const n = 6;
      const keys = mentees.slice(0, n).map(() => randomUUID());
      const answers = await Promise.all([
        ...Array.from({ length: n }, () =>
          ok(p.token('school-admin'), figures, { id: toGlobalId('School', schoolId) }),
        ),
        ...Array.from({ length: n }, () =>
          ok(p.token('district-admin'), '{ districtDashboard { totals { schools students } } }'),
        ),
        ...mentees.slice(0, n).map((m, i) => record(m.id, keys[i])),
        ...mentees.slice(0, n).map((m, i) => record(m.id, keys[i])),
      ]);
      for (const a of answers.slice(0, n)) expect(a.school.metrics.students).toBe(students);
      const made = answers.slice(2 * n) as {
        createMentorRecord: { record: { id: string } | null; userErrors: unknown[] };
      }[];
      for (const m of made) expect(m.createMentorRecord.userErrors).toEqual([]);
      for (let i = 0; i < n; i++)
        expect(made[i].createMentorRecord.record!.id).toBe(made[i + n].createMentorRecord.record!.id);
      const [{ talks }] = await rows<{ talks: number }>(
        p.databaseUrls.school,
        `SELECT count(*)::int AS talks FROM mentor_record WHERE idempotency_key = ANY('{${keys.join(',')}}')`,
      );
      expect(talks).toBe(n);

      // The outbox relay (FOR UPDATE SKIP LOCKED in a transaction) delivered every school's snapshot.
      const [{ schools }] = await rows<{ schools: number }>(
        p.databaseUrls.school,
        'SELECT count(*)::int AS schools FROM school',
      );
      let delivered = 0;
      for (let i = 0; i < 100 && delivered < schools; i++) {
        [{ delivered }] = await rows<{ delivered: number }>(
          p.databaseUrls.district,
          'SELECT count(DISTINCT school_id)::int AS delivered FROM metric_snapshot',
        );
        if (delivered < schools) await new Promise((r) => setTimeout(r, 200));
      }
      expect(delivered).toBe(schools);

      const pools = await rows<{
        database: string;
        cl_active: string;
        cl_waiting: string;
        sv_active: string;
        sv_idle: string;
        sv_used: string;
      }>(bouncer.adminUrl, 'SHOW POOLS');
      const servers = await rows<{ database: string }>(bouncer.adminUrl, 'SHOW SERVERS');
      const clients = await rows<{ database: string }>(bouncer.adminUrl, 'SHOW CLIENTS');
      for (const db of [p.databaseUrls.school, p.databaseUrls.district].map((u) => new URL(u).pathname.slice(1))) {
        expect(servers.filter((s) => s.database === db).length).toBeLessThanOrEqual(POOL);
        expect(pools.find((pool) => pool.database === db)).toBeDefined();
      }
      expect(clients.length).toBeGreaterThan(servers.length);
    },
  );
});
