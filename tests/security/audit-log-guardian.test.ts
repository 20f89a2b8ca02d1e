import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { errorCodes, expectNoGraphQLErrors } from '@mentorship/testing';

import { type AuditScenario, DAY1, gql, startAuditScenario } from '../support/audit-scenario';

/**
 * Issue 12, item 5: a guardian sees who read and wrote their own child's data (PIPL right of access) (the day of
 * work: ../support/audit-scenario.ts).
 */
describe('the audit trail watches without telling (issue 12, item 5)', () => {
  let p: AuditScenario['p'];
  let schoolId: AuditScenario['schoolId'];
  let mentor: AuditScenario['mentor'];
  let admin: AuditScenario['admin'];
  let crisis: AuditScenario['crisis'];
  let mentees: AuditScenario['mentees'];
  let child: AuditScenario['child'];
  let alerted: AuditScenario['alerted'];
  let plain: AuditScenario['plain'];
  let discussed: AuditScenario['discussed'];
  beforeAll(async () => {
    ({ p, schoolId, mentor, admin, crisis, mentees, child, alerted, plain, discussed } = await startAuditScenario());
  });
  afterAll(() => p?.stop());

  describe('a guardian (PIPL right of access)', () => {
    const MINE = '{ myDataAccess(first: 100) { nodes { day readerName readerRole action } } }';

    it('sees who read and wrote their own child’s data, by day, and nothing of another child', async () => {
      const mentorName = p.logins.find((l) => l.login === 'mentor-1')!.name;
      for (const url of [p.gatewayUrl, p.schoolUrl]) {
        const res = expectNoGraphQLErrors(await gql(url, p.token('guardian'), MINE));
        // Day 2's read was of another mentee: it is not the child's.
        expect(res.myDataAccess.nodes).toEqual([
          { day: DAY1, readerName: mentorName, readerRole: 'MENTOR', action: 'READ' },
          { day: DAY1, readerName: mentorName, readerRole: 'MENTOR', action: 'WRITE' },
        ]);
      }
      const asStudent = expectNoGraphQLErrors(await gql(p.gatewayUrl, p.token('student'), MINE));
      expect(asStudent.myDataAccess.nodes).toHaveLength(2);
    });

    it(
      'the guardian of the child with the alert is not told of it: no crisis team, no write of the alert or the ' +
        'category',
      async () => {
        const guardianOfAlerted = p.tokenFor({
          personId: randomUUID(),
          role: Role.GUARDIAN,
          districtId: p.demo.district.id,
          schoolId,
          studentId: alerted.id,
        });
        const res = expectNoGraphQLErrors(await gql(p.gatewayUrl, guardianOfAlerted, MINE));
        const guardianOfUntouched = p.tokenFor({
          personId: randomUUID(),
          role: Role.GUARDIAN,
          districtId: p.demo.district.id,
          schoolId,
          studentId: mentees.find((m) => m !== child && m !== alerted && m !== plain)!.id,
        });
        expect(res.myDataAccess.nodes).toEqual(
          expectNoGraphQLErrors(await gql(p.gatewayUrl, guardianOfUntouched, MINE)).myDataAccess.nodes,
        );
        expect(JSON.stringify(res)).not.toContain('CRISIS_TEAM');
        const guardianOfDiscussed = p.tokenFor({
          personId: randomUUID(),
          role: Role.GUARDIAN,
          districtId: p.demo.district.id,
          schoolId,
          studentId: discussed.id,
        });
        const discussedOwn = expectNoGraphQLErrors(await gql(p.schoolUrl, guardianOfDiscussed, MINE));
        expect(discussedOwn.myDataAccess.nodes).toEqual([]);
      },
    );

    it('staff cannot ask it', async () => {
      for (const token of [admin, mentor, crisis])
        expect(errorCodes(await gql(p.gatewayUrl, token, MINE))).toEqual(['FORBIDDEN']);
    });
  });
});
