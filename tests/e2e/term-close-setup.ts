// The term-close tests' school: the demo district with a term of activity, seen on 2027-01-10, with a few
// things of our own on top; the queries they send.
import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { gatewayCalls, startTestPlatform, TEST_SCALE, type TestPlatform } from '../support/platform';

export const TERM = '2026-2027-1';
export const FIGURES = `students studentsWithLeadMentor coverage teachers teachersMentoring certifiedMentors \
homeVisitDone talkDone writtenFeedbackDone allDutiesDone schoolName
  optionalActions { action records students } training { teachers requiredComplete hours } evaluation { excellent \
qualified needsImprovement }
  attentionStudents { atLeast atMost } crisisRaisedInTerm { atLeast atMost } crisisOpenAtClose { atLeast atMost } \
hasOverdueCrisisAlert`;
export const CHECKLIST =
  'query($t: String!) { termCloseChecklist(term: $t) { studentsWithoutPublishedFeedback ' +
  'unpublishedFeedbackDrafts openCrisisAlerts openSurveys evaluationPublished readyToClose closed } }';
export const CLOSE =
  `mutation($i: CloseTermInput!) { closeTerm(input: $i) { alreadyClosed close { term sentToDistrict ` +
  `figures { ${FIGURES} } } userErrors { field code } } }`;
export const REPORT =
  'query($t: String!, $f: ReportFormat!) { termClose(term: $t) { report(format: $f) { filename ' +
  'contentType base64 } } }';
export const DISTRICT =
  'query($t: String!) { districtTermClosing(term: $t) { closed schoolsClosed schools { school { id name } closed } } }';
export const band = (b: { atLeast: number; atMost: number }) => `${b.atLeast}–${b.atMost}`;

/** Demo-like: a term of the mentors' work and the district's training, as the demo seeds them. */
export async function startTermClosePlatform(): Promise<TestPlatform> {
  const p = await startTestPlatform({ ...TEST_SCALE, activity: true });
  const { ok } = gatewayCalls(() => p);
  p.clock.set('2027-01-10T08:00:00Z');
  // A few things of our own on top: optional actions, a talk, a crisis alert (a small count).
  const mentees: { student_id: string }[] = await p.school.query(
    `SELECT student_id FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL ORDER BY student_id`,
    [p.logins.find((l) => l.login === 'mentor-1')!.personId],
  );
  const record = (input: Record<string, unknown>) =>
    ok(
      p.token('mentor-1'),
      'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
      { i: { idempotencyKey: randomUUID(), content: '记录', occurredAt: '2026-12-15T08:00:00Z', ...input } },
    );
  for (const m of mentees.slice(0, 3))
    await record({
      kind: 'OPTIONAL_ACTION',
      optionalAction: '共读一本书',
      studentIds: [toGlobalId('Student', m.student_id)],
    });
  await ok(
    p.token('mentor-1'),
    'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { userErrors { code } } }',
    {
      i: {
        studentId: toGlobalId('Student', mentees[0].student_id),
        level: 'MODERATE',
        description: '情绪低落',
        idempotencyKey: randomUUID(),
      },
    },
  );
  return p;
}

/** The school admin publishes the term's evaluation and closes the term; its frozen figures. */
export async function closeSchoolTerm(p: TestPlatform) {
  const ok = async (query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await execute(p.gatewayUrl, query, { token: p.token('school-admin'), variables }));
  await ok('mutation { openEvaluationCycle(input: { term: "2026-2027-1" }) { userErrors { code } } }');
  const [cycle] = await p.school.query('SELECT id FROM evaluation_cycle WHERE school_id = $1', [p.demo.schools[0].id]);
  await ok('mutation($c: ID!) { publishEvaluationCycle(cycleId: $c) { userErrors { code } } }', {
    c: toGlobalId('EvaluationCycle', cycle.id),
  });
  const closed = (await ok(CLOSE, { i: { term: TERM, acceptOpenItems: true } })).closeTerm;
  expect(closed.userErrors).toEqual([]);
  return closed.close.figures;
}
