import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startThrowawayPostgres } from '@mentorship/db';
import { Random } from '@mentorship/demo-data';
import { type MatchInput, runMatch } from '@mentorship/school/dist/modules/matching/algorithm';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform } from '../support/platform';

/**
 * `pnpm bench` (second part): the matching algorithm on one school of 3,000 students and 200
 * mentors, and on a district of 300,000 students school by school (time, peak memory); then a
 * real round through the gateway on a 3,000-student school: run and publish. Writes tests/results/.
 */
function synthetic(seed: string, students: number, mentors: number, classrooms: number): MatchInput {
  const rng = new Random(seed);
  const ms = Array.from({ length: mentors }, (_, i) => ({
    id: `m${i}`,
    capacity: 15,
    accepted: new Set<string>(),
    declined: new Set<string>(),
    teaches: new Set(Array.from({ length: 3 }, () => `c${rng.int(0, classrooms - 1)}`)),
  }));
  const ss = Array.from({ length: students }, (_, i) => {
    const prefs = new Set<string>();
    const wanted = rng.int(0, 10);
    // Popular mentors exist: a skewed choice makes the preference phase do real work.
    while (prefs.size < wanted) prefs.add(`m${Math.floor(Math.pow(rng.next(), 2) * mentors)}`);
    return { id: `s${i}`, classroomId: `c${i % classrooms}`, preferences: [...prefs] };
  });
  for (const s of ss.slice(0, students / 10))
    if (s.preferences[0]) ms[Number(s.preferences[0].slice(1))].accepted.add(s.id);
  return { students: ss, mentors: ms, seed, randomDraw: true };
}

const peak = { rss: 0 };
const sample = () => (peak.rss = Math.max(peak.rss, process.memoryUsage().rss));
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main() {
  const lines: string[] = [];
  // One school, 3,000 students, 200 mentors, up to 10 choices each.
  const school = synthetic('bench-school', 3000, 200, 75);
  runMatch(school); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = process.hrtime.bigint();
    const r = runMatch(school);
    times.push(ms(t));
    sample();
    if (r.blockingPairs !== 0) throw new Error('unstable result');
  }
  times.sort((a, b) => a - b);
  const one = runMatch(school);
  lines.push(
    `| algorithm, one school: 3,000 students, 200 mentors, ≤10 choices | ${times[5].toFixed(1)} ms ` +
      `median of 10 | matched ${one.assignments.length}, unmatched ${one.unmatched.length}, blocking pairs ` +
      `${one.blockingPairs} |`,
  );

  // A district: 300 schools of 1,000 students, one after another.
  const t = process.hrtime.bigint();
  let matched = 0;
  for (let s = 0; s < 300; s++) {
    matched += runMatch(synthetic(`bench-district-${s}`, 1000, 75, 25)).assignments.length;
    sample();
  }
  lines.push(
    `| algorithm, district: 300 schools × 1,000 students, school by school | ` +
      `${(ms(t) / 1000).toFixed(1)} s total | matched ${matched.toLocaleString('en')}; peak RSS ` +
      `${(peak.rss / 2 ** 20).toFixed(0)} MiB |`,
  );
  console.log(lines.join('\n'));

  // Through the gateway on a real 3,000-student school: run the match, then publish.
  const pg = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = pg.url('postgres');
  try {
    const p = await startTestPlatform({ schools: 1, students: 3000, seed: 'bench-matching' });
    try {
      const admin = p.token('school-admin');
      const open = expectNoGraphQLErrors(
        await execute(
          p.gatewayUrl,
          `mutation($i: OpenMatchingRoundInput!) { openMatchingRound(input: $i) { round { id } ` +
            `userErrors { code message } } }`,
          {
            token: admin,
            variables: {
              i: {
                academicYear: '2026-2027',
                opensAt: new Date(Date.now() - 3600_000).toISOString(),
                closesAt: new Date(Date.now() + 86400_000).toISOString(),
                maxChoices: 3,
                randomDraw: true,
              },
            },
          },
        ),
      );
      const roundId = open.openMatchingRound.round.id;
      const uuid = Buffer.from(roundId, 'base64url').toString().split(':')[1];
      // Three ranked choices for every student among teachers of their grade, written directly.
      await p.school.query(
        `INSERT INTO mentor_preference (round_id, student_id, rank, teacher_id, school_id, submitted_by)
         SELECT $1, x.student_id, x.rank, x.teacher_id, x.school_id, x.student_id FROM (
           SELECT s.id AS student_id, s.school_id, rm.teacher_id, row_number() OVER (PARTITION BY s.id ORDER BY
             md5(s.id::text || rm.teacher_id::text)) AS rank
             FROM student s JOIN classroom c ON c.id = s.classroom_id
             JOIN matching_round_mentor rm ON rm.round_id = $1
            WHERE EXISTS (SELECT 1 FROM teaching_assignment ta JOIN classroom c2 ON c2.id = ta.classroom_id WHERE
              ta.teacher_id = rm.teacher_id AND c2.grade_id = c.grade_id)
         ) x WHERE x.rank <= 3`,
        [uuid],
      );
      const [{ n: prefs }] = await p.school.query('SELECT count(*)::int n FROM mentor_preference');
      let t0 = process.hrtime.bigint();
      const run = expectNoGraphQLErrors(
        await execute(
          p.gatewayUrl,
          `mutation($r: ID!) { runMatching(roundId: $r) { round { report { students matched unmatched ` +
            `firstChoiceRate topThreeRate blockingPairs mentorLoad { min mean max } } } userErrors { code ` +
            `} } }`,
          { token: admin, variables: { r: roundId } },
        ),
      );
      const runMs = ms(t0);
      t0 = process.hrtime.bigint();
      const pub = expectNoGraphQLErrors(
        await execute(
          p.gatewayUrl,
          `mutation($r: ID!) { publishMatchingRound(roundId: $r) { round { status } userErrors { code message } } }`,
          { token: admin, variables: { r: roundId } },
        ),
      );
      const publishMs = ms(t0);
      if (pub.publishMatchingRound.userErrors.length)
        throw new Error(JSON.stringify(pub.publishMatchingRound.userErrors));
      const r = run.runMatching.round.report;
      lines.push(
        `| gateway: runMatching, one school of ${r.students.toLocaleString('en')} students ` +
          `(${prefs.toLocaleString('en')} preferences) | ${runMs.toFixed(0)} ms | matched ${r.matched}, ` +
          `unmatched ${r.unmatched}, first choice ${(r.firstChoiceRate * 100).toFixed(0)}%, top three ` +
          `${(r.topThreeRate * 100).toFixed(0)}%, blocking pairs ${r.blockingPairs}, load ` +
          `${r.mentorLoad.min}/${r.mentorLoad.mean}/${r.mentorLoad.max} |`,
      );
      lines.push(
        `| gateway: publishMatchingRound, same school, one transaction | ${publishMs.toFixed(0)} ms | ` +
          `${r.matched} mentorships created, previous ones ended |`,
      );
    } finally {
      await p.stop();
    }
  } finally {
    await pg.stop();
  }
  const report = `# Matching benchmark

Run with \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores \
(${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}. Synthetic instances are seeded (reproducible); \
the gateway rows use the demo generator and a throwaway PostgreSQL (fsync off).

| what | time | result |
| --- | ---: | --- |
${lines.join('\n')}
`;
  const out = path.resolve(__dirname, '../../results/matching-bench.md');
  fs.writeFileSync(out, report);
  console.log(report);
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
