import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort } from '@mentorship/db';

/** The committed example configuration (infra/pgbouncer/pgbouncer.ini). */
export const PGBOUNCER_INI = path.resolve(__dirname, '../../../infra/pgbouncer/pgbouncer.ini');

export interface PgBouncer {
  port: number;
  /** The admin console (SHOW POOLS, SHOW SERVERS…). */
  adminUrl: string;
  output(): string;
  stop(): Promise<void>;
}

function setKey(ini: string, key: string, value: string): string {
  const line = new RegExp(`^${key}\\s*=.*$`, 'm');
  return line.test(ini)
    ? ini.replace(line, `${key} = ${value}`)
    : ini.replace(/^\[pgbouncer\]$/m, `[pgbouncer]\n${key} = ${value}`);
}

/**
 * Debian's pgbouncer with the committed configuration, changed only where this machine differs:
 * the server (a local PostgreSQL), the databases (the tests' throwaway names, through a `*`
 * entry carrying the committed entry's settings), ports, paths, trust auth, and the pool sizes asked.
 */
export async function startPgBouncer(serverPort: number, options: { poolSize: number }): Promise<PgBouncer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgbouncer-'));
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const committed = fs.readFileSync(PGBOUNCER_INI, 'utf8');
  const school = committed.match(/^mentorship_school = (.*)$/m)?.[1];
  if (!school) throw new Error('infra/pgbouncer/pgbouncer.ini has no mentorship_school entry');
  const fallback = school
    .replace('host=db.internal port=5432', `host=127.0.0.1 port=${serverPort}`)
    .replace(/dbname=\S+ ?/, '');
  let ini = committed.replace(/^\[databases\]$/m, `[databases]\n* = ${fallback}`);
  const settings: Record<string, string> = {
    listen_addr: '127.0.0.1',
    listen_port: String(port),
    unix_socket_dir: '',
    auth_type: 'trust',
    auth_file: path.join(dir, 'userlist.txt'),
    admin_users: 'postgres',
    default_pool_size: String(options.poolSize),
    reserve_pool_size: '0',
    logfile: '',
    pidfile: path.join(dir, 'pgbouncer.pid'),
  };
  for (const [key, value] of Object.entries(settings)) ini = setKey(ini, key, value);
  fs.writeFileSync(path.join(dir, 'pgbouncer.ini'), ini, { mode: 0o644 });
  fs.writeFileSync(path.join(dir, 'userlist.txt'), '"postgres" ""\n', { mode: 0o644 });
  // PgBouncer will not run as root: as root it drops to the `postgres` user the clusters run as.
  const asRoot = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
  if (asRoot.length) execFileSync('chown', ['-R', 'postgres', dir]);
  const child: ChildProcess = spawn('pgbouncer', [...asRoot, path.join(dir, 'pgbouncer.ini')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pgbouncer not listening after 10 s:\n${out}`)), 10_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (/process up/.test(out)) (clearTimeout(timer), resolve());
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`pgbouncer exited (code ${code}):\n${out}`))));
  });
  return {
    port,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/pgbouncer`,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => (fs.rmSync(dir, { recursive: true, force: true }), resolve());
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGINT');
      }),
  };
}
