import { surveySubmission } from '@mentorship/client';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes } from '@mentorship/testing';

import { gatewayCalls, type TestPlatform } from '../support/platform';
import { getBallot, SUBMIT, submitAnswer } from '../support/survey-ballots';
import { OPEN_CYCLE, recordAs, rubricItem, startEvaluationPlatform, studentTokenOf } from './evaluation-setup';

describe('mentor evaluation (考核) computed from the records, and anonymous surveys', () => {
  let p: TestPlatform;
  let mentorId: string;
  let mentees: string[];
  let cycleId: string;
  const { gql, ok } = gatewayCalls(() => p);
  const admin = () => p.token('school-admin');
  const studentToken = (id: string) => studentTokenOf(p, id);
  const record = (input: Record<string, unknown>) => recordAs(p, input);

  beforeAll(async () => {
    ({ p, mentorId, mentees } = await startEvaluationPlatform());
  });
  afterAll(() => p?.stop());

  it('an adapted rubric must add up to 100 and say why; the default template needs nothing', async () => {
    const [open, item] = [OPEN_CYCLE, rubricItem];
    const notHundred = await ok(admin(), open, { i: { term: '2026-2027-1', rubric: [item('MATCHING', 50)] } });
    expect(notHundred.openEvaluationCycle.userErrors).toEqual([{ field: 'rubric', code: 'WEIGHTS_NOT_100' }]);
    const noNote = await ok(admin(), open, {
      i: { term: '2026-2027-1', rubric: [item('MATCHING', 50), item('SELF_REVIEW', 50, 'ENTERED', 'SELF')] },
    });
    expect(noNote.openEvaluationCycle.userErrors).toEqual([
      { field: 'adaptationNote', code: 'ADAPTATION_NOTE_REQUIRED' },
    ]);
    expect((await p.school.query('SELECT count(*)::int n FROM evaluation_cycle'))[0].n).toBe(0);
    const res = await ok(admin(), open, { i: { term: '2026-2027-1' } });
    expect(res.openEvaluationCycle.cycle.rubric.map((r: { key: string; weight: number }) => [r.key, r.weight])).toEqual(
      [
        ['MATCHING', 10],
        ['GROUP_ACTIVITY', 20],
        ['INDIVIDUAL_GUIDANCE', 20],
        ['ATTRITION', 20],
        ['STUDENT_FEEDBACK', 20],
        ['PARENT_FEEDBACK', 10],
      ],
    );
    cycleId = res.openEvaluationCycle.cycle.id;
  });

  it(
    'surveys are anonymous: answers come with blind-signed ballots, one each, and results only after ' +
      'close from 5 answers',
    async () => {
      const survey = await ok(
        admin(),
        'mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { survey { id questions } userErrors { code } } }',
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
      const surveyId = survey.openSurvey.survey.id;
      const summary =
        '{ me { surveySummary(audience: STUDENT) { closed responses suppressed questions { question mean ' +
        '} comments { nodes { text } } } } }';
      const ballots = [];
      for (const [i, s] of mentees.slice(0, 4).entries()) {
        const ballot = await getBallot(p.gatewayUrl, studentToken(s), surveyId);
        ballots.push(ballot);
        expect(
          await submitAnswer(p.gatewayUrl, studentToken(s), ballot, { scores: [5, 4 + (i % 2)], comment: `评论${i}` }),
        ).toEqual({ status: 'QUEUED', userErrors: [] });
      }
      // One ballot per respondent, one answer per ballot.
      await expect(getBallot(p.gatewayUrl, studentToken(mentees[0]), surveyId)).rejects.toThrow('ALREADY_HAS_BALLOT');
      expect(
        (await submitAnswer(p.gatewayUrl, studentToken(mentees[0]), ballots[0], { scores: [1, 1] })).userErrors,
      ).toEqual([{ field: 'token', code: 'BALLOT_SPENT' }]);
      const withheld = {
        closed: false,
        responses: null,
        suppressed: true,
        questions: [
          { question: '导师关心我', mean: null },
          { question: '谈话对我有帮助', mean: null },
        ],
        comments: { nodes: [] },
      };
      expect((await ok(p.token('mentor-1'), summary)).me.surveySummary).toEqual(withheld);
      await submitAnswer(
        p.gatewayUrl,
        studentToken(mentees[4]),
        await getBallot(p.gatewayUrl, studentToken(mentees[4]), surveyId),
        { scores: [3, 3] },
      );
      // Five answers, but the survey is open: still nothing (reading at 5 and at 6 would give the 6th away).
      expect((await ok(p.token('mentor-1'), summary)).me.surveySummary).toEqual(withheld);
      // Held in memory, not in the database, until a batch is written or the survey closes.
      expect((await p.school.query('SELECT count(*)::int AS n FROM survey_response'))[0].n).toBe(0);
      p.clock.set('2026-11-26T08:00:00Z');
      const shown = (await ok(p.token('mentor-1'), summary)).me.surveySummary;
      expect(shown).toMatchObject({
        closed: true,
        responses: 5,
        suppressed: false,
        questions: [{ mean: 4.6 }, { mean: 4.2 }],
        comments: { nodes: ['评论0', '评论1', '评论2', '评论3'].map((text) => ({ text })) },
      }); // (5+5+5+5+3)/5, (4+5+4+5+3)/5
      expect((await ok(p.token('mentor-1'), summary)).me.surveySummary).toEqual(shown);
      const columns = (
        await p.school.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_response'`)
      ).map((c: { column_name: string }) => c.column_name);
      expect(columns.sort()).toEqual(['comment', 'id', 'mentor_id', 'school_id', 'scores', 'survey_id']);
      expect(
        errorCodes(await gql(p.token('mentor-1'), SUBMIT, { i: surveySubmission(ballots[1], { scores: [5, 5] }) })),
      ).toEqual(['FORBIDDEN']);
    },
  );

  it(
    'the school admin lists the school’s surveys and reads each over the whole school: nothing while ' +
      'open, counts and means after close, no comments',
    async () => {
      // The student survey closed (the clock is past it) with 5 answers; a parent survey is still open.
      await ok(admin(), 'mutation($i: OpenSurveyInput!) { openSurvey(input: $i) { userErrors { code } } }', {
        i: {
          term: '2026-2027-1',
          audience: 'PARENT',
          questions: ['导师与家长沟通及时'],
          opensAt: '2026-11-20T00:00:00Z',
          closesAt: '2026-12-20T00:00:00Z',
        },
      });
      const list =
        '{ surveys { totalCount nodes { term audience questions schoolSummary { closed responses suppressed ' +
        'questions { question mean } } } } }';
      const { surveys } = await ok(admin(), list);
      expect(surveys.totalCount).toBe(2);
      expect(surveys.nodes).toEqual([
        {
          term: '2026-2027-1',
          audience: 'PARENT',
          questions: ['导师与家长沟通及时'],
          schoolSummary: {
            closed: false,
            responses: null,
            suppressed: true,
            questions: [{ question: '导师与家长沟通及时', mean: null }],
          },
        },
        {
          term: '2026-2027-1',
          audience: 'STUDENT',
          questions: ['导师关心我', '谈话对我有帮助'],
          schoolSummary: {
            closed: true,
            responses: 5,
            suppressed: false,
            questions: [
              { question: '导师关心我', mean: 4.6 },
              { question: '谈话对我有帮助', mean: 4.2 },
            ],
          },
        },
      ]);
      // Comments are the mentor's alone: the school's summary has no such field.
      expect(errorCodes(await gql(admin(), '{ surveys { nodes { schoolSummary { comments } } } }'))).toEqual([
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      expect((await ok(p.token('school-admin-2'), list)).surveys.nodes).toEqual([]);
      for (const login of ['mentor-1', 'grade-lead', 'student', 'district-admin'])
        expect(errorCodes(await gql(p.token(login), list))).toContain('FORBIDDEN');
    },
  );

  it(
    'items are computed from the data: matching, group activity per round, monthly guidance, attrition, ' +
      'student feedback by tercile',
    async () => {
      // The clock stands after the survey's close (still November): the feedback item uses its sealed answers.
      // A mentee who asked to change mentor mid-term is a lost student (not an administrative change).
      await p.school.query(
        `UPDATE mentorship SET ended_on = '2026-11-01', end_reason = 'STUDENT_REQUEST' ` +
          `WHERE mentor_id = $1 AND student_id = $2 AND ended_on IS NULL`,
        [mentorId, mentees.at(-1)],
      );
      const q =
        'query { evaluationCycles { nodes { status results(first: 100) { totalCount nodes { teacher { id } ' +
        'items { key score } total level } } distribution { excellent qualified needsImprovement } } } }';
      const {
        evaluationCycles: {
          nodes: [cycle],
        },
      } = await ok(admin(), q);
      const mine = cycle.results.nodes.find(
        (r: { teacher: { id: string } }) => r.teacher.id === toGlobalId('Teacher', mentorId),
      );
      const score = Object.fromEntries(mine.items.map((i: { key: string; score: number | null }) => [i.key, i.score]));
      // November of Sep–Nov, for the mentees still paired
      const guidance = Math.round(((20 * (mentees.length - 1)) / ((mentees.length - 1) * 3)) * 10) / 10;
      expect(score).toEqual({
        MATCHING: 10,
        GROUP_ACTIVITY: 13.3,
        INDIVIDUAL_GUIDANCE: guidance,
        ATTRITION: 10,
        STUDENT_FEEDBACK: 20,
        PARENT_FEEDBACK: null,
      });
      expect(mine.total).toBeCloseTo(10 + 13.3 + guidance + 10 + 20, 5);
      expect(mine.level).toBe(mine.total >= 85 ? 'EXCELLENT' : mine.total >= 60 ? 'QUALIFIED' : 'NEEDS_IMPROVEMENT');
      const d = cycle.distribution;
      expect(d.excellent + d.qualified + d.needsImprovement).toBe(cycle.results.totalCount);
    },
  );

  it('published results are read-only; the mentor sees their own, nobody but the school admin sees all', async () => {
    const publish =
      'mutation($c: ID!) { publishEvaluationCycle(cycleId: $c) { cycle { status publishedAt } userErrors { code } } }';
    expect((await ok(admin(), publish, { c: cycleId })).publishEvaluationCycle.cycle.status).toBe('PUBLISHED');
    expect((await ok(admin(), publish, { c: cycleId })).publishEvaluationCycle.userErrors).toEqual([
      { code: 'CYCLE_PUBLISHED' },
    ]);
    // New data after publication changes nothing in the frozen results.
    const totals = '{ evaluationCycles { nodes { results { nodes { total } } } } }';
    const before = (await ok(admin(), totals)).evaluationCycles.nodes[0].results.nodes;
    await record({
      kind: 'GROUP_ACTIVITY',
      studentIds: [toGlobalId('Student', mentees[0])],
      occurredAt: '2026-10-10T08:00:00Z',
      place: '教室',
      topic: '补',
    });
    expect((await ok(admin(), totals)).evaluationCycles.nodes[0].results.nodes).toEqual(before);
    const mine = await ok(p.token('mentor-1'), '{ me { evaluations { term total level items { key score } } } }');
    expect(mine.me.evaluations).toHaveLength(1);
    expect(mine.me.evaluations[0].term).toBe('2026-2027-1');
    for (const login of ['mentor-1', 'grade-lead', 'district-admin', 'school-admin-2']) {
      const res = await gql(p.token(login), totals);
      if (login === 'school-admin-2') expect(res.data?.evaluationCycles.nodes).toEqual([]);
      else expect(errorCodes(res)).toContain('FORBIDDEN');
    }
  });
});
