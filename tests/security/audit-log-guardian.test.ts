import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { errorCodes, expectNoGraphQLErrors } from '@mentorship/testing';

import { DAY1, gql, useAuditScenario } from '../support/audit-scenario';

/**
 * Issue 12, item 5: a guardian sees who read and wrote their own child's data (PIPL right of access) (the day of
 * work: ../support/audit-scenario.ts).
 */
describe('the audit trail watches without telling (issue 12, item 5)', () => {
  const s = useAuditScenario();

  describe('a guardian (PIPL right of access)', () => {
    const MINE = '{ myDataAccess(first: 100) { nodes { day readerName readerRole action } } }';

    it('sees who read and wrote their own child’s data, by day, and nothing of another child', async () => {
      const mentorName = s.p.logins.find((l) => l.login === 'mentor-1')!.name;
      for (const url of [s.p.gatewayUrl, s.p.schoolUrl]) {
        const res = expectNoGraphQLErrors(await gql(url, s.p.token('guardian'), MINE));
        // Day 2's read was of another mentee: it is not the child's.
        expect(res.myDataAccess.nodes).toEqual([
          { day: DAY1, readerName: mentorName, readerRole: 'MENTOR', action: 'READ' },
          { day: DAY1, readerName: mentorName, readerRole: 'MENTOR', action: 'WRITE' },
        ]);
      }
      const asStudent = expectNoGraphQLErrors(await gql(s.p.gatewayUrl, s.p.token('student'), MINE));
      expect(asStudent.myDataAccess.nodes).toHaveLength(2);
    });

    it(
      'the guardian of the child with the alert is not told of it: no crisis team, no write of the alert or the ' +
        'category',
      async () => {
        const guardianOfAlerted = s.p.tokenFor({
          personId: randomUUID(),
          role: Role.GUARDIAN,
          districtId: s.p.demo.district.id,
          schoolId: s.schoolId,
          studentId: s.alerted.id,
        });
        const res = expectNoGraphQLErrors(await gql(s.p.gatewayUrl, guardianOfAlerted, MINE));
        const guardianOfUntouched = s.p.tokenFor({
          personId: randomUUID(),
          role: Role.GUARDIAN,
          districtId: s.p.demo.district.id,
          schoolId: s.schoolId,
          studentId: s.mentees.find((m) => m !== s.child && m !== s.alerted && m !== s.plain)!.id,
        });
        expect(res.myDataAccess.nodes).toEqual(
          expectNoGraphQLErrors(await gql(s.p.gatewayUrl, guardianOfUntouched, MINE)).myDataAccess.nodes,
        );
        expect(JSON.stringify(res)).not.toContain('CRISIS_TEAM');
        const guardianOfDiscussed = s.p.tokenFor({
          personId: randomUUID(),
          role: Role.GUARDIAN,
          districtId: s.p.demo.district.id,
          schoolId: s.schoolId,
          studentId: s.discussed.id,
        });
        const discussedOwn = expectNoGraphQLErrors(await gql(s.p.schoolUrl, guardianOfDiscussed, MINE));
        expect(discussedOwn.myDataAccess.nodes).toEqual([]);
      },
    );

    it('staff cannot ask it', async () => {
      for (const token of [s.admin, s.mentor, s.crisis])
        expect(errorCodes(await gql(s.p.gatewayUrl, token, MINE))).toEqual(['FORBIDDEN']);
    });
  });
});
