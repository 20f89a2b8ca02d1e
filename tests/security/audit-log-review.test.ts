import { toGlobalId } from '@mentorship/graphql';
import { errorCodes, expectNoGraphQLErrors } from '@mentorship/testing';

import {
  AT_DAY1,
  AT_DAY2,
  DAY1,
  DAY2,
  FROM,
  gql,
  REVIEW,
  TELLING,
  TO,
  useAuditScenario,
} from '../support/audit-scenario';

/**
 * Issue 12, item 5: a school admin's review of the trail: whom a reader touched, and every review on record (the
 * day of work: ../support/audit-scenario.ts).
 */
describe('the audit trail watches without telling (issue 12, item 5)', () => {
  const s = useAuditScenario();

  describe('the school admin', () => {
    it(
      'a review of a mentor shows whom they read and wrote, by hour, and the alerted mentee exactly like any ' +
        'other',
      async () => {
        const reason = '家长投诉导师过度查阅档案，核查 11 月 16–17 日记录';
        const res = await s.ok(s.admin, REVIEW, {
          i: { reason, readerId: toGlobalId('Teacher', s.mentorId), from: FROM, to: TO },
        });
        const review = res.openAccessReview.review;
        expect(res.openAccessReview.userErrors).toEqual([]);
        expect(review).toMatchObject({ reason, reader: { id: toGlobalId('Teacher', s.mentorId) }, truncated: false });
        expect(JSON.stringify(review)).not.toMatch(TELLING);
        expect(
          review.entries.filter((e: any) => e.action === 'WRITE' && e.fields.includes('attentionCategories')),
        ).toEqual([]);
        const of = (pupil: { gid: string }) =>
          review.entries.filter((e: any) => e.student.id === pupil.gid).map(({ student, ...e }: any) => e);
        // The child: read (the mentees page and the archive) and written (the talk) on day 1.
        expect(of(s.child)).toEqual([
          {
            hour: AT_DAY1,
            reader: { id: toGlobalId('Teacher', s.mentorId) },
            readerRole: 'MENTOR',
            action: 'READ',
            fields: ['archive', 'attentionCategories', 'crisisAlerts'],
            requests: 2,
          },
          {
            hour: AT_DAY1,
            reader: { id: toGlobalId('Teacher', s.mentorId) },
            readerRole: 'MENTOR',
            action: 'WRITE',
            fields: ['records'],
            requests: 1,
          },
        ]);
        // The mentee with the alert and the category looks exactly like one without: the raise, the
        // category and the alert's description are counted in `days`, never listed.
        const untouched = s.mentees.find((m) => m !== s.child && m !== s.alerted && m !== s.plain)!;
        expect(of(s.alerted)).toEqual(of(untouched));
        expect(of(s.alerted)).toEqual([
          {
            hour: AT_DAY1,
            reader: { id: toGlobalId('Teacher', s.mentorId) },
            readerRole: 'MENTOR',
            action: 'READ',
            fields: ['attentionCategories', 'crisisAlerts'],
            requests: 1,
          },
        ]);
        expect(of(s.plain)).toEqual([
          {
            hour: AT_DAY2,
            reader: expect.anything(),
            readerRole: 'MENTOR',
            action: 'READ',
            fields: ['archive'],
            requests: 1,
          },
          {
            hour: AT_DAY1,
            reader: expect.anything(),
            readerRole: 'MENTOR',
            action: 'READ',
            fields: ['attentionCategories', 'crisisAlerts'],
            requests: 1,
          },
        ]);
        expect(new Set(review.entries.map((e: any) => e.student.id))).toEqual(new Set(s.mentees.map((m) => m.gid)));
        expect(review.days).toEqual([
          {
            day: DAY2,
            reader: { id: toGlobalId('Teacher', s.mentorId) },
            readerRole: 'MENTOR',
            studentsTouched: 1,
            readRequests: 1,
            writeRequests: 0,
          },
          {
            day: DAY1,
            reader: { id: toGlobalId('Teacher', s.mentorId) },
            readerRole: 'MENTOR',
            studentsTouched: s.mentees.length,
            readRequests: 2,
            writeRequests: 3,
          },
        ]);
        // Ordered by hour, reader and student id: nothing about what was read decides the order.
        const order = review.entries.map((e: any) => [
          e.hour,
          Buffer.from(e.student.id, 'base64url').toString().slice(8),
        ]);
        expect(order).toEqual([...order].sort((a, b) => b[0].localeCompare(a[0]) || a[1].localeCompare(b[1])));
      },
    );

    it('a review of the crisis team or the head teacher counts their work and lists no student', async () => {
      for (const [reader, role] of [
        [s.crisisId, 'CRISIS_TEAM'],
        [s.headTeacherId, 'HEAD_TEACHER'],
      ] as const) {
        for (const url of [s.p.gatewayUrl, s.p.schoolUrl]) {
          const res = await gql(url, s.admin, REVIEW, {
            i: {
              reason: '例行季度核查：查阅量与时间分布',
              readerId: toGlobalId('Teacher', reader),
              from: FROM,
              to: TO,
            },
          });
          const review = expectNoGraphQLErrors(res).openAccessReview.review;
          expect(review.entries).toEqual([]);
          expect(review.days).toEqual([
            {
              day: DAY1,
              reader: { id: toGlobalId('Teacher', reader) },
              readerRole: role,
              studentsTouched: 1,
              readRequests: 1,
              writeRequests: 1,
            },
          ]);
          expect(s.studentsNamedIn(res)).toEqual([]);
          expect(JSON.stringify(res)).not.toMatch(TELLING);
        }
      }
      // Every reader at once: the alerted and the discussed student never appear but as the mentor's mentee.
      const all = await s.ok(s.admin, REVIEW, { i: { reason: '例行季度核查：全校查阅记录', from: FROM, to: TO } });
      const listed = all.openAccessReview.review.entries.map((e: any) => `${e.reader.id}/${e.student.id}`);
      expect(listed.filter((l: string) => l.endsWith(s.discussed.gid))).toEqual([]);
      expect(listed.filter((l: string) => l.endsWith(s.alerted.gid))).toEqual([
        `${toGlobalId('Teacher', s.mentorId)}/${s.alerted.gid}`,
      ]);
    });

    it(
      'every review is on record: who, when, whose trail and why for the school admin; who and when for the ' +
        'district',
      async () => {
        const [admin1] = s.p.logins.filter((l) => l.login === 'school-admin');
        const stored = await s.p.school.query(
          'SELECT reason, opened_by, reader_id FROM access_review ORDER BY opened_at, reason',
        );
        // One review of the mentor, four of crisis team and head teacher, one of everyone.
        expect(stored.length).toBe(6);
        expect(stored.every((r: { opened_by: string }) => r.opened_by === admin1.personId)).toBe(true);
        const school = toGlobalId('School', s.schoolId);
        const mine = await s.ok(
          s.admin,
          'query($s: ID!) { school(id: $s) { accessReviews(first: 10) { nodes { reason openedAt openedBy { name } ' +
            'reader { id } } } } }',
          { s: school },
        );
        expect(mine.school.accessReviews.nodes).toHaveLength(6);
        expect(mine.school.accessReviews.nodes.map((r: any) => r.reason)).toContain(
          '家长投诉导师过度查阅档案，核查 11 月 16–17 日记录',
        );
        const district = s.p.token('district-admin');
        const seen = await s.ok(
          district,
          'query($s: ID!) { school(id: $s) { accessReviews(first: 10) { nodes { openedAt openedBy { name } ' +
            'reader { id } } } } }',
          { s: school },
        );
        expect(seen.school.accessReviews.nodes).toHaveLength(6);
        expect(seen.school.accessReviews.nodes[0].openedBy).toEqual({ name: admin1.name });
        const reviews = (token: string, fields: string) =>
          gql(s.p.gatewayUrl, token, `query($s: ID!) { school(id: $s) { accessReviews { nodes { ${fields} } } } }`, {
            s: school,
          });
        // The reason may name a child: it stays in the school.
        expect(errorCodes(await reviews(district, 'reason'))).toContain('FORBIDDEN');
        // Another school's admin sees nothing of these.
        expect(JSON.stringify(await reviews(s.p.token('school-admin-2'), 'openedAt'))).not.toContain('openedAt":"');
      },
    );
  });
});
