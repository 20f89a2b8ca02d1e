import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A process of the benchmark: a service as the platform starts it, the floor, or the load generator. */
export interface Proc {
  name: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `node <entry>` with `env` added, resolves once it printed `readyText`. */
export function startProc(name: string, entry: string, env: Record<string, string>, readyText: string, nodeArgs: string[] = [], args: string[] = []): Promise<Proc> {
  let out = '';
  const child = spawn(process.execPath, [...nodeArgs, entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const proc: Proc = {
    name,
    child,
    output: () => out,
    stop: () => new Promise((resolve) => {
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
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${name} exited (code ${code}) before it was ready:\n${out.slice(-4000)}`))));
  });
}

export interface StackSpec {
  /** Repository whose compiled services run (BENCH_ROOT: e.g. a checkout of main for the "before" run). */
  root: string;
  env: Record<string, string>;
  ports: { school: number; district: number; gateway: number; gatewayCached: number };
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
  stop(): Promise<void>;
}

/** Both subgraphs, then two gateways, each its own process started as packages/devstack's platform does. */
export async function startStack(spec: StackSpec): Promise<Stack> {
  const { root, env, ports } = spec;
  const urls = { SCHOOL_URL: `http://127.0.0.1:${ports.school}/graphql`, DISTRICT_URL: `http://127.0.0.1:${ports.district}/graphql` };
  const common = { ...env, ...urls, SEED_DEMO: 'true', MIGRATE_ON_START: 'true' };
  const entry = (svc: string) => path.join(root, `services/${svc}/dist/main.js`);
  const args = spec.nodeArgs ?? [];
  const started: Proc[] = [];
  try {
    const [school, district] = await Promise.all([
      startProc('school', entry('school'), { ...common, SCHOOL_PORT: String(ports.school), SCHOOL_DATABASE_URL: spec.databaseUrls.school }, 'subgraph ready at', args).then((p) => (started.push(p), p)),
      startProc('district', entry('district'), { ...common, DISTRICT_PORT: String(ports.district), DISTRICT_DATABASE_URL: spec.databaseUrls.district }, 'subgraph ready at', args).then((p) => (started.push(p), p)),
    ]);
    const gateway = await startProc('gateway', entry('gateway'), { ...env, ...urls, GATEWAY_PORT: String(ports.gateway), DASHBOARD_CACHE_SECONDS: '0' }, 'ready at', args);
    started.push(gateway);
    const gatewayCached = await startProc('gateway-cached', entry('gateway'), { ...env, ...urls, GATEWAY_PORT: String(ports.gatewayCached), DASHBOARD_CACHE_SECONDS: '30' }, 'ready at', args);
    started.push(gatewayCached);
    return { school, district, gateway, gatewayCached, stop: () => Promise.all(started.map((p) => p.stop())).then(() => undefined) };
  } catch (error) {
    await Promise.all(started.map((p) => p.stop()));
    throw error;
  }
}
