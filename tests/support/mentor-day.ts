import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';

import { gatewayCalls, startTestPlatform, type TestPlatform } from './platform';

export const hour = 3600_000;
/** The school clock of a mentor's day: mid-November of term 2026-2027-1. */
export const NOW = '2026-11-15T10:00:00Z';

export const createRecordMutation =
  'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { ' +
  'record { id kind term content } replayed userErrors { field code } } }';

type Variables = Record<string, unknown>;

/** A booted platform set to NOW, mentor-1's token and lead mentees, and the calls every daily-work test makes. */
export type MentorDay = Awaited<ReturnType<typeof startMentorDay>>;

/**
 * Boots the platform for one domain's e2e file of a mentor's daily work. Use it in `beforeAll`; stop `p` in
 * `afterAll`.
 */
export async function startMentorDay() {
  const p = await startTestPlatform();
  p.clock.set(NOW);
  const me = p.logins.find((l) => l.login === 'mentor-1')!;
  const rows = await p.school.query(
    `SELECT s.id, s.name FROM mentorship m JOIN student s ON s.id = m.student_id
      WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND m.role = 'LEAD' ORDER BY s.student_number`,
    [me.personId],
  );
  const mentees: { id: string; gid: string; name: string }[] = rows.map((r: { id: string; name: string }) => ({
    id: r.id,
    name: r.name,
    gid: toGlobalId('Student', r.id),
  }));
  const { gql, ok } = gatewayCalls(() => p);
  const record = (token: string, input: Variables) =>
    ok(token, createRecordMutation, {
      i: { idempotencyKey: randomUUID(), occurredAt: NOW, content: '谈了学习计划', ...input },
    });
  return { p, mentor: p.token('mentor-1'), mentees, gql, ok, record };
}
