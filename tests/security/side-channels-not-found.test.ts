import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { comparable, startVictim, type Victim } from '../support/side-channel-victim';

/**
 * Side channels (issue 12, "No oracle"): each attack is performed for real, once with the hidden fact true and once
 * with it false, through the gateway and directly at the subgraph; the caller must get the same answer both times.
 * See services/school/SIDE-CHANNELS.md. Here: NOT_FOUND vs FORBIDDEN (2): a record id outside your mentees answers
 * like no record at all.
 */
describe('side channels: no answer depends on what the caller cannot read', () => {
  let p: Victim['p'];
  let victim: Victim['victim'];
  let admin: Victim['admin'];
  beforeAll(async () => {
    ({ p, victim, admin } = await startVictim());
  });
  afterAll(() => p?.stop());

  describe('NOT_FOUND vs FORBIDDEN (2): a record id outside your mentees answers like no record at all', () => {
    const PUBLISH =
      'mutation($r: ID!) { publishWrittenFeedback(recordId: $r) { record { id } userErrors { field code message } } }';

    it.each([['gateway'], ['school subgraph']])(
      'publishWrittenFeedback of another mentor’s 成长寄语 and of a made-up id give the same answer (%s)',
      async (where) => {
        const url = where === 'gateway' ? p.gatewayUrl : p.schoolUrl;
        const written = expectNoGraphQLErrors(
          await execute(
            p.gatewayUrl,
            'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { ' +
              'id } userErrors { code } } }',
            {
              token: p.token('mentor-1'),
              variables: {
                i: {
                  idempotencyKey: randomUUID(),
                  kind: 'WRITTEN_FEEDBACK',
                  studentIds: [victim.gid],
                  occurredAt: new Date(Date.now() - 3600_000).toISOString(),
                  content: '寄语',
                },
              },
            },
          ),
        ).createMentorRecord.record.id;
        // mentor-2 does not mentor the victim: whether the record exists is none of their business.
        const existing = await execute(url, PUBLISH, { token: p.token('mentor-2'), variables: { r: written } });
        const madeUp = await execute(url, PUBLISH, {
          token: p.token('mentor-2'),
          variables: { r: toGlobalId('MentorRecord', randomUUID()) },
        });
        const otherSchool = await execute(url, PUBLISH, {
          token: p.token('school-admin-2'),
          variables: { r: written },
        });
        expect(comparable(existing)).toEqual(comparable(madeUp));
        expect(comparable(otherSchool)).toEqual(comparable(madeUp));
        expect(expectNoGraphQLErrors(madeUp).publishWrittenFeedback).toEqual({
          record: null,
          userErrors: [{ field: 'recordId', code: 'NOT_FOUND', message: expect.any(String) }],
        });
        expect(
          (
            await p.school.query('SELECT published_at FROM mentor_record WHERE id = $1', [
              Buffer.from(written, 'base64url').toString().split(':')[1],
            ])
          )[0].published_at,
        ).toBeNull();
      },
    );
  });

  // These held before issue 12 (the wall is the first thing each write checks); they guard that order,
});
