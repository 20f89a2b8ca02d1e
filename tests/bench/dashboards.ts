import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Role } from '@mentorship/auth';
import { startThrowawayPostgres } from '@mentorship/db';
import { toGlobalId } from '@mentorship/graphql';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';
import { type LoadResult, runLoad } from './load';

/**
 * `pnpm bench:dashboards`: a district of BENCH_SCHOOLS schools / BENCH_STUDENTS students (default
 * 300 / 300,000) with a term of mentors' work, then, through the gateway with real tokens and
 * BENCH_CONNECTIONS concurrent clients (default 20): the district dashboard, a school's grade
 * comparison, and a mentor's mentees with pending duties. Each is compared with the plain SQL
 * that computes the same figures, on the same data. Writes tests/results/dashboards-bench.md.
 */
const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 300);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 300_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SQL_ROUNDS = 50;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timeSql(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < SQL_ROUNDS; i++) {
    const t = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

interface Scenario {
  label: string;
  target: number;
  token: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The plain SQL computing the same figures, straight on the database. */
  sql: () => Promise<unknown>;
}

async function measure(p: TestPlatform, s: Scenario) {
  const gql = () => execute(p.gatewayUrl, s.query, { token: s.token, variables: s.variables });
  expectNoGraphQLErrors(await gql());
  p.schoolStatements.reset();
  p.districtStatements.reset();
  expectNoGraphQLErrors(await gql());
  const statements = { school: p.schoolStatements.count, district: p.districtStatements.count };
  const single = await timeSql(async () => expectNoGraphQLErrors(await gql()));
  const sql = await timeSql(s.sql);
  const load: LoadResult = await runLoad({
    url: p.gatewayUrl,
    token: s.token,
    query: s.query,
    variables: s.variables,
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  console.log(
    `[bench] ${s.label}: p50 ${load.p50.toFixed(1)} / p95 ${load.p95.toFixed(1)} / p99 ` +
      `${load.p99.toFixed(1)} ms at ${CONNECTIONS} clients, ${load.throughput.toFixed(0)} req/s; 1 client ` +
      `p50 ${single.p50.toFixed(1)} ms; plain SQL p50 ${sql.p50.toFixed(1)} ms`,
  );
  return { ...s, statements, single, sql, load };
}

async function main() {
  const pg = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = pg.url('postgres');
  try {
    console.log(
      `[bench] seeding ${SCHOOLS} schools / ${STUDENTS.toLocaleString('en')} students with a term of mentors' work…`,
    );
    const seedStart = Date.now();
    // The gateway as deployed: dashboard answers reused for 30 s (DASHBOARD_CACHE_SECONDS).
    const p = await startTestPlatform(
      { schools: SCHOOLS, students: STUDENTS, seed: 'bench', activity: true },
      { dashboardCacheSeconds: Number(process.env.DASHBOARD_CACHE_SECONDS ?? 30) },
    );
    const seedSeconds = (Date.now() - seedStart) / 1000;
    const [volume] = await p.school.query(
      'SELECT (SELECT count(*) FROM mentor_record)::int AS records, (SELECT count(*) ' +
        'FROM record_student)::int AS links, (SELECT count(*) FROM mentorship ' +
        'WHERE ended_on IS NULL)::int AS pairings',
    );
    console.log(`[bench] seeded in ${seedSeconds.toFixed(1)} s: ${volume.records.toLocaleString('en')} records`);
    try {
      // Two weekly snapshots per school, delivered through the outbox as in production.
      const snapStart = Date.now();
      const relay = new OutboxRelay(
        p.school,
        deliverToDistrict(
          districtClient({
            url: p.districtUrl,
            token: () => p.tokenFor({ personId: 'school-service', role: Role.SERVICE, districtId: '*' }),
          }),
        ),
        100,
      );
      await queueSnapshots(p.school, new Date(Date.now() - 7 * 86400_000));
      await queueSnapshots(p.school, new Date());
      const delivered = await relay.drain();
      if (delivered.failed) throw new Error(delivered.failed);
      const snapSeconds = (Date.now() - snapStart) / 1000;
      console.log(`[bench] ${delivered.delivered} snapshots queued and delivered in ${snapSeconds.toFixed(1)} s`);
      await Promise.all([p.school.query('VACUUM ANALYZE'), p.district.query('VACUUM ANALYZE')]);

      const schoolId = p.demo.schools[0].id;
      const mentor = p.logins.find((l) => l.login === 'mentor-1')!;
      const [{ term }] = await p.school.query(`SELECT max(term) AS term FROM record_student`);
      const scenarios: Scenario[] = [
        {
          label: `district dashboard (${SCHOOLS} schools, totals, by stage, flags)`,
          target: 100,
          token: p.token('district-admin'),
          query: `{ districtDashboard { term totals { schools students studentsWithLeadMentor coverage
            menteesPerMentor maxMenteesPerMentor mentorsAboveCap homeVisitDone talkDone writtenFeedbackDone
            attentionStudents { atLeast atMost } openCrisisAlerts { atLeast atMost } }
            byStage { stage figures { students coverage } }
            schools { school { id name stage } flags figures { students studentsWithLeadMentor coverage teachers
              teachersMentoring menteesPerMentor maxMenteesPerMentor mentorsAboveCap homeVisitDone talkDone
              writtenFeedbackDone allDutiesDone attentionStudents { atLeast atMost } openCrisisAlerts { atLeast
              atMost } hasOverdueCrisisAlert } } } }`,
          sql: () =>
            p.district.query(
              `SELECT s.id, s.name, s.stage, l.figures FROM school s LEFT JOIN school_metrics_latest l ` +
                `ON l.school_id = s.id WHERE s.district_id = $1 ORDER BY s.code`,
              [p.demo.district.id],
            ),
        },
        {
          label: 'school grade comparison (grades and classrooms side by side, live)',
          target: 50,
          token: p.token('school-admin'),
          query: `query($id: ID!) { school(id: $id) { name grades { name metrics { students studentsWithLeadMentor
            coverage homeVisitDone talkDone writtenFeedbackDone allDutiesDone }
            classrooms { name metrics { students studentsWithLeadMentor coverage homeVisitDone talkDone
              writtenFeedbackDone allDutiesDone } } } } }`,
          variables: { id: toGlobalId('School', schoolId) },
          sql: () =>
            p.school.query(
              `SELECT c.id, count(s.id), count(s.id) FILTER (WHERE lead.student_id IS NOT NULL), count(s.id)
                 FILTER (WHERE d.hv), count(s.id) FILTER (WHERE d.talk), count(s.id) FILTER (WHERE d.wf)
               FROM classroom c LEFT JOIN student s ON s.classroom_id = c.id AND s.left_on IS NULL
               LEFT JOIN (SELECT DISTINCT student_id FROM mentorship WHERE school_id = $1 AND role = 'LEAD' AND
                 ended_on IS NULL) lead ON lead.student_id = s.id
               LEFT JOIN (SELECT student_id, bool_or(kind = 'HOME_VISIT') hv, bool_or(kind = 'TALK') talk,
                 bool_or(kind = 'WRITTEN_FEEDBACK' AND published) wf FROM record_student WHERE school_id = $1 AND
                 term = $2 GROUP BY student_id) d ON d.student_id = s.id
              WHERE c.school_id = $1 GROUP BY c.id`,
              [schoolId, term],
            ),
        },
        {
          label: "mentor's mentees (15) with this term's duties and pending tasks",
          target: 30,
          token: p.token('mentor-1'),
          query:
            `{ me { mentees(first: 15) { totalCount nodes { id name classroom { name } termDuties { ` +
            `homeVisit talk writtenFeedback } } } pendingTasks { kind period required done student { id ` +
            `name } } } }`,
          sql: () =>
            p.school.query(
              `SELECT s.id, s.name, rs.kind, count(rs.record_id) FROM mentorship m JOIN student s ON s.id = m.student_id
               LEFT JOIN record_student rs ON rs.student_id = m.student_id AND rs.term = $3
              WHERE m.mentor_id = $1 AND m.school_id = $2 AND m.ended_on IS NULL GROUP BY s.id, s.name, rs.kind`,
              [mentor.personId, schoolId, term],
            ),
        },
      ];
      const results: Awaited<ReturnType<typeof measure>>[] = [];
      for (const s of scenarios) results.push(await measure(p, s));

      const verdict = (r: (typeof results)[number]) => {
        const ratio = r.single.p50 / r.sql.p50;
        const fast = r.load.p95 <= r.target;
        return (
          `${fast ? 'met' : `missed by ${(r.load.p95 - r.target).toFixed(1)} ms`}; ${ratio.toFixed(1)}× ` +
          `plain SQL${ratio <= 3 ? '' : ' (over 3×)'}`
        );
      };
      const tableRows = results
        .map(
          (r) =>
            `| ${r.label} | ${r.target} | ${r.load.p50.toFixed(1)} | ${r.load.p95.toFixed(1)} ` +
            `| ${r.load.p99.toFixed(1)} | ${r.load.throughput.toFixed(0)} | ${r.load.errors} ` +
            `| ${r.single.p50.toFixed(1)} | ${r.sql.p50.toFixed(1)} ` +
            `| ${r.statements.school} + ${r.statements.district} | ${verdict(r)} |`,
        )
        .join('\n');
      const report = `# Dashboards benchmark

Run with \`pnpm bench:dashboards\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores \
(${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Embedded PostgreSQL 18 (throwaway, fsync off); gateway and both subgraphs in the benchmark's main thread, the \
${CONNECTIONS} concurrent clients on a worker thread, all on this machine.

Data: ${SCHOOLS} schools, ${STUDENTS.toLocaleString('en')} students, ${volume.pairings.toLocaleString('en')} active \
pairings, ${volume.records.toLocaleString('en')} work records of the term (demo generator, bulk inserts): seeded with \
migrations and start-up in **${seedSeconds.toFixed(0)} s**; ${delivered.delivered} aggregate snapshots (two weeks × \
every school) queued and delivered through the outbox in **${snapSeconds.toFixed(1)} s**.

Each scenario: ${SECONDS} s of ${CONNECTIONS} clients sending the same query through the gateway with a real token; \
"1 client" is ${SQL_ROUNDS} sequential requests; "plain SQL" is ${SQL_ROUNDS} runs of the SQL that computes the same \
figures, straight on the database, no GraphQL, no HTTP.

| scenario | target p95 | p50 ms | p95 ms | p99 ms | req/s | errors | 1 client p50 ms | plain SQL p50 ms | SQL \
statements (school + district) | verdict |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${tableRows}

The SQL statement counts do not grow with the number of schools, mentees or classrooms (see the statement-count tests).
`;
      const out = path.resolve(__dirname, '../../results/dashboards-bench.md');
      fs.writeFileSync(out, report);
      console.log(report);
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
