import { constants, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

import { type SurveyBallot, surveySubmission, toBase64Url } from '@mentorship/client';

import { ballotKeyOf, getBallot, REQUEST_BALLOT, SUBMIT, submitAnswer } from '../support/survey-ballots';
import { AFTER_CLOSE, RESPONDENTS, useSurveyScenario } from '../support/survey-scenario';

interface CommentPage {
  totalCount: number;
  nodes: { text: string }[];
  edges: { cursor: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
const byText = (a: { text: string }, b: { text: string }) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/**
 * Issue 12, items 3 and 4: survey answers read by differencing, and answers linked to their respondents. Each
 * attack is performed for real, through the gateway and directly at the school subgraph, while the survey is open
 * and after it closed; nothing else names a respondent. The database owner's joins and a restart: survey-anonymity-
 * database.test.ts.
 */
describe('anonymous surveys: no differencing, no linking, one answer per blind-signed ballot', () => {
  const s = useSurveyScenario();

  it(
    'differencing: read at 5 and at 6 answers while open, the summary and the evaluation give ' +
      'nothing, and the same nothing',
    async () => {
      for (let i = 0; i < 5; i++) await s.answer(i, s.studentToken(s.otherStudent));
      const at5 = [await s.summaryAt(s.p.gatewayUrl), await s.summaryAt(s.p.schoolUrl)];
      const item5 = await s.feedbackItemOfA();
      await s.answer(5);
      const at6 = [await s.summaryAt(s.p.gatewayUrl), await s.summaryAt(s.p.schoolUrl)];
      expect(at6).toEqual(at5);
      expect(at5[0]).toEqual({
        closed: false,
        responses: null,
        suppressed: true,
        questions: [
          { question: '导师关心我', mean: null },
          { question: '谈话对我有帮助', mean: null },
        ],
        comments: { totalCount: 0, nodes: [] },
      });
      expect(item5).toBeNull();
      expect(await s.feedbackItemOfA()).toBeNull();
      // Nothing is in the database yet: six answers wait in memory for a batch.
      expect((await s.p.school.query('SELECT count(*)::int AS n FROM survey_response'))[0].n).toBe(0);
    },
  );

  it('one ballot per respondent; one answer per ballot; forged, unsigned and foreign ballots are refused', async () => {
    for (let i = 6; i < RESPONDENTS; i++) await s.answer(i);
    // The 10th answer filled the pool to 10: five of them, at random, were written in one batch.
    expect((await s.p.school.query('SELECT count(*)::int AS n FROM survey_response'))[0].n).toBe(5);
    expect((await s.p.school.query('SELECT count(*)::int AS n FROM survey_spent_ballot'))[0].n).toBe(5);

    // A second ballot: refused, through the gateway and at the subgraph, and no receipt is added.
    for (const url of [s.p.gatewayUrl, s.p.schoolUrl])
      await expect(getBallot(url, s.studentToken(s.respondents[0]), s.surveyId)).rejects.toThrow('ALREADY_HAS_BALLOT');
    // Double spending, whether the answer is still held or already written.
    for (const who of s.respondents) {
      expect(
        (
          await submitAnswer(s.p.gatewayUrl, s.studentToken(who), s.ballots.get(who)!, {
            scores: [1, 1],
            comment: 'again',
          })
        ).userErrors,
      ).toEqual([{ field: 'token', code: 'BALLOT_SPENT' }]);
    }
    const ballot = s.ballots.get(s.respondents[0])!;
    const refused = async (url: string, b: SurveyBallot) =>
      (await s.gql(url, s.studentToken(s.otherStudent), SUBMIT, { i: surveySubmission(b, { scores: [5, 5] }) }))
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
    for (const url of [s.p.gatewayUrl, s.p.schoolUrl]) {
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
    const keyOfB = await ballotKeyOf(s.p.gatewayUrl, s.studentToken(s.otherStudent), s.surveyId);
    expect(keyOfB.id).not.toBe(ballot.ballotKeyId);
    expect(await refused(s.p.gatewayUrl, { ...ballot, ballotKeyId: keyOfB.id })).toEqual([
      { field: 'signature', code: 'INVALID_BALLOT' },
    ]);
    const { requestSurveyBallot } = await s.gql(s.p.gatewayUrl, s.studentToken(s.otherStudent), REQUEST_BALLOT, {
      i: { surveyId: s.surveyId, ballotKeyId: ballot.ballotKeyId, blindedMessage: toBase64Url(randomBytes(256)) },
    });
    expect(requestSurveyBallot).toEqual({
      blindSignature: null,
      userErrors: [{ field: 'ballotKeyId', code: 'KEY_CHANGED' }],
    });
    expect((await s.p.school.query('SELECT count(*)::int AS n FROM survey_receipt'))[0].n).toBe(RESPONDENTS);
    // B's one respondent answers: fewer than 5 for B, so at close it is dropped, never written.
    expect(
      await submitAnswer(
        s.p.gatewayUrl,
        s.studentToken(s.otherStudent),
        await getBallot(s.p.gatewayUrl, s.studentToken(s.otherStudent), s.surveyId),
        { scores: [2, 2], comment: 'B' },
      ),
    ).toEqual({ status: 'QUEUED', userErrors: [] });
  });

  it('after close: the aggregate only, from the 12 true answers, the same on every read', async () => {
    s.p.clock.set(AFTER_CLOSE);
    const first = await s.summaryAt(s.p.gatewayUrl);
    const answers = [...s.truth.values()];
    const mean = (q: number) => Math.round((answers.reduce((s, a) => s + a.scores[q], 0) / answers.length) * 100) / 100;
    expect(first).toEqual({
      closed: true,
      responses: RESPONDENTS,
      suppressed: false,
      questions: [
        { question: '导师关心我', mean: mean(0) },
        { question: '谈话对我有帮助', mean: mean(1) },
      ],
      comments: { totalCount: RESPONDENTS, nodes: answers.map((a) => ({ text: a.comment })).sort(byText) },
    });
    expect(await s.summaryAt(s.p.gatewayUrl)).toEqual(first);
    expect(await s.summaryAt(s.p.schoolUrl)).toEqual(first);
    const item = await s.feedbackItemOfA();
    expect(item).not.toBeNull();
    expect(await s.feedbackItemOfA()).toBe(item);
    // Late: refused, and nothing changes.
    const late = await submitAnswer(s.p.gatewayUrl, s.studentToken(s.otherStudent), s.ballots.get(s.respondents[0])!, {
      scores: [1, 1],
    });
    expect(late.userErrors).toEqual([{ field: 'surveyId', code: 'SURVEY_CLOSED' }]);
    expect(await s.summaryAt(s.p.gatewayUrl)).toEqual(first);
    // The lone answer about mentor B was not written (its ballot is spent); A's twelve were.
    expect(
      await s.p.school.query('SELECT mentor_id, count(*)::int AS n FROM survey_response GROUP BY mentor_id'),
    ).toEqual([{ mentor_id: s.mentorA, n: RESPONDENTS }]);
    expect((await s.p.school.query('SELECT count(*)::int AS n FROM survey_spent_ballot'))[0].n).toBe(RESPONDENTS + 1);
    // The signing keys' private halves are gone once sealed.
    expect(
      (await s.p.school.query('SELECT count(*)::int AS n FROM survey_ballot_key WHERE private_key IS NOT NULL'))[0].n,
    ).toBe(0);
  });

  it('the comments page in alphabetical order; a cursor holds only the place in that order', async () => {
    const page =
      'query($after: String) { me { surveySummary(audience: STUDENT) { comments(first: 5, after: $after) { ' +
      'totalCount nodes { text } edges { cursor } pageInfo { endCursor hasNextPage } } } } }';
    const texts: string[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    do {
      const read: { me: { surveySummary: { comments: CommentPage } } } = await s.gql(
        s.p.gatewayUrl,
        s.mentorToken(s.mentorA),
        page,
        { after },
      );
      const { comments } = read.me.surveySummary;
      expect(comments.totalCount).toBe(RESPONDENTS);
      texts.push(...comments.nodes.map((c) => c.text));
      cursors.push(...comments.edges.map((e) => e.cursor));
      after = comments.pageInfo.hasNextPage ? comments.pageInfo.endCursor : null;
    } while (after);
    expect(texts).toEqual([...s.truth.values()].map((a) => a.comment).sort());
    expect(cursors.map((c) => Buffer.from(c, 'base64url').toString('utf8'))).toEqual(texts.map((_, i) => `["${i}"]`));
  });

  it('nothing else names a respondent: no new row outside the receipts, no log line', async () => {
    const after = await s.rowsNaming(s.respondents);
    const grown = [...after].filter(([t, n]) => n > (s.rowsNamingRespondents.get(t) ?? 0)).map(([t]) => t);
    expect(grown).toEqual(['survey_receipt']);
    const secrets = [
      ...s.respondents,
      ...[...s.truth.values()].map((a) => a.comment),
      ...[...s.ballots.values()].map((b) => b.token),
    ];
    expect(s.logged.filter((line) => secrets.some((s) => line.includes(s)))).toEqual([]);
  });
});
