import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { type EmbeddedPostgres, freePort, startEmbeddedPostgres } from '@mentorship/db';
import { toGlobalId } from '@mentorship/graphql';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { Client } from 'pg';

import { type ProcessPlatform, startProcessPlatform } from '../support/process-platform';

/**
 * A disaster-recovery drill with infra/scripts/db-backup.sh: the platform runs on its service
 * roles (infra/postgres/create-databases.sql), is dumped while it serves, both databases are
 * lost, made again empty with the same SQL, restored, and the platform started on them answers
 * exactly as before. On Debian's PostgreSQL 15 with its own pg_dump/pg_restore: the embedded
 * PostgreSQL 18 package ships no client tools, and pg_dump refuses a server newer than itself.
 */
const ROOT = path.resolve(__dirname, '../..');
const DEBIAN_PG = '/usr/lib/postgresql/15';
const PASSWORDS = { school: 'schoolpw0123456789', district: 'districtpw0123456789' };

describe('backup and restore of both databases (infra/scripts/db-backup.sh)', () => {
  let pg: EmbeddedPostgres;
  let dir: string;
  let platform: ProcessPlatform | undefined;
  const url = (db: 'school' | 'district') =>
    `postgres://mentorship_${db}:${PASSWORDS[db]}@127.0.0.1:${pg.port}/mentorship_${db}`;
  const psql = (args: string[]) =>
    execFileSync(`${DEBIAN_PG}/bin/psql`, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', pg.url('postgres'), ...args], {
      encoding: 'utf8',
    });
  const createDatabases = () =>
    psql([
      '-v',
      `school_password=${PASSWORDS.school}`,
      '-v',
      `district_password=${PASSWORDS.district}`,
      '-f',
      path.join(ROOT, 'infra/postgres/create-databases.sql'),
    ]);
  const backup = (action: 'dump' | 'restore') =>
    spawnSync('bash', [path.join(ROOT, 'infra/scripts/db-backup.sh'), action, path.join(dir, 'backup')], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PG_BIN: `${DEBIAN_PG}/bin`,
        SCHOOL_DATABASE_URL: url('school'),
        DISTRICT_DATABASE_URL: url('district'),
      },
    });
  const start = () =>
    startProcessPlatform({
      env: { DASHBOARD_CACHE_SECONDS: '0' },
      databaseEnv: () => ({ SCHOOL_DATABASE_URL: url('school'), DISTRICT_DATABASE_URL: url('district') }),
    });
  /** Exact row counts of every table, to compare the restored databases with the dumped ones. */
  const counts = async (db: 'school' | 'district') => {
    const client = new Client({ connectionString: url(db) });
    await client.connect();
    try {
      const { rows: tables } = await client.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      );
      const result: Record<string, number> = {};
      for (const { tablename } of tables)
        result[tablename] = Number((await client.query(`SELECT count(*) AS n FROM "${tablename}"`)).rows[0].n);
      return result;
    } finally {
      await client.end();
    }
  };
  const figures = async (p: ProcessPlatform) => {
    const gql = async (login: string, query: string, variables = {}) =>
      expectNoGraphQLErrors(await execute(p.gatewayUrl, query, { token: p.token(login), variables }));
    const schoolId = toGlobalId('School', p.logins.find((l) => l.login === 'school-admin')!.schoolId!);
    return {
      dashboard: await gql(
        'district-admin',
        '{ districtDashboard { term totals { schools schoolsReporting students studentsWithLeadMentor ' +
          'coverage plansFiled } schools { school { id code name } planFiled flags } } }',
      ),
      school: await gql(
        'school-admin',
        `query($id: ID!) { school(id: $id) { metrics { students studentsWithLeadMentor coverage } ` +
          `grades { id name metrics { students } classrooms { id dutyCompletion { students homeVisitDone ` +
          `talkDone } } } } }`,
        { id: schoolId },
      ),
      mentees: await gql(
        'mentor-1',
        '{ me { mentees(first: 50) { totalCount nodes { id name records(first: 5) { kind content } } } } }',
      ),
    };
  };

  beforeAll(async () => {
    if (!fs.existsSync(`${DEBIAN_PG}/bin/pg_dump`))
      throw new Error(`${DEBIAN_PG} is missing: pnpm test:infra installs Debian's postgresql-15`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-test-'));
    fs.chmodSync(dir, 0o755);
    pg = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'data'),
      port: await freePort(),
      installation: DEBIAN_PG,
      ephemeral: true,
    });
    process.env.TEST_DATABASE_URL = pg.url('postgres');
    createDatabases();
  }, 120_000);
  afterAll(async () => {
    await platform?.stop();
    await pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'dumped while serving, lost, recreated empty, restored: the platform answers the same figures and ' +
      'holds the same rows',
    async () => {
      platform = await start();
      const p = platform;
      // A few writes beyond the seed, so the dump holds work of the day too.
      const mentor = p.logins.find((l) => l.login === 'mentor-1')!;
      const client = new Client({ connectionString: url('school') });
      await client.connect();
      const { rows: mentees } = await client.query(
        'SELECT student_id FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL LIMIT 3',
        [mentor.personId],
      );
      await client.end();
      for (const { student_id: id } of mentees) {
        await execute(
          p.gatewayUrl,
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } } }',
          {
            token: p.token('mentor-1'),
            variables: {
              i: {
                idempotencyKey: `backup-${id}`,
                kind: 'TALK',
                studentIds: [toGlobalId('Student', id)],
                occurredAt: new Date().toISOString(),
                content: '备份前的谈心',
              },
            },
          },
        );
      }
      const before = await figures(p);
      expect(
        before.mentees.me.mentees.nodes.some((n: { records: { content: string }[] }) =>
          n.records.some((r) => r.content === '备份前的谈心'),
        ),
      ).toBe(true);

      // Let the start-up snapshots reach the district and the access log flush, so the row counts below are of
      // the dumped state.
      for (let i = 0; i < 100; i++) {
        const c = new Client({ connectionString: url('district') });
        await c.connect();
        const [{ n }] = (await c.query('SELECT count(DISTINCT school_id)::int AS n FROM metric_snapshot')).rows;
        await c.end();
        if (n === before.dashboard.districtDashboard.totals.schools) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 1_000));
      const dumped = backup('dump');
      expect(dumped.stderr).toContain('done');
      expect(dumped.status).toBe(0);
      const rows = { school: await counts('school'), district: await counts('district') };
      const manifest = fs.readFileSync(path.join(dir, 'backup/MANIFEST'), 'utf8');
      expect(manifest).toMatch(/^school\.dump: \d+ bytes, sha256 [0-9a-f]{64}$/m);
      expect(manifest).toMatch(/^district\.dump: \d+ bytes, sha256 [0-9a-f]{64}$/m);

      // Restoring over a database that has data is refused.
      const overLive = backup('restore');
      expect(overLive.status).not.toBe(0);
      expect(overLive.stderr).toMatch(/is not empty/);

      await p.stop();
      platform = undefined;
      psql(['-c', 'DROP DATABASE mentorship_school', '-c', 'DROP DATABASE mentorship_district']);
      createDatabases();
      const restored = backup('restore');
      expect(restored.stderr).toContain('done');
      expect(restored.status).toBe(0);
      expect({ school: await counts('school'), district: await counts('district') }).toEqual(rows);

      platform = await start();
      expect(await figures(platform)).toEqual(before);
    },
    400_000,
  );

  it('a dump that does not match its checksum is not restored', () => {
    const file = path.join(dir, 'backup/district.dump');
    fs.appendFileSync(file, 'x');
    const refused = backup('restore');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/does not match its MANIFEST checksum/);
  });
});
