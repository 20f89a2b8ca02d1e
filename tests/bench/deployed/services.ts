import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { freePort } from '@mentorship/db';

/** A process of the benchmark: a service as the platform starts it, the floor, or the load generator. */
export interface Proc {
  name: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `node <entry>` with `env` added, resolves once it printed `readyText`. */
export function startProc(
  name: string,
  entry: string,
  env: Record<string, string>,
  readyText: string,
  nodeArgs: string[] = [],
  args: string[] = [],
): Promise<Proc> {
  let out = '';
  const child = spawn(process.execPath, [...nodeArgs, entry, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc: Proc = {
    name,
    child,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready after 15 min:\n${out.slice(-4000)}`)), 900_000);
    const onData = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-200_000);
      if (process.env.BENCH_VERBOSE === '1') process.stdout.write(`[${name}] ${chunk}`);
      if (out.includes(readyText)) (clearTimeout(timer), resolve(proc));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once(
      'exit',
      (code) => (
        clearTimeout(timer),
        reject(new Error(`${name} exited (code ${code}) before it was ready:\n${out.slice(-4000)}`))
      ),
    );
  });
}

export interface StackSpec {
  /** Repository whose compiled services run (BENCH_ROOT: e.g. a checkout of main for the "before" run). */
  root: string;
  env: Record<string, string>;
  databaseUrls: { school: string; district: string };
  /** Node options for every service (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface Stack {
  school: Proc;
  district: Proc;
  /** The gateway with the dashboard cache off, and one with it on (30 s, as deployed). */
  gateway: Proc;
  gatewayCached: Proc;
  urls: { school: string; district: string; gateway: string; gatewayCached: string };
  stop(): Promise<void>;
}

/**
 * Starts a service on a port free a moment before; another program on this shared machine may
 * take it in between (the first start seeds for minutes), so a lost race is retried on a new port.
 */
async function onFreePort(start: (port: number) => Promise<Proc>): Promise<{ proc: Proc; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return { proc: await start(port), port };
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

/** Both subgraphs, then two gateways, each its own process started as packages/devstack's platform does. */
export async function startStack(spec: StackSpec): Promise<Stack> {
  const { root, env } = spec;
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const entry = (svc: string) => path.join(root, `services/${svc}/dist/main.js`);
  const args = spec.nodeArgs ?? [];
  const started: Proc[] = [];
  const run = (name: string, svc: string, extra: (port: number) => Record<string, string>, ready: string) =>
    onFreePort((port) => startProc(name, entry(svc), { ...env, ...extra(port) }, ready, args)).then(
      (r) => (started.push(r.proc), r),
    );
  try {
    // The school reaches the district (snapshots), so the district comes first.
    const seed = { SEED_DEMO: 'true', MIGRATE_ON_START: 'true' };
    const district = await run(
      'district',
      'district',
      (port) => ({ ...seed, DISTRICT_PORT: String(port), DISTRICT_DATABASE_URL: spec.databaseUrls.district }),
      'subgraph ready at',
    );
    const subgraphs = { DISTRICT_URL: url(district.port) } as Record<string, string>;
    const school = await run(
      'school',
      'school',
      (port) => ({ ...seed, ...subgraphs, SCHOOL_PORT: String(port), SCHOOL_DATABASE_URL: spec.databaseUrls.school }),
      'subgraph ready at',
    );
    subgraphs.SCHOOL_URL = url(school.port);
    const gateway = await run(
      'gateway',
      'gateway',
      (port) => ({ ...subgraphs, GATEWAY_PORT: String(port), DASHBOARD_CACHE_SECONDS: '0' }),
      'ready at',
    );
    const cached = await run(
      'gateway-cached',
      'gateway',
      (port) => ({ ...subgraphs, GATEWAY_PORT: String(port), DASHBOARD_CACHE_SECONDS: '30' }),
      'ready at',
    );
    return {
      school: school.proc,
      district: district.proc,
      gateway: gateway.proc,
      gatewayCached: cached.proc,
      urls: {
        school: url(school.port),
        district: url(district.port),
        gateway: url(gateway.port),
        gatewayCached: url(cached.port),
      },
      stop: () => Promise.all(started.map((p) => p.stop())).then(() => undefined),
    };
  } catch (error) {
    await Promise.all(started.map((p) => p.stop()));
    throw error;
  }
}
