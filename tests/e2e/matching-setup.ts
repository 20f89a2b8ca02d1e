// The matching tests' school: the demo district's first school, a round for the grade of the `student` login.
import { toGlobalId } from '@mentorship/graphql';
import { expectNoGraphQLErrors } from '@mentorship/testing';

import { gatewayCalls, startTestPlatform, type TestPlatform } from '../support/platform';

const hour = 3600_000;

/** Calls through the gateway as the school admin or anyone else, for the platform `platform()` returns. */
export function matchingCalls(platform: () => TestPlatform) {
  const admin = () => platform().token('school-admin');
  const { gql } = gatewayCalls(platform);
  return { admin, gql };
}

/** The round's input: open since an hour ago for a day, for one grade. */
export const roundInput = (gradeId: string) => ({
  academicYear: '2026-2027',
  opensAt: new Date(Date.now() - hour).toISOString(),
  closesAt: new Date(Date.now() + 24 * hour).toISOString(),
  gradeIds: [gradeId],
});

/** A mentor's token in a school of the demo district, from the mentor's global id. */
export const mentorToken = (p: TestPlatform, teacherId: string, schoolIndex = 0) =>
  p.tokenFor({
    personId: Buffer.from(teacherId, 'base64url').toString().split(':')[1],
    role: 'MENTOR' as never,
    districtId: p.demo.district.id,
    schoolId: p.demo.schools[schoolIndex].id,
  });

/** Starts the platform; `studentId` and `gradeId` are the `student` login's global ids. */
export async function startMatchingPlatform(): Promise<{ p: TestPlatform; studentId: string; gradeId: string }> {
  const p = await startTestPlatform();
  const { admin, gql } = matchingCalls(() => p);
  const me = p.logins.find((l) => l.login === 'student')!;
  const studentId = toGlobalId('Student', me.studentId!);
  const s = expectNoGraphQLErrors(
    await gql(admin(), 'query($id: ID!) { student(id: $id) { classroom { grade { id level } } } }', { id: studentId }),
  );
  return { p, studentId, gradeId: s.student.classroom.grade.id };
}

/**
 * Opens a round for the grade; the `student` login ranks the first three eligible mentors and the first
 * of them accepts.
 */
export async function openRoundWithChoices(
  p: TestPlatform,
  gradeId: string,
  studentId: string,
): Promise<{ roundId: string; eligible: { id: string; name: string }[] }> {
  const { admin, gql } = matchingCalls(() => p);
  const opened = expectNoGraphQLErrors(
    await gql(
      admin(),
      'mutation($i: OpenMatchingRoundInput!) { openMatchingRound(input: $i) { round { id } userErrors { code } } }',
      { i: roundInput(gradeId) },
    ),
  ).openMatchingRound;
  if (opened.userErrors.length) throw new Error(`round not opened: ${JSON.stringify(opened.userErrors)}`);
  const roundId: string = opened.round.id;
  const eligible: { id: string; name: string }[] = expectNoGraphQLErrors(
    await gql(p.token('student'), 'query($r: ID!) { eligibleMentors(roundId: $r, first: 100) { nodes { id name } } }', {
      r: roundId,
    }),
  ).eligibleMentors.nodes;
  const submitted = expectNoGraphQLErrors(
    await gql(
      p.token('student'),
      'mutation($i: SubmitPreferencesInput!) { submitPreferences(input: $i) { userErrors { code } } }',
      { i: { roundId, mentorIds: eligible.slice(0, 3).map((m) => m.id) } },
    ),
  ).submitPreferences;
  if (submitted.userErrors.length) throw new Error(`preferences refused: ${JSON.stringify(submitted.userErrors)}`);
  const decided = expectNoGraphQLErrors(
    await gql(
      mentorToken(p, eligible[0].id),
      'mutation($i: DecideOnStudentInput!) { decideOnStudent(input: $i) { userErrors { code } } }',
      { i: { roundId, studentId, accept: true } },
    ),
  ).decideOnStudent;
  if (decided.userErrors.length) throw new Error(`not accepted: ${JSON.stringify(decided.userErrors)}`);
  return { roundId, eligible };
}
