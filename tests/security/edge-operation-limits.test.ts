import {
  bounded,
  eachTarget,
  EDGE_MODES,
  EDGE_START_MS,
  type EdgeMode,
  type EdgePlatform,
  startEdge,
} from '../support/edge-platform';
import { expectCleanError, post } from '../support/edge-requests';

/** Operation limits at every door: cost, aliases, tokens, directives, depth and batches. */
const fanOut =
  'schools(first: 100) { nodes { grades { classrooms { students(first: 100) { nodes { mentors { mentor { name ' +
  '} } } } } } } }';

const aliases = (n: number, field = '__typename') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function edgeSuite(mode: EdgeMode, start: () => Promise<EdgePlatform>) {
  describe(`the edge holds (${mode})`, () => {
    let p: EdgePlatform;
    let targets: [string, string][];
    let admin: string;
    let schoolGid: string;
    beforeAll(async () => {
      ({ p, targets, admin, schoolGid } = await startEdge(start));
    }, EDGE_START_MS);
    afterAll(() => p?.stop());
    const each = eachTarget(() => targets);

    describe('operation limits', () => {
      it(
        'refuses a fan-out query (school → grades → classrooms → students → mentors) by its cost, ' + 'before it runs',
        async () => {
          const atGateway = await post(p.gatewayUrl, p.token('district-admin'), { query: `{ ${fanOut} }` });
          expectCleanError(atGateway, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          expect(atGateway.body.errors[0].message).toMatch(/cost .* limit is 100000/);
          bounded(atGateway);
          // The school subgraph directly, through federation's _entities: the same line.
          const atSchool = await post(p.schoolUrl, admin, {
            query:
              'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { grades { classrooms { ' +
              'students(first: 100) { nodes { mentors { mentor { name } } } } } } } } }',
            variables: { r: [{ __typename: 'School', id: schoolGid }] },
          });
          expectCleanError(atSchool, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          expect(atSchool.body.errors[0].message).toMatch(/cost/);
          bounded(atSchool);
        },
      );

      it('prices _entities by the number of representations the request carries', async () => {
        const r = await post(p.schoolUrl, admin, {
          query:
            'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { grades { classrooms { ' +
            'students(first: 10) { nodes { name } } } } } } }',
          variables: { r: Array.from({ length: 500 }, () => ({ __typename: 'School', id: schoolGid })) },
        });
        expectCleanError(r, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        expect(r.body.errors[0].message).toMatch(/500 entities/);
      });

      it(
        'refuses 1,000 aliases of one field (by its size), and 16 by the alias limit',
        each(async (url) => {
          const r = await post(url, admin, { query: aliases(1000) });
          expectCleanError(r, { status: 400, code: ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'] });
          bounded(r);
          const sixteen = await post(url, admin, { query: aliases(16) });
          expectCleanError(sixteen, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          expect(sixteen.body.errors[0].message).toMatch(/[Aa]liases limit of 15/);
        }),
      );

      it(
        'refuses a 10,000-field document by its token count, before parsing it whole',
        each(async (url) => {
          const r = await post(url, admin, { query: `{ ${'__typename '.repeat(10_000)} }` });
          expectCleanError(r, { status: 400, code: 'GRAPHQL_PARSE_FAILED' });
          expect(r.body.errors[0].message).toMatch(/1000 tokens/);
          bounded(r);
        }),
      );

      it('refuses 20 aliases of comparisonExport in one request', async () => {
        const exports = Array.from({ length: 20 }, (_, i) => `e${i}: comparisonExport(format: CSV) { filename }`).join(
          ' ',
        );
        const atGateway = await post(p.gatewayUrl, admin, {
          query: `query($id: ID!) { school(id: $id) { ${exports} } }`,
          variables: { id: schoolGid },
        });
        expectCleanError(atGateway, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        bounded(atGateway);
        const atSchool = await post(p.schoolUrl, admin, {
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on School { ${exports} } } }`,
          variables: { r: [{ __typename: 'School', id: schoolGid }] },
        });
        expectCleanError(atSchool, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        // Under the alias limit, exports still cost: 6 of them are over the budget (at most 4 fit).
        const six = Array.from({ length: 6 }, (_, i) => `e${i}: comparisonExport(format: CSV) { filename }`).join(' ');
        const costly = await post(p.gatewayUrl, admin, {
          query: `query($id: ID!) { school(id: $id) { ${six} } }`,
          variables: { id: schoolGid },
        });
        expectCleanError(costly, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        expect(costly.body.errors[0].message).toMatch(/cost/);
      });

      it(
        'refuses a directive flood',
        each(async (url) => {
          const r = await post(url, admin, { query: `{ ${'__typename @include(if: true) '.repeat(50)} }` });
          expectCleanError(r, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          expect(r.body.errors.map((e: { message: string }) => e.message).join()).toMatch(/[Dd]irectives/);
          bounded(r);
        }),
      );

      it('refuses a deep query', async () => {
        const deep =
          'classroom { grade { classrooms { students(first: 1) { nodes { classroom { grade { classrooms { ' +
          'students(first: 1) { nodes { name } } } } } } } } } }';
        const atGateway = await post(p.gatewayUrl, p.token('mentor-1'), {
          query: `{ me { mentees(first: 1) { nodes { ${deep} } } } }`,
        });
        const atSchool = await post(p.schoolUrl, admin, {
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { ${deep} } } }`,
          variables: { r: [] },
        });
        for (const r of [atGateway, atSchool]) {
          expectCleanError(r, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          expect(r.body.errors.map((e: { message: string }) => e.message).join()).toMatch(/[Dd]epth/);
          bounded(r);
        }
      });

      it(
        'refuses batched operations',
        each(async (url) => {
          const r = await post(url, admin, [
            { query: '{ __typename }' },
            { query: '{ __typename }' },
            { query: '{ __typename }' },
          ]);
          expectCleanError(r, { status: 400, code: 'BAD_REQUEST' });
          expect(r.body.errors[0].message).toMatch(/At most 1 operation/);
        }),
      );
    });
  });
}

for (const [mode, start] of EDGE_MODES) edgeSuite(mode, start);
