import { randomUUID } from 'node:crypto';

import { errorCodes, execute } from '@mentorship/testing';

import { type MentorDay, startMentorDay } from '../support/mentor-day';
import type { TestPlatform } from '../support/platform';

describe('the access log of personal data', () => {
  let p: TestPlatform;
  let mentor: string;
  let mentees: MentorDay['mentees'];
  let gql: MentorDay['gql'];
  let ok: MentorDay['ok'];
  beforeAll(async () => {
    ({ p, mentor, mentees, gql, ok } = await startMentorDay());
    expect(mentees.length).toBeGreaterThan(3);
  });
  afterAll(() => p?.stop());

  describe('access log', () => {
    it(
      'every read of personal data is logged with who, which student, which fields and the platform’s ' +
        'request id; the admin sees counts, not the data',
      async () => {
        const requestId = `test-${randomUUID()}`;
        await execute(
          p.gatewayUrl,
          'query($id: ID!) { student(id: $id) { archive { personality } attentionCategories { category } } }',
          { token: mentor, variables: { id: mentees[1].gid }, headers: { 'x-request-id': requestId } },
        );
        const [row] = await p.school.query(
          `SELECT actor_id, actor_role, action, student_id, fields, sealed, request_id FROM access_log ` +
            `WHERE student_id = $1 AND action = 'READ' ORDER BY id DESC LIMIT 1`,
          [mentees[1].id],
        );
        // The gateway names the request itself: the client's x-request-id is not what the log keeps.
        expect(row).toEqual({
          actor_id: p.logins.find((l) => l.login === 'mentor-1')!.personId,
          actor_role: 'MENTOR',
          action: 'READ',
          student_id: mentees[1].id,
          fields: ['archive', 'attentionCategories'],
          sealed: false,
          request_id: expect.not.stringMatching(requestId),
        });
        const log = await ok(
          p.token('school-admin'),
          '{ accessLogSummary { nodes { reader { name } readerRole studentsTouched readRequests } } }',
        );
        expect(log.accessLogSummary.nodes).toContainEqual(
          expect.objectContaining({
            reader: { name: p.logins.find((l) => l.login === 'mentor-1')!.name },
            readerRole: 'MENTOR',
          }),
        );
        expect(
          errorCodes(
            await gql(p.token('school-admin'), 'query($id: ID!) { student(id: $id) { archive { personality } } }', {
              id: mentees[1].gid,
            }),
          ),
        ).toEqual(['FORBIDDEN']);
        expect(errorCodes(await gql(mentor, '{ accessLogSummary { nodes { day } } }'))).toEqual(['FORBIDDEN']);
      },
    );
  });
});
