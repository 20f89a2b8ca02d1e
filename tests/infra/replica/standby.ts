import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { type EmbeddedPostgres, freePort, startEmbeddedPostgres } from '@mentorship/db';
import { Client } from 'pg';

/**
 * A streaming standby of an embedded PostgreSQL, made the way pg_basebackup would make it (the
 * embedded package has no pg_basebackup): a physical replication slot so the primary keeps the
 * WAL the standby needs, a non-exclusive backup (pg_backup_start → copy the data directory →
 * pg_backup_stop), backup_label from pg_backup_stop, standby.signal and primary_conninfo.
 */
export interface Standby {
  port: number;
  dataDir: string;
  url(database: string): string;
  /** Waits until the standby has replayed everything the primary has written so far. */
  catchUp(): Promise<void>;
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stop(): Promise<void>;
  /** Starts it again on the same port; it resumes streaming from its slot. */
  start(): Promise<void>;
}

const SLOT = 'infra_test_standby';
/** Left behind by the primary's process, or written anew by the standby. */
const NOT_COPIED = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'pg_wal',
  'pg_replslot',
  'backup_label',
  'tablespace_map',
]);

async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** As root the clusters run as the `postgres` user: what we write must be theirs. */
function ownLike(reference: string, target: string): void {
  const { uid, gid } = fs.statSync(reference);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', `${uid}:${gid}`, target]);
}

export async function startStandby(
  primary: EmbeddedPostgres,
  log: (line: string) => void = () => undefined,
): Promise<Standby> {
  const dataDir = `${primary.dataDir}-standby`;
  const port = await freePort();
  const backup = new Client({ connectionString: primary.url('postgres') });
  await backup.connect();
  try {
    await backup.query(
      `SELECT pg_create_physical_replication_slot($1, true) WHERE NOT EXISTS (SELECT 1 ` +
        `FROM pg_replication_slots WHERE slot_name = $1)`,
      [SLOT],
    );
    await backup.query(`SELECT pg_backup_start('infra-test-standby', true)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { mode: 0o700 });
    for (const entry of fs.readdirSync(primary.dataDir)) {
      if (!NOT_COPIED.has(entry))
        fs.cpSync(path.join(primary.dataDir, entry), path.join(dataDir, entry), { recursive: true });
    }
    fs.mkdirSync(path.join(dataDir, 'pg_wal/archive_status'), { recursive: true });
    fs.mkdirSync(path.join(dataDir, 'pg_wal/summaries'));
    fs.mkdirSync(path.join(dataDir, 'pg_replslot'));
    const {
      rows: [stop],
    } = await backup.query('SELECT labelfile, spcmapfile FROM pg_backup_stop(false)');
    fs.writeFileSync(path.join(dataDir, 'backup_label'), stop.labelfile);
    if (stop.spcmapfile) fs.writeFileSync(path.join(dataDir, 'tablespace_map'), stop.spcmapfile);
  } finally {
    await backup.end();
  }
  fs.writeFileSync(path.join(dataDir, 'standby.signal'), '');
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.auto.conf'),
    [
      `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres application_name=infra_test_standby'`,
      `primary_slot_name = '${SLOT}'`,
      // Tests pause replay for whole seconds: queries on the standby must not be cancelled meanwhile.
      'max_standby_streaming_delay = -1',
      '',
    ].join('\n'),
  );
  execFileSync('chmod', ['-R', 'go-rwx', dataDir]);
  ownLike(primary.dataDir, dataDir);

  let server: EmbeddedPostgres | undefined;
  const standby: Standby = {
    port,
    dataDir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      server = await startEmbeddedPostgres({ dataDir, port, log });
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async catchUp() {
      const [{ lsn }] = await sql<{ lsn: string }>(primary.url('postgres'), 'SELECT pg_current_wal_lsn()::text AS lsn');
      for (let i = 0; i < 600; i++) {
        const [{ done }] = await sql<{ done: boolean }>(
          standby.url('postgres'),
          'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
          [lsn],
        );
        if (done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the standby did not replay up to ${lsn} within 30 s`);
    },
    async pauseReplay() {
      await sql(standby.url('postgres'), 'SELECT pg_wal_replay_pause()');
    },
    async resumeReplay() {
      await sql(standby.url('postgres'), 'SELECT pg_wal_replay_resume()');
    },
  };
  await standby.start();
  await standby.catchUp();
  return standby;
}

/** The same database on another server: a service's primary URL turned into its replica URL. */
export function onPort(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.toString();
}
