import { toGlobalId } from '@mentorship/graphql';
import { errorCodes } from '@mentorship/testing';

import {
  ANY_DATA,
  DAY1,
  DAY2,
  FROM,
  gql,
  REVIEW,
  SUMMARY,
  TELLING,
  TO,
  useAuditScenario,
} from '../support/audit-scenario';

/**
 * Issue 12, item 5: the school admin sees counts per reader and day, never a student, and needs a reason to see
 * more (the day of work: ../support/audit-scenario.ts).
 */
describe('the audit trail watches without telling (issue 12, item 5)', () => {
  const s = useAuditScenario();

  describe('the school admin', () => {
    it(
      'can no longer list the trail by student: the query that named 余静欣 next to crisisAlert.description is ' +
        'gone, through the gateway and at the subgraph',
      async () => {
        const attack = '{ accessLog(first: 200) { entries { actorRole fields student { id name } } } }';
        for (const url of [s.p.gatewayUrl, s.p.schoolUrl]) {
          const res = await gql(url, s.admin, attack);
          expect(res.data ?? null).toBeNull();
          expect(s.studentsNamedIn(res)).toEqual([]);
          expect(JSON.stringify(res)).not.toMatch(TELLING);
        }
      },
    );

    it(
      'sees counts per reader and day, right, and nothing that names a student or the data read — through the ' +
        'gateway and at the subgraph',
      async () => {
        const viaGateway = await gql(s.p.gatewayUrl, s.admin, SUMMARY, { from: FROM, to: TO });
        const direct = await gql(s.p.schoolUrl, s.admin, SUMMARY, { from: FROM, to: TO });
        expect(viaGateway.errors ?? []).toEqual([]);
        expect(direct.data).toEqual(viaGateway.data);
        expect(s.studentsNamedIn(viaGateway)).toEqual([]);
        expect(JSON.stringify(viaGateway)).not.toMatch(ANY_DATA);
        const row = (reader: string, day: string) =>
          viaGateway.data.accessLogSummary.nodes.find(
            (r: any) => r.reader.id === toGlobalId('Teacher', reader) && r.day === day,
          );
        // Mentor, day 1: every mentee touched (the mentees page), two reading requests, three writes (alert, category,
        // talk).
        // From where: the client's address as the gateway saw it.
        expect(row(s.mentorId, DAY1)).toMatchObject({
          readerRole: 'MENTOR',
          studentsTouched: s.mentees.length,
          readRequests: 2,
          writeRequests: 3,
          origins: ['127.0.0.1'],
        });
        expect(row(s.mentorId, DAY2)).toMatchObject({
          readerRole: 'MENTOR',
          studentsTouched: 1,
          readRequests: 1,
          writeRequests: 0,
        });
        expect(row(s.crisisId, DAY1)).toMatchObject({
          readerRole: 'CRISIS_TEAM',
          studentsTouched: 1,
          readRequests: 1,
          writeRequests: 1,
        });
        expect(row(s.headTeacherId, DAY1)).toMatchObject({
          readerRole: 'HEAD_TEACHER',
          studentsTouched: 1,
          readRequests: 1,
          writeRequests: 1,
        });
        expect(viaGateway.data.accessLogSummary.nodes).toHaveLength(4);
        expect(viaGateway.data.accessLogSummary.totalCount).toBe(4);
        // Newest day first, then by reader: an order made of days and reader ids only.
        const keys = viaGateway.data.accessLogSummary.nodes.map((r: any) => `${r.day}/${r.reader.id}`);
        expect(keys).toEqual(
          [...keys].sort((a: string, b: string) => b.slice(0, 10).localeCompare(a.slice(0, 10)) || 0),
        );
        // Paged three and one: the same rows in the same order.
        const first = (await s.ok(s.admin, SUMMARY, { from: FROM, to: TO, first: 3 })).accessLogSummary;
        const rest = (await s.ok(s.admin, SUMMARY, { from: FROM, to: TO, after: first.pageInfo.endCursor }))
          .accessLogSummary;
        expect(first.pageInfo.hasNextPage).toBe(true);
        expect([...first.nodes, ...rest.nodes]).toEqual(viaGateway.data.accessLogSummary.nodes);
      },
    );

    it('a review needs a written reason; without one nothing is shown and nothing recorded', async () => {
      for (const reason of ['', '   ', '看看']) {
        const res = await s.ok(s.admin, REVIEW, { i: { reason, from: FROM, to: TO } });
        expect(res.openAccessReview).toEqual({
          review: null,
          userErrors: [{ field: 'reason', code: 'REASON_REQUIRED' }],
        });
      }
      expect(await s.p.school.query('SELECT count(*)::int AS n FROM access_review')).toEqual([{ n: 0 }]);
      const tooLong = await s.ok(s.admin, REVIEW, {
        i: { reason: '核查导师的查阅记录是否异常', from: '2026-10-01T00:00:00Z', to: TO },
      });
      expect(tooLong.openAccessReview.userErrors).toEqual([{ field: 'to', code: 'INVALID_RANGE' }]);
      expect(
        errorCodes(
          await gql(s.p.gatewayUrl, s.mentor, REVIEW, {
            i: { reason: '核查导师的查阅记录是否异常', from: FROM, to: TO },
          }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await gql(s.p.schoolUrl, s.crisis, REVIEW, {
            i: { reason: '核查导师的查阅记录是否异常', from: FROM, to: TO },
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    });
  });
});
