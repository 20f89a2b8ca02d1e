import { randomBytes } from 'node:crypto';

import { Role } from '@mentorship/auth';
import type { SurveyBallot } from '@mentorship/client';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from './platform';
import { getBallot, submitAnswer } from './survey-ballots';

/**
 * The anonymous-survey scenario (issue 12, items 3 and 4; services/school/SURVEYS.md): a student survey about mentor A
 * with {RESPONDENTS} of A's mentees to answer, an evaluation cycle, and every console line kept to be searched.
 */
export const NOW = '2026-11-20T08:00:00Z';
export const AFTER_CLOSE = '2026-11-26T08:00:00Z';
export const RESPONDENTS = 12;
export const SUMMARY =
  '{ me { surveySummary(audience: STUDENT) { closed responses suppressed questions { question mean } ' +
  'comments { totalCount nodes { text } } } } }';

export async function startSurveyScenario() {
  const p: TestPlatform = await startTestPlatform();
  p.clock.set(NOW);
  const truth = new Map<string, { scores: number[]; comment: string }>();
  const ballots = new Map<string, SurveyBallot>();
  const logged: string[] = [];

  const studentToken = (id: string) =>
    p.tokenFor({ personId: id, role: Role.STUDENT, districtId: p.demo.district.id, schoolId, studentId: id });
  const mentorToken = (id: string) =>
    p.tokenFor({ personId: id, role: Role.MENTOR, districtId: p.demo.district.id, schoolId });
  const gql = async (url: string, token: string, query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await execute(url, query, { token, variables }));
  const summaryAt = async (url: string) => (await gql(url, mentorToken(mentorA), SUMMARY)).me.surveySummary;
  const feedbackItemOfA = async () => {
    const { evaluationCycles } = await gql(
      p.gatewayUrl,
      p.token('school-admin'),
      '{ evaluationCycles { nodes { results(first: 100) { nodes { teacher { id } items { key score } } } } } }',
    );
    const mine = evaluationCycles.nodes[0].results.nodes.find(
      (r: { teacher: { id: string } }) => r.teacher.id === teacherGlobalId,
    );
    return mine.items.find((i: { key: string }) => i.key === 'STUDENT_FEEDBACK').score as number | null;
  };
  /** Answer as respondent i, carried by `carrier`'s bearer token. */
  const answer = async (i: number, carrier = studentToken(respondents[i])) => {
    const who = respondents[i];
    const ballot = await getBallot(p.gatewayUrl, studentToken(who), surveyId);
    ballots.set(who, ballot);
    const given = { scores: [1 + (i % 5), 5 - (i % 3)], comment: `意见-${randomBytes(6).toString('hex')}` };
    truth.set(who, given);
    expect(await submitAnswer(p.gatewayUrl, carrier, ballot, given)).toEqual({ status: 'QUEUED', userErrors: [] });
  };

  /** Rows of every table whose text names one of the respondents. */
  async function rowsNaming(ids: string[]): Promise<Map<string, number>> {
    const tables: { t: string }[] = await p.school.query(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const counts = new Map<string, number>();
    for (const { t } of tables)
      counts.set(
        t,
        (await p.school.query(`SELECT count(*)::int AS n FROM "${t}" x WHERE x::text ~ $1`, [ids.join('|')]))[0].n,
      );
    return counts;
  }
  const schoolId = p.demo.schools[0].id;
  const [a] = await p.school.query(
    `SELECT mentor_id FROM mentorship WHERE school_id = $1 AND role = 'LEAD' AND ended_on IS NULL
      GROUP BY mentor_id HAVING count(*) >= $2 ORDER BY count(*) DESC, mentor_id LIMIT 1`,
    [schoolId, RESPONDENTS],
  );
  const mentorA: string = a.mentor_id;
  const respondents: string[] = (
    await p.school.query(
      `SELECT student_id FROM mentorship WHERE mentor_id = $1 AND role = 'LEAD' AND ended_on IS NULL
        ORDER BY student_id LIMIT $2`,
      [mentorA, RESPONDENTS],
    )
  ).map((r: { student_id: string }) => r.student_id);
  const [{ student_id: otherStudent }]: { student_id: string }[] = await p.school.query(
    `SELECT student_id FROM mentorship WHERE school_id = $1 AND role = 'LEAD' AND ended_on IS NULL AND mentor_id <> $2
      ORDER BY student_id LIMIT 1`,
    [schoolId, mentorA],
  );
  const { openSurvey } = await gql(
    p.gatewayUrl,
    p.token('school-admin'),
    'mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { survey { id } userErrors { code } } }',
    {
      i: {
        term: '2026-2027-1',
        audience: 'STUDENT',
        questions: ['导师关心我', '谈话对我有帮助'],
        opensAt: '2026-11-01T00:00:00Z',
        closesAt: '2026-11-25T00:00:00Z',
      },
    },
  );
  const surveyId: string = openSurvey.survey.id;
  await gql(
    p.gatewayUrl,
    p.token('school-admin'),
    'mutation { openEvaluationCycle(input: { term: "2026-2027-1" }) { cycle { id } } }',
  );
  const teacherGlobalId: string = (await gql(p.gatewayUrl, mentorToken(mentorA), '{ me { teacher { id } } }')).me
    .teacher.id;
  const rowsNamingRespondents = await rowsNaming(respondents);
  // Whatever the services print while respondents ask and answer is kept, to be searched for them.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
  return {
    p,
    schoolId,
    mentorA,
    respondents,
    otherStudent,
    surveyId,
    teacherGlobalId,
    rowsNamingRespondents,
    truth,
    ballots,
    logged,
    studentToken,
    mentorToken,
    gql,
    summaryAt,
    feedbackItemOfA,
    answer,
    rowsNaming,
  };
}

export type SurveyScenario = Awaited<ReturnType<typeof startSurveyScenario>>;

/**
 * What the open survey sees in survey-anonymity-open.test.ts, replayed for a file that starts at the close: the twelve
 * answers (the first five carried by another mentor's mentee), that mentee's lone answer about mentor B, then the
 * close, read once.
 */
export async function answerAndClose(s: SurveyScenario) {
  for (let i = 0; i < 5; i++) await s.answer(i, s.studentToken(s.otherStudent));
  for (let i = 5; i < RESPONDENTS; i++) await s.answer(i);
  const other = s.studentToken(s.otherStudent);
  const lone = await submitAnswer(s.p.gatewayUrl, other, await getBallot(s.p.gatewayUrl, other, s.surveyId), {
    scores: [2, 2],
    comment: 'B',
  });
  expect(lone).toEqual({ status: 'QUEUED', userErrors: [] });
  s.p.clock.set(AFTER_CLOSE);
  expect((await s.summaryAt(s.p.gatewayUrl)).responses).toBe(RESPONDENTS);
}

/**
 * Registers the scenario's beforeAll (start, then `then`, e.g. answerAndClose) and afterAll, and returns
 * the one object the tests read, filled once beforeAll has run.
 */
export function useSurveyScenario(then?: (s: SurveyScenario) => Promise<unknown>): SurveyScenario {
  const s = {} as SurveyScenario;
  beforeAll(async () => {
    Object.assign(s, await startSurveyScenario());
    await then?.(s);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await s.p?.stop();
  });
  return s;
}
