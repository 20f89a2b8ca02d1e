import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

/**
 * BENCH_SCHOOLS / BENCH_STUDENTS: the district's scale (default 300 schools, as issue 15, with
 * 60,000 students: 300,000 took 21 minutes to seed on the shared 2-core machine);
 * BENCH_SECONDS: per load run (default 15); BENCH_CLIENTS: e.g. "1,20"; BENCH_ONLY: scenario
 * keys; BENCH_ROOT: the checkout whose compiled services run (the "before" run uses main's);
 * BENCH_LABEL: "before" or "after" (names the JSON written); BENCH_PROFILE=0 skips the profiles;
 * BENCH_KEEP=1 keeps the work directory (the .cpuprofile files, to open in a profiler);
 * BENCH_NODE_ARGS: extra node flags for every service process (to try a V8 setting).
 */
export function options(env: NodeJS.ProcessEnv = process.env) {
  const label = env.BENCH_LABEL ?? 'after';
  const list = (v: string | undefined) =>
    v
      ? v
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  return {
    label,
    schools: Number(env.BENCH_SCHOOLS ?? 300),
    students: Number(env.BENCH_STUDENTS ?? 60_000),
    seconds: Number(env.BENCH_SECONDS ?? 15),
    profileSeconds: Number(env.BENCH_PROFILE_SECONDS ?? 10),
    clients: list(env.BENCH_CLIENTS ?? '1,20').map(Number),
    only: list(env.BENCH_ONLY),
    root: path.resolve(env.BENCH_ROOT ?? ROOT),
    profile: env.BENCH_PROFILE !== '0',
    keep: env.BENCH_KEEP === '1',
    nodeArgs: (env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    out: path.join(ROOT, `tests/results/deployed-bench.${label}.json`),
  };
}

export const RESULTS_DIR = path.join(ROOT, 'tests/results');
