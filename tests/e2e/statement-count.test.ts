import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

const ALL_SCHOOLS_WITH_STATS =
  '{ schools(first: 100) { nodes { name stats { students studentsWithLeadMentor teachers teachersMentoring } } } }';

/** SQL statements the school subgraph runs for the district's all-schools overview. */
async function statementsFor(platform: TestPlatform): Promise<{ schools: number; statements: number }> {
  platform.schoolStatements.reset();
  const data = expectNoGraphQLErrors(
    await execute(platform.gatewayUrl, ALL_SCHOOLS_WITH_STATS, { token: platform.token('district-admin') }),
  );
  return { schools: data.schools.nodes.length, statements: platform.schoolStatements.count };
}

describe('no N+1: the all-schools overview costs the school subgraph a constant number of statements', () => {
  it('is the same for 3 schools and for 12 schools', async () => {
    const small = await startTestPlatform({ schools: 3, students: 600, seed: 'count-small' });
    const large = await startTestPlatform({ schools: 12, students: 2400, seed: 'count-large' });
    try {
      const a = await statementsFor(small);
      const b = await statementsFor(large);
      expect(a.schools).toBe(3);
      expect(b.schools).toBe(12);
      // One statement resolves every School reference, one computes every school's figures.
      expect(a.statements).toBe(2);
      expect(b.statements).toBe(a.statements);
    } finally {
      await Promise.all([small.stop(), large.stop()]);
    }
  });

  it('loads mentors and classrooms of a page of students in batches, not per student', async () => {
    const platform = await startTestPlatform({ schools: 2, students: 400, seed: 'count-roster' });
    try {
      const query = (n: number) =>
        `{ schools { nodes { students(first: ${n}) { nodes { name classroom { name grade { level } } ` +
        `mentors { role mentor { name } } } } } } }`;
      const run = async (n: number) => {
        platform.schoolStatements.reset();
        expectNoGraphQLErrors(await execute(platform.gatewayUrl, query(n), { token: platform.token('school-admin') }));
        return platform.schoolStatements.count;
      };
      // A caller's first request also re-checks them against the roster (one statement, then cached).
      await run(1);
      const few = await run(5);
      const many = await run(100);
      expect(many).toBe(few);
      expect(few).toBeLessThanOrEqual(8);
    } finally {
      await platform.stop();
    }
  });
});
