import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadAuthConfig } from '@mentorship/auth';
import { ensureDatabase, freePort, startThrowawayPostgres, withDatabase } from '@mentorship/db';
import { Client } from 'pg';

import { capture, type Captured } from './capture';
import { measure, type Measurement, type Target } from './measure';
import { options } from './options';
import { type ProfileTop, summariseDir } from './profile';
import { writeReport } from './report';
import { buildScenarios, requestsFor, type Scenario } from './scenarios';
import { type Stack, type StackSpec, startProc, startStack } from './services';

/**
 * `pnpm bench`'s deployed-shape benchmark (method: tests/results/deployed-bench.md): the platform's
 * processes on a seeded district, a plain-SQL floor, autocannon in its own process, distinct
 * callers; then, with BENCH_PROFILE, CPU profiles of each process per scenario.
 */
const o = options();
const SECRET = 'bench-production-secret-0123456789abcdef';
const GATEWAY_SECRET = 'bench-gateway-secret-0123456789abcdef0123';

async function waitForSnapshots(district: Client, schools: number) {
  for (let i = 0; i < 600; i++) {
    const [{ n }] = (await district.query('SELECT count(*)::int AS n FROM school_metrics_latest')).rows;
    if (n >= schools) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the schools' snapshots did not reach the district");
}

async function main() {
  const pg = await startThrowawayPostgres();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-deployed-'));
  const traceDir = path.join(work, 'sql');
  fs.mkdirSync(traceDir);
  const databaseUrls = {
    school: withDatabase(pg.url('postgres'), 'bench_school'),
    district: withDatabase(pg.url('postgres'), 'bench_district'),
  };
  await Promise.all(Object.values(databaseUrls).map(ensureDatabase));
  const env = {
    NODE_ENV: 'production',
    AUTH_JWT_SECRET: SECRET,
    GATEWAY_SECRET,
    SQL_TRACE_DIR: traceDir,
    DEMO_SCHOOLS: String(o.schools),
    DEMO_STUDENTS: String(o.students),
    DEMO_SEED: 'bench',
    DEMO_ACTIVITY: 'true',
  };
  const spec: StackSpec = { root: o.root, env, databaseUrls, nodeArgs: o.nodeArgs };
  const auth = loadAuthConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET });
  let stack: Stack | undefined;
  const db = { school: new Client(databaseUrls.school), district: new Client(databaseUrls.district) };
  try {
    console.log(
      `[bench] ${o.label}: seeding ${o.schools} schools / ${o.students.toLocaleString('en')} students ` +
        `with a term of records (services of ${o.root})…`,
    );
    const seedStart = Date.now();
    stack = await startStack(spec);
    await Promise.all([db.school.connect(), db.district.connect()]);
    await waitForSnapshots(db.district, o.schools);
    await Promise.all([db.school.query('VACUUM ANALYZE'), db.district.query('VACUUM ANALYZE')]);
    const seedSeconds = (Date.now() - seedStart) / 1000;
    const [volume] = (
      await db.school.query(
        `SELECT (SELECT count(*) FROM student)::int AS students, (SELECT count(*) ` +
          `FROM mentor_record)::int AS records, (SELECT count(*) FROM mentorship ` +
          `WHERE ended_on IS NULL)::int AS pairings`,
      )
    ).rows;
    console.log(`[bench] seeded in ${seedSeconds.toFixed(0)} s: ${JSON.stringify(volume)}`);

    const scenarios = (await buildScenarios(db.school, db.district)).filter(
      (s) => o.only.length === 0 || o.only.includes(s.key),
    );
    const urls = stack.urls;
    const ctx = { traceDir, services: { school: stack.school.child.pid!, district: stack.district.child.pid! } };
    const captured: Record<string, Captured> = {};
    for (const s of scenarios) if (!s.cached) captured[s.key] = await capture(s, urls, auth, GATEWAY_SECRET, ctx);

    const floorPort = await freePort();
    const floorSpec = path.join(work, 'floor.json');
    fs.writeFileSync(
      floorSpec,
      JSON.stringify({
        port: floorPort,
        databases: databaseUrls,
        scenarios: Object.fromEntries(Object.entries(captured).map(([k, c]) => [k, { callers: c.statements }])),
      }),
    );
    const floor = await startProc('floor', path.join(__dirname, 'floor.js'), {}, 'floor ready at', [], [floorSpec]);
    const results: Measurement[] = [];
    try {
      for (const s of scenarios) {
        const targets: Target[] = s.cached ? ['gateway'] : ['gateway', 'subgraph', 'floor'];
        for (const clients of o.clients) {
          for (const target of targets) {
            const url =
              target === 'floor'
                ? `http://127.0.0.1:${floorPort}/${s.key}`
                : target === 'subgraph'
                  ? urls[s.subgraph]
                  : s.cached
                    ? urls.gatewayCached
                    : urls.gateway;
            const gatewayPid = (s.cached ? stack.gatewayCached : stack.gateway).child.pid!;
            const pids: Record<string, number> = {
              gateway: gatewayPid,
              school: ctx.services.school,
              district: ctx.services.district,
              floor: floor.child.pid!,
            };
            const m = await measure({ ...ctx, pids }, s.key, target, {
              url,
              connections: clients,
              seconds: o.seconds,
              callers: requestsFor(s, target, auth, GATEWAY_SECRET),
            });
            if (target === 'floor') m.statementsPerRequest = captured[s.key].statementsPerRequest;
            results.push(m);
          }
        }
      }
    } finally {
      await floor.stop();
    }
    const errors = results.filter((r) => r.errors > 0);
    let profiles: Record<string, ProfileTop[]> = {};
    if (o.profile) profiles = await profileRun(stack, spec, scenarios, auth, work, (st) => (stack = st));
    const run = {
      label: o.label,
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}`,
      scale: { schools: o.schools, students: o.students, ...volume },
      seedSeconds,
      seconds: o.seconds,
      scenarios: scenarios.map((s) => ({ key: s.key, label: s.label, callers: s.callers.length })),
      captured: Object.fromEntries(
        Object.entries(captured).map(([k, c]) => [
          k,
          { statementsPerRequest: c.statementsPerRequest, sql: c.statements[0].map((st) => st.sql) },
        ]),
      ),
      results,
      profiles,
    };
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    fs.writeFileSync(o.out, JSON.stringify(run, null, 1));
    console.log(`[bench] wrote ${o.out}`);
    writeReport();
    if (errors.length)
      throw new Error(
        `errors under load: ` +
          `${errors.map((e) => `${e.scenario}/${e.target}/${e.clients}: ${e.errors} (${e.firstError})`).join('; ')}`,
      );
  } finally {
    await Promise.all([db.school.end().catch(() => {}), db.district.end().catch(() => {})]);
    await stack?.stop();
    await pg.stop();
    if (o.keep) console.log(`[bench] kept ${work} (profiles, SQL traces)`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Restarts the stack under --cpu-prof once per scenario and loads its gateway with 20 clients. */
async function profileRun(
  running: Stack,
  spec: StackSpec,
  scenarios: Scenario[],
  auth: ReturnType<typeof loadAuthConfig>,
  work: string,
  swap: (s: Stack) => void,
) {
  const out: Record<string, ProfileTop[]> = {};
  let stack = running;
  for (const s of scenarios) {
    const dir = path.join(work, `prof-${s.key}`);
    await stack.stop();
    stack = await startStack({ ...spec, nodeArgs: [...(spec.nodeArgs ?? []), '--cpu-prof', `--cpu-prof-dir=${dir}`] });
    swap(stack);
    const url = s.cached ? stack.urls.gatewayCached : stack.urls.gateway;
    const callers = requestsFor(s, 'gateway', auth, '');
    const ctx = {
      traceDir: spec.env.SQL_TRACE_DIR,
      services: { school: stack.school.child.pid!, district: stack.district.child.pid! },
    };
    const pids = { gateway: (s.cached ? stack.gatewayCached : stack.gateway).child.pid!, ...ctx.services };
    await measure({ ...ctx, pids }, s.key, 'gateway', { url, connections: 20, seconds: o.profileSeconds, callers });
    const names = new Map<number, string>([
      [pids.gateway, 'gateway'],
      [ctx.services.school, 'school'],
      [ctx.services.district, 'district'],
    ]);
    await stack.stop();
    out[s.key] = summariseDir(dir, names);
  }
  return out;
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
