import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, execute, expectNoGraphQLErrors, type GraphQLResponse } from '@mentorship/testing';
import { Client } from 'pg';

import { type ProcessPlatform, type ServiceChild, startProcessPlatform } from '../support/process-platform';

// Budgets of this file, lower than the defaults so the test is quick (infra/ENVIRONMENT.md).
const SUBGRAPH_TIMEOUT_MS = 2_500;
const SQL_STATEMENT_TIMEOUT_MS = 1_500;
const SERVICE_CALL_TIMEOUT_MS = 1_500;
/** Room for a busy 2-core machine on top of a budget; far below "no answer at all". */
const SLACK_MS = 2_500;

const districtOnly = '{ district { name } currentTerm { number } }';
const schoolsWithStats = '{ schools(first: 20) { totalCount nodes { name stats { students } } } }';
const myMentees = '{ me { mentees(first: 5) { totalCount nodes { name } } } }';
const termAndMentees = '{ currentTerm { number } me { mentees(first: 5) { totalCount } } }';

async function timed<T>(request: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = Date.now();
  const result = await request();
  return { ms: Date.now() - started, result };
}

/**
 * Stops a service the way a stalled node or a partition looks: the process is there, its sockets accept, nothing
 * answers.
 */
function stop(service: ServiceChild) {
  service.child.kill('SIGSTOP');
}
function resume(service: ServiceChild) {
  service.child.kill('SIGCONT');
}

