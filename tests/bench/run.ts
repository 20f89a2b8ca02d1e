import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startThrowawayPostgres } from '@mentorship/db';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform } from '../support/platform';

/**
 * `pnpm bench`: seeds a district at benchmark scale (BENCH_SCHOOLS, BENCH_STUDENTS; default
 * 300 schools / 300,000 students) on a throwaway PostgreSQL, then times the key queries through
 * the gateway and counts the school subgraph's SQL statements. Writes tests/results/.
 */
const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 300);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 300_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function time(label: string, run: () => Promise<void>) {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const row = { label, p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1] };
  console.log(`[bench] ${label}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms`);
  return row;
}

async function main() {
  const pg = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = pg.url('postgres');
  try {
    console.log(`[bench] seeding ${SCHOOLS} schools / ${STUDENTS.toLocaleString('en')} students…`);
    const seedStart = Date.now();
    const p = await startTestPlatform({ schools: SCHOOLS, students: STUDENTS, seed: 'bench' });
    const seedSeconds = (Date.now() - seedStart) / 1000;
    console.log(`[bench] platform up with data in ${seedSeconds.toFixed(1)} s`);
    try {
      const overview =
        '{ schools(first: 100) { nodes { name stage stats { students studentsWithLeadMentor teachers ' +
        'teachersMentoring maxMenteesPerMentor } } } }';
      const roster =
        '{ schools { nodes { students(first: 100) { totalCount nodes { name classroom { name grade { ' +
        'level } } mentors { role mentor { name } } } } } } }';
      const district = p.token('district-admin');
      const admin = p.token('school-admin');
      p.schoolStatements.reset();
      expectNoGraphQLErrors(await execute(p.gatewayUrl, overview, { token: district }));
      const overviewStatements = p.schoolStatements.count;
      p.schoolStatements.reset();
      expectNoGraphQLErrors(await execute(p.gatewayUrl, roster, { token: admin }));
      const rosterStatements = p.schoolStatements.count;
      const rows = [
        {
          ...(await time(
            'district overview: 100 schools with live stats',
            async () => void expectNoGraphQLErrors(await execute(p.gatewayUrl, overview, { token: district })),
          )),
          statements: overviewStatements,
        },
        {
          ...(await time(
            'school admin: 100 students with classroom, grade and mentors',
            async () => void expectNoGraphQLErrors(await execute(p.gatewayUrl, roster, { token: admin })),
          )),
          statements: rosterStatements,
        },
      ];
      const tableRows = rows
        .map(
          (r) => `| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.statements} |`,
        )
        .join('\n');
      const report = `# Foundation benchmark

Run with \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores \
(${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Embedded PostgreSQL 18 with fsync off (throwaway), gateway and both subgraphs in one process, requests sent one at a \
time over loopback, ${ROUNDS} rounds after one warm-up.

Scale: ${SCHOOLS} schools, ${STUDENTS.toLocaleString('en')} students (demo generator, seed "bench").
Migrations + seed of both databases + start-up: **${seedSeconds.toFixed(1)} s**.

| query (through the gateway) | p50 ms | p95 ms | max ms | school-subgraph SQL statements |
| --- | ---: | ---: | ---: | ---: |
${tableRows}
`;
      const out = path.resolve(__dirname, '../../results/foundation-bench.md');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, report);
      console.log(`[bench] wrote ${out}`);
    } finally {
      await p.stop();
    }
  } finally {
    await pg.stop();
  }
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
