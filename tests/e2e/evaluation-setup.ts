// The evaluation tests' school: the demo district at NOW, mentor-1's LEAD mentees with group activities in
// September and November (2 of the 3 months so far) and a talk with every mentee in November only.
import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

export const NOW = '2026-11-20T08:00:00Z';

export const OPEN_CYCLE =
  'mutation($i: OpenEvaluationCycleInput!) { openEvaluationCycle(input: $i) { cycle { id status ' +
  'rubric { key weight source party } } userErrors { field code } } }';

/** One rubric item, labelled by its key. */
export const rubricItem = (key: string, weight: number, source = 'COMPUTED', party = 'PLATFORM') => ({
  key,
  label: key,
  weight,
  source,
  party,
});

/** mentor-1 records a piece of work. */
export const recordAs = async (p: TestPlatform, input: Record<string, unknown>) =>
  expectNoGraphQLErrors(
    await execute(
      p.gatewayUrl,
      'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
      { token: p.token('mentor-1'), variables: { i: { idempotencyKey: randomUUID(), content: '记录', ...input } } },
    ),
  );

/** A student's own token, in the demo district's first school. */
export const studentTokenOf = (p: TestPlatform, id: string) =>
  p.tokenFor({
    personId: id,
    role: Role.STUDENT,
    districtId: p.demo.district.id,
    schoolId: p.demo.schools[0].id,
    studentId: id,
  });

export async function startEvaluationPlatform(): Promise<{ p: TestPlatform; mentorId: string; mentees: string[] }> {
  const p = await startTestPlatform();
  p.clock.set(NOW);
  const mentorId = p.logins.find((l) => l.login === 'mentor-1')!.personId;
  const mentees: string[] = (
    await p.school.query(
      `SELECT student_id FROM mentorship WHERE mentor_id = $1 AND role = 'LEAD' AND ended_on IS NULL ` +
        `ORDER BY student_id`,
      [mentorId],
    )
  ).map((r: { student_id: string }) => r.student_id);
  const gids = mentees.map((id) => toGlobalId('Student', id));
  const activity = { kind: 'GROUP_ACTIVITY', studentIds: gids };
  await recordAs(p, { ...activity, occurredAt: '2026-09-10T08:00:00Z', place: '操场', topic: '素质拓展' });
  await recordAs(p, { ...activity, occurredAt: '2026-11-05T08:00:00Z', place: '图书馆', topic: '读书会' });
  for (const s of gids) await recordAs(p, { kind: 'TALK', studentIds: [s], occurredAt: '2026-11-12T08:00:00Z' });
  return { p, mentorId, mentees };
}