describe('a subgraph that stops answering costs a request its time budget, not the request', () => {
  let p: ProcessPlatform;
  const ask = (login: string, query: string, url?: string, variables?: Record<string, unknown>) =>
    execute(url ?? p.gatewayUrl, query, { token: p.token(login), variables });

  beforeAll(async () => {
    p = await startProcessPlatform({
      env: {
        SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
        SQL_STATEMENT_TIMEOUT_MS: String(SQL_STATEMENT_TIMEOUT_MS),
        SERVICE_CALL_TIMEOUT_MS: String(SERVICE_CALL_TIMEOUT_MS),
      },
    });
  }, 180_000);
  afterAll(() => p?.stop());

  it('the gateway says at start-up where it counts rate limits (memory: no GATEWAY_DATABASE_URL here)', () => {
    expect(p.processes.gateway.output()).toMatch(/rate limits counted in memory \(this gateway only/);
  });

  it(
    'district stopped: what needs it answers within the budget with an error, school-only ' +
      'answers stay whole, and all is whole after SIGCONT',
    async () => {
      // Warm keep-alive sockets to both subgraphs first: the stop must be survived by sockets in use too.
      expectNoGraphQLErrors(await ask('district-admin', schoolsWithStats));
      stop(p.processes.district);
      try {
        const [schools, term, mentees, ...more] = await Promise.all([
          timed(() => ask('district-admin', schoolsWithStats)),
          timed(() => ask('mentor-1', termAndMentees)),
          timed(() => ask('mentor-1', myMentees)),
          ...['district-admin', 'school-admin', 'grade-lead'].map((login) => timed(() => ask(login, districtOnly))),
        ]);
        for (const answer of [schools, term, mentees, ...more])
          expect(answer.ms).toBeLessThan(SUBGRAPH_TIMEOUT_MS + SLACK_MS);
        // `schools` is the district's and not nullable: no data, an error naming the cause.
        expect(schools.result.data).toBeNull();
        expect(errorCodes(schools.result)).toEqual(['SUBGRAPH_TIMEOUT']);
        expect(schools.result.errors![0].message).toMatch(/district service did not answer/);
        // `currentTerm` (district) is nullable: the mentor still gets their mentees (school).
        expect(errorCodes(term.result)).toEqual(['SUBGRAPH_TIMEOUT']);
        expect(term.result.data).toMatchObject({
          currentTerm: null,
          me: { mentees: { totalCount: expect.any(Number) } },
        });
        expect(term.result.data.me.mentees.totalCount).toBeGreaterThan(0);
        // Nothing of the district's in it: whole, as if nothing happened.
        expect(expectNoGraphQLErrors(mentees.result).me.mentees.nodes.length).toBeGreaterThan(0);
        for (const answer of more) expect(errorCodes(answer.result)).toEqual(['SUBGRAPH_TIMEOUT']);
      } finally {
        resume(p.processes.district);
      }
      // Back without restarting anything: whole answers again.
      const again = await timed(() => ask('district-admin', schoolsWithStats));
      expect(expectNoGraphQLErrors(again.result).schools.nodes).toHaveLength(4);
      expect(again.result.data.schools.nodes.every((s: { stats: { students: number } }) => s.stats.students > 0)).toBe(
        true,
      );
      expect(expectNoGraphQLErrors(await ask('mentor-1', termAndMentees)).currentTerm).not.toBeNull();
    },
    60_000,
  );

  it(
    'district stopped: certification still says DISTRICT_UNAVAILABLE, within the service call ' +
      'budget, and writes nothing',
    async () => {
      const db = new Client({ connectionString: p.databaseUrls.school });
      await db.connect();
      try {
        const schoolId = p.logins.find((l) => l.login === 'school-admin')!.schoolId!;
        const [trainee] = (
          await db.query(
            `SELECT id FROM teacher WHERE school_id = $1 AND mentor_status = 'TRAINEE' ORDER BY staff_number LIMIT 1`,
            [schoolId],
          )
        ).rows;
        const teacherId = toGlobalId('Teacher', trainee.id);
        const payload = '{ teacher { mentorStatus } userErrors { field code message } }';
        const longAgo = new Date(Date.now() - 40 * 86400_000).toISOString().slice(0, 10);
        expect(
          expectNoGraphQLErrors(
            await ask(
              'school-admin',
              `mutation($t: ID!, $on: String) { startMentorTrial(teacherId: $t, on: $on) ${payload} }`,
              undefined,
              { t: teacherId, on: longAgo },
            ),
          ).startMentorTrial.userErrors,
        ).toEqual([]);
        stop(p.processes.district);
        let certify: { ms: number; result: GraphQLResponse };
        try {
          certify = await timed(() =>
            ask('school-admin', `mutation($t: ID!) { certifyMentor(teacherId: $t) ${payload} }`, undefined, {
              t: teacherId,
            }),
          );
        } finally {
          resume(p.processes.district);
        }
        expect(certify.ms).toBeLessThan(SERVICE_CALL_TIMEOUT_MS + SLACK_MS);
        expect(expectNoGraphQLErrors(certify.result).certifyMentor.userErrors).toEqual([
          {
            field: 'teacherId',
            code: 'DISTRICT_UNAVAILABLE',
            message: expect.stringMatching(/did not answer in time/),
          },
        ]);
        expect(
          (await db.query('SELECT mentor_status FROM teacher WHERE id = $1', [trainee.id])).rows[0].mentor_status,
        ).toBe('TRAINEE');
      } finally {
        await db.end();
      }
    },
    60_000,
  );

  it(
    'school stopped: what needs it answers within the budget with an error, district-only ' +
      'answers stay whole, and all is whole after SIGCONT',
    async () => {
      expectNoGraphQLErrors(await ask('mentor-1', myMentees));
      stop(p.processes.school);
      try {
        const [stats, mentees, district] = await Promise.all([
          timed(() => ask('district-admin', schoolsWithStats)),
          timed(() => ask('mentor-1', myMentees)),
          timed(() => ask('district-admin', districtOnly)),
        ]);
        for (const answer of [stats, mentees, district]) expect(answer.ms).toBeLessThan(SUBGRAPH_TIMEOUT_MS + SLACK_MS);
        // `stats` and `me` are not nullable, so their parents go too; the error says why.
        expect(errorCodes(stats.result)).toEqual(['SUBGRAPH_TIMEOUT']);
        expect(stats.result.errors![0].message).toMatch(/school service did not answer/);
        expect(stats.result.data).toBeNull();
        expect(errorCodes(mentees.result)).toEqual(['SUBGRAPH_TIMEOUT']);
        expect(expectNoGraphQLErrors(district.result).district.name).toBeTruthy();
      } finally {
        resume(p.processes.school);
      }
      expect(expectNoGraphQLErrors(await ask('mentor-1', myMentees)).me.mentees.nodes.length).toBeGreaterThan(0);
      expect(expectNoGraphQLErrors(await ask('district-admin', schoolsWithStats)).schools.nodes).toHaveLength(4);
    },
    60_000,
  );

  it(
    'a statement held past the SQL statement timeout is a clean TIMEOUT, through the gateway ' +
      'and at the subgraph, and the service recovers',
    async () => {
      // Another session holds the student table: the mentees query waits on the lock until PostgreSQL cancels it.
      const db = new Client({ connectionString: p.databaseUrls.school });
      await db.connect();
      try {
        await db.query('BEGIN');
        await db.query('LOCK TABLE student IN ACCESS EXCLUSIVE MODE');
        const [viaGateway, direct] = await Promise.all([
          timed(() => ask('mentor-1', myMentees)),
          timed(() => ask('mentor-1', myMentees, p.schoolUrl)),
        ]);
        for (const answer of [viaGateway, direct]) {
          expect(answer.ms).toBeLessThan(SQL_STATEMENT_TIMEOUT_MS + SLACK_MS);
          expect(errorCodes(answer.result)).toEqual(['TIMEOUT']);
          const text = JSON.stringify(answer.result.errors);
          expect(text).not.toMatch(/SELECT|statement timeout|canceling|QueryFailed|student/i);
          expect(answer.result.errors![0].message).toMatch(/took longer than the service allows/);
        }
      } finally {
        await db.query('ROLLBACK').catch(() => undefined);
        await db.end();
      }
      expect(expectNoGraphQLErrors(await ask('mentor-1', myMentees)).me.mentees.nodes.length).toBeGreaterThan(0);
    },
    60_000,
  );
});
