import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

type Page = {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

/** Issue 14: the district's lists that grow with the years (academic years, the course catalogue) page with `after`. */
describe("the district's growing lists page with first and after", () => {
  let p: TestPlatform;
  const gql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    execute(p.gatewayUrl, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await gql(token, query, variables));
  const district = () => p.token('district-admin');

  /** Every node of `field`, one page of `size` at a time, checking totalCount on each page. */
  async function walk(token: string, field: string, size: number): Promise<{ totalCount: number; ids: string[] }> {
    const query =
      `query($first: Int, $after: String) { ${field}(first: $first, after: $after) { totalCount nodes { id } ` +
      'pageInfo { endCursor hasNextPage } } }';
    const ids: string[] = [];
    let totalCount = -1;
    for (let after: string | null = null, more = true; more;) {
      const page: Page = (await ok(token, query, { first: size, after }))[field];
      if (totalCount >= 0) expect(page.totalCount).toBe(totalCount);
      totalCount = page.totalCount;
      ids.push(...page.nodes.map((n) => n.id));
      [after, more] = [page.pageInfo.endCursor, page.pageInfo.hasNextPage];
    }
    return { totalCount, ids };
  }

  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(() => p?.stop());

  it('academic years, latest first, one page at a time; a cursor not from the list is BAD_USER_INPUT', async () => {
    const all = await ok(p.token('mentor-1'), '{ academicYears(first: 100) { totalCount nodes { id name } } }');
    expect(all.academicYears.totalCount).toBeGreaterThanOrEqual(2);
    const names = all.academicYears.nodes.map((y: { name: string }) => y.name);
    expect(names).toEqual([...names].sort().reverse());
    const paged = await walk(p.token('mentor-1'), 'academicYears', 1);
    expect(paged).toEqual({
      totalCount: all.academicYears.totalCount,
      ids: all.academicYears.nodes.map((y: { id: string }) => y.id),
    });
    expect(errorCodes(await gql(p.token('mentor-1'), '{ academicYears(after: "eA") { totalCount } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('the course catalogue, by title, one page at a time; over 100 is BAD_USER_INPUT', async () => {
    const add = 'mutation($i: AddTrainingCourseInput!) { addTrainingCourse(input: $i) { userErrors { code } } }';
    for (const [title, topic] of [
      ['全员导师制政策解读', 'POLICY_AND_PLAN'],
      ['心理健康教育基础', 'MENTAL_HEALTH'],
      ['生涯指导选修', 'CAREER_GUIDANCE'],
    ]) {
      const r = await ok(district(), add, { i: { title, topic, hours: 2, required: false } });
      expect(r.addTrainingCourse.userErrors).toEqual([]);
    }
    const all = await ok(district(), '{ trainingCourses(first: 100) { totalCount nodes { id title } } }');
    expect(all.trainingCourses.totalCount).toBeGreaterThanOrEqual(3);
    const paged = await walk(district(), 'trainingCourses', 2);
    expect(paged.ids).toEqual(all.trainingCourses.nodes.map((c: { id: string }) => c.id));
    expect(errorCodes(await gql(district(), '{ trainingCourses(first: 101) { totalCount } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
