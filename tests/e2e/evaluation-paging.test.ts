import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import type { TestPlatform } from '../support/platform';
import { OPEN_CYCLE, startEvaluationPlatform } from './evaluation-setup';

const PAGE =
  'query($first: Int!, $after: String) { evaluationCycles { nodes { results(first: $first, after: $after) { ' +
  'totalCount nodes { teacher { id } total } pageInfo { hasNextPage endCursor } } } } }';

interface ResultsPage {
  totalCount: number;
  nodes: { teacher: { id: string }; total: number }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

describe('evaluation results as a Relay connection (issue 14)', () => {
  let p: TestPlatform;
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    execute(p.gatewayUrl, query, { token: p.token('school-admin'), variables });
  const ok = async (query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await gql(query, variables));

  beforeAll(async () => {
    ({ p } = await startEvaluationPlatform());
    expect((await ok(OPEN_CYCLE, { i: { term: '2026-2027-1' } })).openEvaluationCycle.userErrors).toEqual([]);
  });
  afterAll(() => p?.stop());

  const name =
    'results page through every mentor once, best first; a page over 100 or a foreign cursor is ' + 'BAD_USER_INPUT';
  it(name, async () => {
    const all: ResultsPage = (await ok(PAGE, { first: 100 })).evaluationCycles.nodes[0].results;
    expect(all.totalCount).toBeGreaterThan(3);
    const seen: ResultsPage['nodes'] = [];
    let after: string | null = null;
    for (let pages = 0; pages <= all.totalCount; pages++) {
      const results: ResultsPage = (await ok(PAGE, { first: 3, after })).evaluationCycles.nodes[0].results;
      expect(results.totalCount).toBe(all.totalCount);
      seen.push(...results.nodes);
      if (!results.pageInfo.hasNextPage) break;
      after = results.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes);
    expect(new Set(seen.map((r) => r.teacher.id)).size).toBe(all.totalCount);

    const tooMany = await gql(PAGE, { first: 101 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([{ field: 'first', message: expect.stringMatching(/100/) }]);
    const foreign = await gql(PAGE, { first: 3, after: 'garbage' });
    expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
    expect(foreign.errors?.[0].extensions?.field).toBe('after');
    expect(errorCodes(await gql('{ evaluationCycles(first: 101) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
