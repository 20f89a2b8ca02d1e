import { execute, expectNoGraphQLErrors, type GraphQLResponse } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

const OVERVIEW = `
  query Overview($after: String) {
    district { name policy { mentorStudentCap } }
    schools(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name code stage stats { students studentsWithLeadMentor teachers teachersMentoring
        maxMenteesPerMentor grades classrooms } }
    }
  }`;

describe('district admin: all schools with their live figures, through the gateway', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  it('lists every school of the district with stats equal to counts taken straight from the database', async () => {
    const data = expectNoGraphQLErrors(
      await execute(platform.gatewayUrl, OVERVIEW, { token: platform.token('district-admin') }),
    );
    expect(data.district).toEqual({ name: '滨江区', policy: { mentorStudentCap: 15 } });
    expect(data.schools.totalCount).toBe(platform.demo.schools.length);
    expect(data.schools.nodes.map((s: { name: string }) => s.name).sort()).toEqual(
      platform.demo.schools.map((s) => s.name).sort(),
    );

    const db = platform.school;
    const count = async (sql: string, schoolId: string) => Number((await db.query(sql, [schoolId]))[0].n);
    for (const school of data.schools.nodes) {
      const uuid = platform.demo.schools.find((s) => s.code === school.code)!.id;
      expect(school.stats).toEqual({
        students: await count('SELECT count(*) n FROM student WHERE school_id = $1 AND left_on IS NULL', uuid),
        studentsWithLeadMentor: await count(
          `SELECT count(DISTINCT m.student_id) n FROM mentorship m JOIN student s ` +
            `ON s.id = m.student_id WHERE m.school_id = $1 AND m.role = 'LEAD' AND m.ended_on IS NULL ` +
            `AND s.left_on IS NULL`,
          uuid,
        ),
        teachers: await count('SELECT count(*) n FROM teacher WHERE school_id = $1 AND left_on IS NULL', uuid),
        teachersMentoring: await count(
          'SELECT count(DISTINCT mentor_id) n FROM mentorship WHERE school_id = $1 AND ended_on IS NULL',
          uuid,
        ),
        maxMenteesPerMentor: await count(
          'SELECT coalesce(max(c), 0) n FROM (SELECT count(*) c FROM mentorship WHERE school_id = $1 ' +
            'AND ended_on IS NULL GROUP BY mentor_id) x',
          uuid,
        ),
        grades: await count('SELECT count(*) n FROM grade WHERE school_id = $1', uuid),
        classrooms: await count('SELECT count(*) n FROM classroom WHERE school_id = $1', uuid),
      });
      // The demo covers most but not all students, and nobody mentors above the cap.
      expect(school.stats.studentsWithLeadMentor).toBeLessThan(school.stats.students);
      expect(school.stats.studentsWithLeadMentor).toBeGreaterThan(school.stats.students * 0.8);
      expect(school.stats.maxMenteesPerMentor).toBeLessThanOrEqual(15);
    }
  });

  it('pages through schools with cursors, without repeating or skipping any', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<any> = await execute(
        platform.gatewayUrl,
        `query($after: String) { schools(first: 3, after: $after) { totalCount pageInfo { hasNextPage ` +
          `endCursor } nodes { code } } }`,
        {
          token: platform.token('district-admin'),
          variables: { after },
        },
      );
      const { schools } = expectNoGraphQLErrors(response);
      seen.push(...schools.nodes.map((s: { code: string }) => s.code));
      if (!schools.pageInfo.hasNextPage) break;
      after = schools.pageInfo.endCursor;
    }
    expect(seen).toEqual(platform.demo.schools.map((s) => s.code).sort());
  });

  it('filters by stage', async () => {
    const { schools } = expectNoGraphQLErrors(
      await execute(platform.gatewayUrl, '{ schools(stage: PRIMARY) { nodes { stage } } }', {
        token: platform.token('district-admin'),
      }),
    );
    expect(schools.nodes.length).toBe(platform.demo.schools.filter((s) => s.stage === 'PRIMARY').length);
    expect(schools.nodes.every((s: { stage: string }) => s.stage === 'PRIMARY')).toBe(true);
  });

  it("gives a school admin their own school's roster: students with their classroom and mentors", async () => {
    const data = expectNoGraphQLErrors(
      await execute(
        platform.gatewayUrl,
        '{ schools { totalCount nodes { name students(first: 50) { totalCount nodes { name classroom { ' +
          'name grade { level } } mentors { role mentor { name } } } } } } }',
        { token: platform.token('school-admin') },
      ),
    );
    expect(data.schools.totalCount).toBe(1);
    const [school] = data.schools.nodes;
    expect(school.name).toBe(platform.demo.schools[0].name);
    expect(school.students.nodes).toHaveLength(50);
    const [{ n }] = await platform.school.query('SELECT count(*)::int n FROM student WHERE school_id = $1', [
      platform.demo.schools[0].id,
    ]);
    expect(school.students.totalCount).toBe(n);
  });
});
