import { constants, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

import { loadAuthConfig, Role } from '@mentorship/auth';
import { type SurveyBallot, surveySubmission, toBase64Url } from '@mentorship/client';
import { fromGlobalId } from '@mentorship/graphql';
import { createSchoolApp, createSchoolDataSource } from '@mentorship/school';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { Client } from 'pg';

import { startTestPlatform, type TestPlatform } from '../support/platform';
import { ballotKeyOf, getBallot, REQUEST_BALLOT, SUBMIT, submitAnswer } from '../support/survey-ballots';

/**
 * Issue 12, items 3 and 4: survey answers read by differencing, and answers linked to their
 * respondents in the database. Each attack is performed for real: through the gateway, directly
 * at the school subgraph, and as the database's owner (a superuser) with every join we could think of.
 */
const NOW = '2026-11-20T08:00:00Z';
const AFTER_CLOSE = '2026-11-26T08:00:00Z';
const RESPONDENTS = 12;

describe('anonymous surveys: no differencing, no linking, one answer per blind-signed ballot', () => {
  let p: TestPlatform;
  let schoolId: string;
  let mentorA: string;
  let respondents: string[];
  let otherStudent: string; // a mentee of another mentor: their token carries some submissions
  let surveyId: string;
  const truth = new Map<string, { scores: number[]; comment: string }>();
  const ballots = new Map<string, SurveyBallot>();
  const logged: string[] = [];
  let rowsNamingRespondents: Map<string, number>;

  const studentToken = (id: string) =>
    p.tokenFor({ personId: id, role: Role.STUDENT, districtId: p.demo.district.id, schoolId, studentId: id });
  const mentorToken = (id: string) =>
    p.tokenFor({ personId: id, role: Role.MENTOR, districtId: p.demo.district.id, schoolId });
  const gql = async (url: string, token: string, query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await execute(url, query, { token, variables }));
  const SUMMARY =
    '{ me { surveySummary(audience: STUDENT) { closed responses suppressed questions { question mean } comments } } }';
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
  let teacherGlobalId: string;
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

  beforeAll(async () => {
    p = await startTestPlatform();
    p.clock.set(NOW);
    schoolId = p.demo.schools[0].id;
    const [a] = await p.school.query(
      `SELECT mentor_id FROM mentorship WHERE school_id = $1 AND role = 'LEAD' AND ended_on IS NULL GROUP BY mentor_id HAVING count(*) >= $2 ORDER BY count(*) DESC, mentor_id LIMIT 1`,
      [schoolId, RESPONDENTS],
    );
    mentorA = a.mentor_id;
    respondents = (
      await p.school.query(
        `SELECT student_id FROM mentorship WHERE mentor_id = $1 AND role = 'LEAD' AND ended_on IS NULL ORDER BY student_id LIMIT $2`,
        [mentorA, RESPONDENTS],
      )
    ).map((r: { student_id: string }) => r.student_id);
    [{ student_id: otherStudent }] = await p.school.query(
      `SELECT student_id FROM mentorship WHERE school_id = $1 AND role = 'LEAD' AND ended_on IS NULL AND mentor_id <> $2 ORDER BY student_id LIMIT 1`,
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
    surveyId = openSurvey.survey.id;
    await gql(
      p.gatewayUrl,
      p.token('school-admin'),
      'mutation { openEvaluationCycle(input: { term: "2026-2027-1" }) { cycle { id } } }',
    );
    teacherGlobalId = (await gql(p.gatewayUrl, mentorToken(mentorA), '{ me { teacher { id } } }')).me.teacher.id;
    rowsNamingRespondents = await rowsNaming(respondents);
    // Whatever the services print while respondents ask and answer is kept, to be searched for them.
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await p?.stop();
  });

  it('differencing: read at 5 and at 6 answers while open, the summary and the evaluation give nothing, and the same nothing', async () => {
    for (let i = 0; i < 5; i++) await answer(i, studentToken(otherStudent));
    const at5 = [await summaryAt(p.gatewayUrl), await summaryAt(p.schoolUrl)];
    const item5 = await feedbackItemOfA();
    await answer(5);
    const at6 = [await summaryAt(p.gatewayUrl), await summaryAt(p.schoolUrl)];
    expect(at6).toEqual(at5);
    expect(at5[0]).toEqual({
      closed: false,
      responses: null,
      suppressed: true,
      questions: [
        { question: '导师关心我', mean: null },
        { question: '谈话对我有帮助', mean: null },
      ],
      comments: [],
    });
    expect(item5).toBeNull();
    expect(await feedbackItemOfA()).toBeNull();
    // Nothing is in the database yet: six answers wait in memory for a batch.
    expect((await p.school.query('SELECT count(*)::int AS n FROM survey_response'))[0].n).toBe(0);
  });

  it('one ballot per respondent; one answer per ballot; forged, unsigned and foreign ballots are refused', async () => {
    for (let i = 6; i < RESPONDENTS; i++) await answer(i);
    // The 10th answer filled the pool to 10: five of them, at random, were written in one batch.
    expect((await p.school.query('SELECT count(*)::int AS n FROM survey_response'))[0].n).toBe(5);
    expect((await p.school.query('SELECT count(*)::int AS n FROM survey_spent_ballot'))[0].n).toBe(5);

    // A second ballot: refused, through the gateway and at the subgraph, and no receipt is added.
    for (const url of [p.gatewayUrl, p.schoolUrl])
      await expect(getBallot(url, studentToken(respondents[0]), surveyId)).rejects.toThrow('ALREADY_HAS_BALLOT');
    // Double spending, whether the answer is still held or already written.
    for (const who of respondents) {
      expect(
        (await submitAnswer(p.gatewayUrl, studentToken(who), ballots.get(who)!, { scores: [1, 1], comment: 'again' }))
          .userErrors,
      ).toEqual([{ field: 'token', code: 'BALLOT_SPENT' }]);
    }
    const ballot = ballots.get(respondents[0])!;
    const refused = async (url: string, b: SurveyBallot) =>
      (await gql(url, studentToken(otherStudent), SUBMIT, { i: surveySubmission(b, { scores: [5, 5] }) }))
        .submitSurveyResponse.userErrors;
    // A made-up ballot, a ballot signed with the attacker's own key, and a real signature on another token.
    const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = randomBytes(64);
    const ownKeySig = sign('sha384', token, {
      key: attacker.privateKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: 48,
    });
    const tampered = Buffer.from(ballot.token, 'base64url');
    tampered[40] ^= 1;
    for (const url of [p.gatewayUrl, p.schoolUrl]) {
      expect(
        await refused(url, {
          ...ballot,
          token: toBase64Url(randomBytes(64)),
          signature: toBase64Url(randomBytes(256)),
        }),
      ).toEqual([{ field: 'signature', code: 'INVALID_BALLOT' }]);
      expect(await refused(url, { ...ballot, token: toBase64Url(token), signature: toBase64Url(ownKeySig) })).toEqual([
        { field: 'signature', code: 'INVALID_BALLOT' },
      ]);
      expect(await refused(url, { ...ballot, token: toBase64Url(tampered) })).toEqual([
        { field: 'signature', code: 'INVALID_BALLOT' },
      ]);
    }
    // Mentor B's key: a ballot for A does not count for B, and B's mentee cannot get a ballot signed with A's key.
    const keyOfB = await ballotKeyOf(p.gatewayUrl, studentToken(otherStudent), surveyId);
    expect(keyOfB.id).not.toBe(ballot.ballotKeyId);
    expect(await refused(p.gatewayUrl, { ...ballot, ballotKeyId: keyOfB.id })).toEqual([
      { field: 'signature', code: 'INVALID_BALLOT' },
    ]);
    const { requestSurveyBallot } = await gql(p.gatewayUrl, studentToken(otherStudent), REQUEST_BALLOT, {
      i: { surveyId, ballotKeyId: ballot.ballotKeyId, blindedMessage: toBase64Url(randomBytes(256)) },
    });
    expect(requestSurveyBallot).toEqual({
      blindSignature: null,
      userErrors: [{ field: 'ballotKeyId', code: 'KEY_CHANGED' }],
    });
    expect((await p.school.query('SELECT count(*)::int AS n FROM survey_receipt'))[0].n).toBe(RESPONDENTS);
    // B's one respondent answers: fewer than 5 for B, so at close it is dropped, never written.
    expect(
      await submitAnswer(
        p.gatewayUrl,
        studentToken(otherStudent),
        await getBallot(p.gatewayUrl, studentToken(otherStudent), surveyId),
        { scores: [2, 2], comment: 'B' },
      ),
    ).toEqual({ status: 'QUEUED', userErrors: [] });
  });

  it('after close: the aggregate only, from the 12 true answers, the same on every read', async () => {
    p.clock.set(AFTER_CLOSE);
    const first = await summaryAt(p.gatewayUrl);
    const answers = [...truth.values()];
    const mean = (q: number) => Math.round((answers.reduce((s, a) => s + a.scores[q], 0) / answers.length) * 100) / 100;
    expect(first).toEqual({
      closed: true,
      responses: RESPONDENTS,
      suppressed: false,
      questions: [
        { question: '导师关心我', mean: mean(0) },
        { question: '谈话对我有帮助', mean: mean(1) },
      ],
      comments: answers.map((a) => a.comment).sort(),
    });
    expect(await summaryAt(p.gatewayUrl)).toEqual(first);
    expect(await summaryAt(p.schoolUrl)).toEqual(first);
    const item = await feedbackItemOfA();
    expect(item).not.toBeNull();
    expect(await feedbackItemOfA()).toBe(item);
    // Late: refused, and nothing changes.
    const late = await submitAnswer(p.gatewayUrl, studentToken(otherStudent), ballots.get(respondents[0])!, {
      scores: [1, 1],
    });
    expect(late.userErrors).toEqual([{ field: 'surveyId', code: 'SURVEY_CLOSED' }]);
    expect(await summaryAt(p.gatewayUrl)).toEqual(first);
    // The lone answer about mentor B was not written (its ballot is spent); A's twelve were.
    expect(
      await p.school.query('SELECT mentor_id, count(*)::int AS n FROM survey_response GROUP BY mentor_id'),
    ).toEqual([{ mentor_id: mentorA, n: RESPONDENTS }]);
    expect((await p.school.query('SELECT count(*)::int AS n FROM survey_spent_ballot'))[0].n).toBe(RESPONDENTS + 1);
    // The signing keys' private halves are gone once sealed.
    expect(
      (await p.school.query('SELECT count(*)::int AS n FROM survey_ballot_key WHERE private_key IS NOT NULL'))[0].n,
    ).toBe(0);
  });

  it('the database owner cannot tie a receipt to an answer: no shared xid, no timestamp, no sequence, no order', async () => {
    const db = new Client({ connectionString: p.databaseUrls.school });
    await db.connect();
    try {
      expect((await db.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows[0].rolsuper).toBe(
        true,
      );
      const q = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
      const survey = (
        await q('SELECT id FROM survey WHERE school_id = $1 AND term = $2 AND audience = $3', [
          schoolId,
          '2026-2027-1',
          'STUDENT',
        ])
      )[0].id;
      // Joins on the transaction: no answer and no spent ballot was written by a receipt's transaction.
      expect(await q('SELECT 1 FROM survey_receipt r JOIN survey_response a ON a.xmin = r.xmin')).toEqual([]);
      expect(await q('SELECT 1 FROM survey_receipt r JOIN survey_spent_ballot s ON s.xmin = r.xmin')).toEqual([]);
      expect(
        await q(
          `SELECT 1 FROM survey_receipt r JOIN survey_response a ON a.xmax::text = r.xmin::text OR (a.xmax::text <> '0' AND a.xmax::text = r.xmax::text)`,
        ),
      ).toEqual([]);
      // No timestamps, no sequences, no identity columns on any of the three tables.
      const columns = await q(
        `SELECT table_name, column_name, data_type, column_default, is_identity FROM information_schema.columns WHERE table_name IN ('survey_response', 'survey_receipt', 'survey_spent_ballot')`,
      );
      expect(
        columns.filter(
          (c) =>
            /time|date|interval/.test(c.data_type) || /nextval/.test(c.column_default ?? '') || c.is_identity === 'YES',
        ),
      ).toEqual([]);
      expect(
        await q(
          `SELECT c.relname FROM pg_class c JOIN pg_depend d ON d.objid = c.oid JOIN pg_class t ON t.oid = d.refobjid WHERE c.relkind = 'S' AND t.relname IN ('survey_response', 'survey_receipt', 'survey_spent_ballot')`,
        ),
      ).toEqual([]);

      // Every ordering of receipts against every ordering of answers (A's respondents and A's answers):
      // zipped, how many respondents get their own answer? Chance is about 1 of 12.
      const commitTimestamps = (await q('SHOW track_commit_timestamp'))[0].track_commit_timestamp === 'on';
      const receiptOrders: Record<string, string> = {
        xmin: 'xmin::text::bigint, ctid',
        ctid: 'ctid',
        cmin: 'cmin::text::bigint, ctid',
        respondent: 'respondent_id',
        ...(commitTimestamps ? { committed: 'pg_xact_commit_timestamp(xmin), ctid' } : {}),
      };
      const answerOrders: Record<string, string> = {
        xmin: 'xmin::text::bigint, ctid',
        ctid: 'ctid',
        cmin: 'cmin::text::bigint, ctid',
        id: 'id',
        'xmin desc': 'xmin::text::bigint DESC, ctid DESC',
        ...(commitTimestamps ? { committed: 'pg_xact_commit_timestamp(xmin), ctid' } : {}),
      };
      const commentOf = new Map([...truth].map(([who, a]) => [a.comment, who]));
      const hits: Record<string, number> = {};
      for (const [rName, rOrder] of Object.entries(receiptOrders)) {
        const receipts = (
          await q(
            `SELECT respondent_id FROM survey_receipt WHERE survey_id = $1 AND respondent_id = ANY($2) ORDER BY ${rOrder}`,
            [survey, respondents],
          )
        ).map((r) => r.respondent_id);
        for (const [aName, aOrder] of Object.entries(answerOrders)) {
          const answers = (
            await q(`SELECT comment FROM survey_response WHERE survey_id = $1 AND mentor_id = $2 ORDER BY ${aOrder}`, [
              survey,
              mentorA,
            ])
          ).map((r) => r.comment);
          expect(answers).toHaveLength(RESPONDENTS);
          hits[`${rName}→${aName}`] = receipts.filter((who, k) => commentOf.get(answers[k]) === who).length;
        }
      }
      // Without the fix the xmin join alone named 12 of 12. Now no ordering comes close: a random
      // permutation of 12 matches about one (fewer than 8 with probability 1 − 10⁻⁵).
      for (const [pair, n] of Object.entries(hits)) expect([pair, n < 8]).toEqual([pair, true]);
      expect(Object.values(hits).some((n) => n === RESPONDENTS)).toBe(false);
      // The spent ballots hold only hashes of tokens the service never saw signed: nothing to join on.
      expect(
        (
          await q(
            `SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_spent_ballot' ORDER BY 1`,
          )
        ).map((c) => c.column_name),
      ).toEqual(['survey_id', 'token_hash']);
    } finally {
      await db.end();
    }
  });

  it('a restart loses what is held, not the right to answer: a fresh process takes the same unspent ballot again (guardians too)', async () => {
    const { openSurvey } = await gql(
      p.gatewayUrl,
      p.token('school-admin'),
      'mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { survey { id } } }',
      {
        i: {
          term: '2026-2027-1',
          audience: 'PARENT',
          questions: ['导师与家长沟通及时'],
          opensAt: '2026-11-26T00:00:00Z',
          closesAt: '2026-12-31T00:00:00Z',
        },
      },
    );
    const guardian = p.token('guardian');
    const ballot = await getBallot(p.gatewayUrl, guardian, openSurvey.survey.id);
    expect(await submitAnswer(p.schoolUrl, guardian, ballot, { scores: [4] })).toEqual({
      status: 'QUEUED',
      userErrors: [],
    });
    expect((await submitAnswer(p.schoolUrl, guardian, ballot, { scores: [4] })).userErrors).toEqual([
      { field: 'token', code: 'BALLOT_SPENT' },
    ]);
    // Held in the first process only: nothing of it is in the database, so the ballot is not spent there.
    expect(
      (
        await p.school.query('SELECT count(*)::int AS n FROM survey_spent_ballot WHERE survey_id = $1', [
          fromGlobalId(openSurvey.survey.id, 'Survey'),
        ])
      )[0].n,
    ).toBe(0);
    const restarted = await createSchoolDataSource(p.databaseUrls.school).initialize();
    const app = await createSchoolApp({
      dataSource: restarted,
      port: 0,
      auth: loadAuthConfig({ NODE_ENV: 'test' }),
      now: p.clock.now,
    });
    try {
      expect(await submitAnswer(app.url, guardian, ballot, { scores: [4] })).toEqual({
        status: 'QUEUED',
        userErrors: [],
      });
      expect((await submitAnswer(app.url, guardian, ballot, { scores: [4] })).userErrors).toEqual([
        { field: 'token', code: 'BALLOT_SPENT' },
      ]);
    } finally {
      await app.stop();
      await restarted.destroy();
    }
  });

  it('nothing else names a respondent: no new row outside the receipts, no log line', async () => {
    const after = await rowsNaming(respondents);
    const grown = [...after].filter(([t, n]) => n > (rowsNamingRespondents.get(t) ?? 0)).map(([t]) => t);
    expect(grown).toEqual(['survey_receipt']);
    const secrets = [
      ...respondents,
      ...[...truth.values()].map((a) => a.comment),
      ...[...ballots.values()].map((b) => b.token),
    ];
    expect(logged.filter((line) => secrets.some((s) => line.includes(s)))).toEqual([]);
  });
});
