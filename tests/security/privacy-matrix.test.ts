import { type Principal } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { execute } from '@mentorship/testing';

import type { TestPlatform } from '../support/platform';
import { PROBES, type Subject } from '../support/privacy-matrix-probes';
import { startMatrixSubject } from '../support/privacy-matrix-subject';
import { readMatrix } from '../support/privacy-matrix-table';

/**
 * Every cell of the privacy matrix in services/school/PRIVACY.md, tried for real: the probes are in
 * ../support/privacy-matrix-probes.ts, the subject and the people around them in ../support/privacy-matrix-subject.ts.
 */
describe('the privacy matrix in services/school/PRIVACY.md, walked cell by cell', () => {
  const matrix = readMatrix();
  let p: TestPlatform;
  let subject: Subject;
  let tokens: Map<string, string>;
  let principals: Map<string, Principal>;

  beforeAll(async () => {
    ({ p, subject, tokens, principals } = await startMatrixSubject());
  });
  afterAll(() => p?.stop());

  it('has a probe for every row and a column for every role the issue names', () => {
    expect([...matrix.rows.keys()].sort()).toEqual(Object.keys(PROBES).sort());
    expect(matrix.roles).toEqual([
      'district-admin',
      'school-admin',
      'grade-lead',
      'head-teacher',
      'other-mentor',
      'mentor-other-school',
      'crisis-team',
      'student',
      'guardian',
      'lead-mentor',
      'supporting-mentor',
      'former-mentor',
    ]);
  });

  const cells = [...matrix.rows].flatMap(([data, byRole]) =>
    [...byRole].map(([role, verdict]) => [data, role, verdict] as const),
  );

  it.each(cells)('%s — %s: %s', async (data, role, verdict) => {
    const probe = PROBES[data];
    const token = tokens.get(role)!;
    const variables = {
      ...probe.variables?.(subject),
      id: subject.gid,
      reps: [
        { __typename: 'Teacher', id: toGlobalId('Teacher', principals.get('lead-mentor')!.personId) },
        { __typename: 'Teacher', id: toGlobalId('Teacher', principals.get('supporting-mentor')!.personId) },
      ],
    };
    const viaGateway = await execute(probe.subgraphOnly ? p.schoolUrl : p.gatewayUrl, probe.query, {
      token,
      variables,
    });
    if (verdict === 'allow') {
      // Through `_entities` the lead mentor's other mentees are rightly refused to a supporting mentor.
      if (!probe.subgraphOnly) expect(viaGateway.errors ?? []).toEqual([]);
      expect(probe.revealed(viaGateway, subject)).toBe(true);
      return;
    }
    expect(probe.revealed(viaGateway, subject)).toBe(false);
    expect(JSON.stringify(viaGateway)).not.toMatch(/隐私标记/);
    if (probe.direct) {
      const direct = await execute(p.schoolUrl, probe.query, { token, variables });
      expect(probe.revealed(direct, subject)).toBe(false);
      expect(JSON.stringify(direct)).not.toMatch(/隐私标记/);
    }
  });
});
