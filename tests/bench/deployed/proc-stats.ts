import fs from 'node:fs';
import path from 'node:path';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const HZ = 100;

/** CPU time (user + system) a process has used so far, in ms; 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state (field 3).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / HZ;
  } catch {
    return 0;
  }
}

/** All descendants of `pid` (e.g. the PostgreSQL postmaster this process started, and its backends). */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const found: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parentOf) if (parent === p) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

const comm = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
};

/** CPU of this benchmark's PostgreSQL processes (postmaster and backends), per pid, in ms. */
export function postgresCpuMs(): Map<number, number> {
  return new Map(
    descendants(process.pid)
      .filter((p) => comm(p).startsWith('postgres'))
      .map((p) => [p, cpuMs(p)]),
  );
}

/**
 * Samples CPU of named processes and of PostgreSQL; `since()` gives each one's ms used since.
 * PostgreSQL's is summed per backend (a backend started since counts from 0; one that ended
 * since is lost, so pools are kept open across a run).
 */
export function cpuSample(pids: Record<string, number>) {
  const take = () => Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuMs(pid)]));
  const start = take();
  const pgStart = postgresCpuMs();
  return {
    since: (): Record<string, number> => {
      const now = take();
      let postgres = 0;
      for (const [pid, ms] of postgresCpuMs()) postgres += ms - (pgStart.get(pid) ?? 0);
      return { ...Object.fromEntries(Object.keys(now).map((k) => [k, now[k] - start[k]])), postgres };
    },
  };
}

export interface SqlTraceDump {
  count: number;
  statements: { sql: string; params: unknown[] }[];
}

/**
 * Asks a service process for its SQL since the last call (SIGUSR2, packages/db's sql-trace)
 * and reads what it wrote to `<dir>/<pid>.json`.
 */
export async function sqlTrace(dir: string, pid: number): Promise<SqlTraceDump> {
  const file = path.join(dir, `${pid}.json`);
  fs.rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 10));
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as SqlTraceDump;
    } catch {
      /* not yet (or half written) */
    }
  }
  throw new Error(`no SQL trace from process ${pid}`);
}
