import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform } from '../support/platform';
import { NOW } from './evaluation-setup';

describe('the district sets the evaluation template (考核模板); schools start from it', () => {
  it('a school opening a cycle gets the district template, and adapting it needs a recorded reason', async () => {
    const p = await startTestPlatform();
    try {
      const district = p.token('district-admin');
      const set =
        'mutation($items: [EvaluationTemplateItemInput!]!) { setEvaluationTemplate(items: $items) { ' +
        'items { key weight } userErrors { field code } } }';
      const item = (key: string, weight: number, source = 'COMPUTED', party = 'PLATFORM') => ({
        key,
        label: key,
        weight,
        source,
        party,
      });
      const bad = expectNoGraphQLErrors(
        await execute(p.gatewayUrl, set, { token: district, variables: { items: [item('MATCHING', 30)] } }),
      );
      expect(bad.setEvaluationTemplate.userErrors).toEqual([{ field: 'items', code: 'WEIGHTS_NOT_100' }]);
      const template = [
        item('MATCHING', 20),
        item('GROUP_ACTIVITY', 20),
        item('INDIVIDUAL_GUIDANCE', 30),
        item('ATTRITION', 10),
        item('SELF_REVIEW', 20, 'ENTERED', 'SELF'),
      ];
      expect(
        expectNoGraphQLErrors(await execute(p.gatewayUrl, set, { token: district, variables: { items: template } }))
          .setEvaluationTemplate.userErrors,
      ).toEqual([]);
      const open =
        'mutation($i: OpenEvaluationCycleInput!) { openEvaluationCycle(input: $i) { cycle { rubric { ' +
        'key weight } adaptationNote } userErrors { field code } } }';
      const admin = p.token('school-admin-2');
      const adapted = expectNoGraphQLErrors(
        await execute(p.gatewayUrl, open, {
          token: admin,
          variables: {
            i: {
              term: '2026-2027-1',
              rubric: [...template.slice(0, 4), item('SCHOOL_REVIEW', 20, 'ENTERED', 'SCHOOL')],
            },
          },
        }),
      );
      expect(adapted.openEvaluationCycle.userErrors).toEqual([
        { field: 'adaptationNote', code: 'ADAPTATION_NOTE_REQUIRED' },
      ]);
      const res = expectNoGraphQLErrors(
        await execute(p.gatewayUrl, open, { token: admin, variables: { i: { term: '2026-2027-1' } } }),
      );
      expect(res.openEvaluationCycle.cycle).toEqual({
        rubric: template.map(({ key, weight }) => ({ key, weight })),
        adaptationNote: null,
      });
      expect(
        errorCodes(
          await execute(p.gatewayUrl, set, { token: p.token('school-admin'), variables: { items: template } }),
        ),
      ).toEqual(['FORBIDDEN']);

      // 自评: a teacher of that school finds the item they score themself, enters it, and reads it back.
      const self = '{ me { teacher { id } selfEvaluation { cycleId term items { key label weight myScore } } } }';
      const mine = expectNoGraphQLErrors(await execute(p.gatewayUrl, self, { token: admin })).me;
      expect(mine.selfEvaluation).toEqual({
        cycleId: expect.any(String),
        term: '2026-2027-1',
        items: [{ key: 'SELF_REVIEW', label: 'SELF_REVIEW', weight: 20, myScore: null }],
      });
      const enter =
        'mutation($i: EnterEvaluationScoreInput!) { enterEvaluationScore(input: $i) { saved userErrors ' +
        '{ field code } } }';
      const score = (value: number) => ({
        i: { cycleId: mine.selfEvaluation.cycleId, teacherId: mine.teacher.id, itemKey: 'SELF_REVIEW', score: value },
      });
      expect(
        expectNoGraphQLErrors(await execute(p.gatewayUrl, enter, { token: admin, variables: score(25) }))
          .enterEvaluationScore,
      ).toEqual({ saved: false, userErrors: [{ field: 'score', code: 'SCORE_OUT_OF_RANGE' }] });
      expect(
        expectNoGraphQLErrors(await execute(p.gatewayUrl, enter, { token: admin, variables: score(15) }))
          .enterEvaluationScore,
      ).toEqual({ saved: true, userErrors: [] });
      expect(
        expectNoGraphQLErrors(await execute(p.gatewayUrl, self, { token: admin })).me.selfEvaluation.items[0].myScore,
      ).toBe(15);
      // A school without an open cycle, and the district, have nothing to enter.
      expect(
        expectNoGraphQLErrors(await execute(p.gatewayUrl, self, { token: p.token('mentor-1') })).me.selfEvaluation,
      ).toBeNull();
      expect(
        errorCodes(await execute(p.gatewayUrl, '{ me { selfEvaluation { term } } }', { token: district })),
      ).toContain('FORBIDDEN');
    } finally {
      await p.stop();
    }
  });
});

describe('the district sees the evaluation distribution per school, counts only', () => {
  it('arrives with the snapshot after publication', async () => {
    const p = await startTestPlatform();
    try {
      p.clock.set(NOW);
      const admin = p.token('school-admin');
      const run = async (q: string, v: Record<string, unknown> = {}) =>
        expectNoGraphQLErrors(await execute(p.gatewayUrl, q, { token: admin, variables: v }));
      const { openEvaluationCycle } = await run(
        'mutation { openEvaluationCycle(input: { term: "2026-2027-1" }) { cycle { id } } }',
      );
      await run('mutation($c: ID!) { publishEvaluationCycle(cycleId: $c) { userErrors { code } } }', {
        c: openEvaluationCycle.cycle.id,
      });
      const {
        evaluationCycles: {
          nodes: [cycle],
        },
      } = await run('{ evaluationCycles { nodes { distribution { excellent qualified needsImprovement } } } }');
      await queueSnapshots(p.school, p.clock.now(), [p.demo.schools[0].id]);
      const service = p.tokenFor({ personId: 'school-service', role: Role.SERVICE, districtId: '*' });
      expect(
        (
          await new OutboxRelay(
            p.school,
            deliverToDistrict(districtClient({ url: p.districtUrl, token: () => service })),
          ).drain()
        ).failed,
      ).toBeNull();
      const d = expectNoGraphQLErrors(
        await execute(
          p.gatewayUrl,
          '{ districtDashboard { totals { evaluation { excellent qualified needsImprovement } } schools ' +
            '{ school { id } figures { evaluation { term excellent qualified needsImprovement } } } } }',
          { token: p.token('district-admin') },
        ),
      );
      const row = d.districtDashboard.schools.find(
        (r: { school: { id: string } }) => r.school.id === toGlobalId('School', p.demo.schools[0].id),
      );
      expect(row.figures.evaluation).toEqual({ term: '2026-2027-1', ...cycle.distribution });
      expect(d.districtDashboard.totals.evaluation).toEqual(cycle.distribution);
    } finally {
      await p.stop();
    }
  });
});
