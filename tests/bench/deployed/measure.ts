import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { LoadResult, LoadSpec } from './load-child';
import { cpuSample, sqlTrace } from './proc-stats';

export type Target = 'gateway' | 'subgraph' | 'floor';

export interface Measurement extends LoadResult {
  scenario: string;
  target: Target;
  clients: number;
  /** CPU ms per request of each process (gateway, school, district, floor, postgres). */
  cpuPerRequest: Record<string, number>;
  /** SQL statements per request, school + district (from their SQL traces). */
  statementsPerRequest: { school: number; district: number };
}

/** Runs the load generator in its own process and returns what it printed. */
export function runLoadChild(spec: LoadSpec): Promise<LoadResult> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-')), 'spec.json');
  fs.writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const child = spawn(process.execPath, [path.join(__dirname, 'load-child.js'), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.once('exit', (code) => {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
      if (code !== 0) return reject(new Error(`load generator failed (${code}): ${err}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}

export interface MeasureContext {
  pids: Record<string, number>;
  services: { school: number; district: number };
  traceDir: string;
}

/** One load run with the CPU each process used and the SQL statements the services sent during it. */
export async function measure(
  ctx: MeasureContext,
  scenario: string,
  target: Target,
  spec: LoadSpec,
): Promise<Measurement> {
  await Promise.all([sqlTrace(ctx.traceDir, ctx.services.school), sqlTrace(ctx.traceDir, ctx.services.district)]);
  const cpu = cpuSample(ctx.pids);
  const load = await runLoadChild(spec);
  const used = cpu.since();
  const [school, district] = await Promise.all([
    sqlTrace(ctx.traceDir, ctx.services.school),
    sqlTrace(ctx.traceDir, ctx.services.district),
  ]);
  const per = (n: number) => (load.requests ? n / load.requests : 0);
  const m: Measurement = {
    ...load,
    scenario,
    target,
    clients: spec.connections,
    cpuPerRequest: Object.fromEntries(Object.entries(used).map(([k, ms]) => [k, per(ms)])),
    statementsPerRequest:
      target === 'floor' ? { school: 0, district: 0 } : { school: per(school.count), district: per(district.count) },
  };
  console.log(
    `[bench] ${scenario} · ${target} · ${spec.connections} client(s): ${m.throughput.toFixed(0)} req/s, p50 \
${m.p50.toFixed(0)} / p95 ${m.p95.toFixed(0)} / p99 ${m.p99.toFixed(0)} ms, ${m.errors} errors; CPU/req \
${Object.entries(m.cpuPerRequest)
  .map(([k, v]) => `${k} ${v.toFixed(1)}`)
  .join(', ')} ms; SQL/req ${m.statementsPerRequest.school.toFixed(1)} + ${m.statementsPerRequest.district.toFixed(1)}`,
  );
  return m;
}
