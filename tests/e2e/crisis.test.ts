import { randomUUID } from 'node:crypto';

import { errorCodes } from '@mentorship/testing';

import { hour, type MentorDay, NOW, startMentorDay } from '../support/mentor-day';
import type { TestPlatform } from '../support/platform';

describe("a mentor's daily work: crisis alerts and the school's pick-up time", () => {
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

  describe('crisis alerts', () => {
    let alertId: string;
    const raise =
      `mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id status level ` +
      `description } userErrors { field code } } }`;
    const advance =
      `mutation($i: AdvanceCrisisAlertInput!) { advanceCrisisAlert(input: $i) { alert { status referredTo ` +
      `history { status actor { name } } } userErrors { field code } } }`;

    it('a mentor raises an alert about a mentee; a retried request raises it once', async () => {
      const input = {
        studentId: mentees[2].gid,
        level: 'HIGH',
        description: '多次提到不想活了',
        idempotencyKey: randomUUID(),
      };
      const [a, b] = [await ok(mentor, raise, { i: input }), await ok(mentor, raise, { i: input })];
      expect(a.raiseCrisisAlert.alert).toMatchObject({
        status: 'REPORTED',
        level: 'HIGH',
        description: '多次提到不想活了',
      });
      expect(b.raiseCrisisAlert.alert.id).toBe(a.raiseCrisisAlert.alert.id);
      alertId = a.raiseCrisisAlert.alert.id;
      const other = await gql(p.token('mentor-2'), raise, { i: { ...input, idempotencyKey: randomUUID() } });
      expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    });

    it(
      'the school admin sees that it exists, its level and ' + 'status, not its details; the crisis team sees all',
      async () => {
        const admin = await ok(p.token('school-admin'), '{ crisisAlerts { nodes { id level status overdue } } }');
        expect(admin.crisisAlerts.nodes).toEqual([{ id: alertId, level: 'HIGH', status: 'REPORTED', overdue: false }]);
        for (const field of ['description', 'student { name }', 'referredTo', 'history { status }']) {
          expect(errorCodes(await gql(p.token('school-admin'), `{ crisisAlerts { nodes { ${field} } } }`))).toContain(
            'FORBIDDEN',
          );
        }
        const team = await ok(
          p.token('crisis-team'),
          '{ crisisAlerts { nodes { description student { id } raisedBy { name } } } }',
        );
        expect(team.crisisAlerts.nodes).toEqual([
          {
            description: '多次提到不想活了',
            student: { id: mentees[2].gid },
            raisedBy: { name: p.logins.find((l) => l.login === 'mentor-1')!.name },
          },
        ]);
        expect(errorCodes(await gql(p.token('school-admin-2'), '{ crisisAlerts { nodes { id } } }'))).toEqual([]);
        expect((await ok(p.token('school-admin-2'), '{ crisisAlerts { nodes { id } } }')).crisisAlerts.nodes).toEqual(
          [],
        );
      },
    );

    it(
      'not picked up within 24 hours it is flagged overdue (controllable clock), until the crisis team ' +
        'picks it up',
      async () => {
        p.clock.advance(23 * hour);
        expect(
          (await ok(p.token('school-admin'), '{ crisisAlerts(overdueOnly: true) { nodes { id } } }')).crisisAlerts
            .nodes,
        ).toEqual([]);
        p.clock.advance(2 * hour);
        expect(
          (await ok(p.token('school-admin'), '{ crisisAlerts(overdueOnly: true) { nodes { id overdue } } }'))
            .crisisAlerts.nodes,
        ).toEqual([{ id: alertId, overdue: true }]);
        const picked = await ok(p.token('crisis-team'), advance, { i: { alertId, status: 'ASSESSING' } });
        expect(picked.advanceCrisisAlert.alert.status).toBe('ASSESSING');
        expect(
          (await ok(p.token('school-admin'), '{ crisisAlerts { nodes { overdue } } }')).crisisAlerts.nodes,
        ).toEqual([{ overdue: false }]);
      },
    );

    it(
      'REPORTED → ASSESSING → REFERRED (to whom) → CLOSED, ' + 'each step with who and when; no skipping back',
      async () => {
        const noTarget = await ok(p.token('crisis-team'), advance, { i: { alertId, status: 'REFERRED' } });
        expect(noTarget.advanceCrisisAlert.userErrors).toEqual([{ field: 'referredTo', code: 'REQUIRED' }]);
        const referred = await ok(p.token('crisis-team'), advance, {
          i: { alertId, status: 'REFERRED', referredTo: '区未成年人心理健康辅导中心' },
        });
        expect(referred.advanceCrisisAlert.alert).toMatchObject({
          status: 'REFERRED',
          referredTo: '区未成年人心理健康辅导中心',
        });
        const back = await ok(p.token('crisis-team'), advance, { i: { alertId, status: 'ASSESSING' } });
        expect(back.advanceCrisisAlert.userErrors).toEqual([{ field: 'status', code: 'INVALID_TRANSITION' }]);
        const closed = await ok(p.token('crisis-team'), advance, {
          i: { alertId, status: 'CLOSED', note: '已转介并跟进' },
        });
        const crisisName = p.logins.find((l) => l.login === 'crisis-team')!.name;
        expect(closed.advanceCrisisAlert.alert.history).toEqual([
          { status: 'REPORTED', actor: { name: p.logins.find((l) => l.login === 'mentor-1')!.name } },
          { status: 'ASSESSING', actor: { name: crisisName } },
          { status: 'REFERRED', actor: { name: crisisName } },
          { status: 'CLOSED', actor: { name: crisisName } },
        ]);
        expect(errorCodes(await gql(mentor, advance, { i: { alertId, status: 'CLOSED' } }))).toEqual(['FORBIDDEN']);
        p.clock.set(NOW);
      },
    );
  });

  describe('school settings', () => {
    it('the school admin sets the crisis pick-up time; alerts go overdue by it', async () => {
      const update =
        'mutation($i: SchoolSettingsInput!) { updateSchoolSettings(input: $i) { settings { ' +
        'crisisPickupHours } userErrors { field code } } }';
      expect(
        (await ok(p.token('school-admin'), update, { i: { crisisPickupHours: 0 } })).updateSchoolSettings.userErrors,
      ).toEqual([{ field: 'crisisPickupHours', code: 'INVALID_HOURS' }]);
      expect(errorCodes(await gql(mentor, update, { i: { crisisPickupHours: 2 } }))).toEqual(['FORBIDDEN']);
      expect(
        (await ok(p.token('school-admin'), update, { i: { crisisPickupHours: 2 } })).updateSchoolSettings.settings,
      ).toEqual({ crisisPickupHours: 2 });
      const raised = await ok(
        mentor,
        'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } } }',
        { i: { studentId: mentees[3].gid, level: 'MODERATE', description: '情绪低落', idempotencyKey: randomUUID() } },
      );
      p.clock.advance(3 * hour);
      const alerts = (await ok(p.token('school-admin'), '{ crisisAlerts(overdueOnly: true) { nodes { id } } }'))
        .crisisAlerts.nodes;
      expect(alerts).toContainEqual({ id: raised.raiseCrisisAlert.alert.id });
      // The school's alerts page open first, then closed; a page over 100 or a foreign cursor is BAD_USER_INPUT.
      const page =
        'query($after: String) { crisisAlerts(first: 1, after: $after) { totalCount nodes { id status } ' +
        'pageInfo { endCursor hasNextPage } } }';
      const pageOf = async (after: string | null) => (await ok(p.token('crisis-team'), page, { after })).crisisAlerts;
      const first = await pageOf(null);
      expect(first).toMatchObject({ totalCount: 2, nodes: [{ id: raised.raiseCrisisAlert.alert.id }] });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await pageOf(first.pageInfo.endCursor);
      expect(second).toMatchObject({ nodes: [{ status: 'CLOSED' }], pageInfo: { hasNextPage: false } });
      expect(errorCodes(await gql(p.token('crisis-team'), '{ crisisAlerts(first: 101) { totalCount } }'))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(errorCodes(await gql(p.token('crisis-team'), '{ crisisAlerts(after: "eA") { totalCount } }'))).toEqual([
        'BAD_USER_INPUT',
      ]);
      p.clock.set(NOW);
      await ok(p.token('school-admin'), update, { i: { crisisPickupHours: 24 } });
    });

    it("a student's alerts over the years page newest first for their mentor, with after", async () => {
      p.clock.advance(hour);
      const again = await ok(
        mentor,
        'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } } }',
        {
          i: {
            studentId: mentees[2].gid,
            level: 'MODERATE',
            description: '又一次情绪低落',
            idempotencyKey: randomUUID(),
          },
        },
      );
      p.clock.set(NOW);
      const page =
        'query($id: ID!, $after: String) { student(id: $id) { crisisAlerts(first: 1, after: $after) { totalCount ' +
        'nodes { id } pageInfo { endCursor hasNextPage } } } }';
      const pageOf = async (after: string | null) =>
        (await ok(mentor, page, { id: mentees[2].gid, after })).student.crisisAlerts;
      const first = await pageOf(null);
      expect(first).toMatchObject({ totalCount: 2, nodes: [{ id: again.raiseCrisisAlert.alert.id }] });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await pageOf(first.pageInfo.endCursor);
      expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
      expect(second.nodes).toHaveLength(1);
      expect(second.nodes[0].id).not.toBe(again.raiseCrisisAlert.alert.id);
    });
  });
});
