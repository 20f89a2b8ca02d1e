import fs from 'node:fs';
import path from 'node:path';

import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';

/** The gateway's result shaping, as patched (patches/@apollo__gateway@2.14.4.patch, patches/README.md). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { computeResponse } = require('@apollo/gateway/dist/resultShaping') as {
  computeResponse: (a: object) => { data: unknown; errors: { message: string; path?: unknown }[] };
};

const supergraph = Supergraph.build(
  fs.readFileSync(path.resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8'),
);
const schema = supergraph.apiSchema();

function shape(query: string, input: unknown, variables: Record<string, unknown> = {}) {
  const operation = operationFromDocument(schema, parse(query));
  return computeResponse({ operation, variables, input, introspectionHandling: () => null });
}

describe('gateway result shaping (patched @apollo/gateway)', () => {
  it('is the patched copy: a lockfile or patch drift would silently bring back the slow one', () => {
    const file = require.resolve('@apollo/gateway/dist/resultShaping');
    expect(fs.readFileSync(file, 'utf8')).toContain('Patched (mentorship platform, issue 15');
  });

  it('keeps aliases, drops what was not asked, and honours @skip/@include with variables', () => {
    const query = `query($no: Boolean!, $yes: Boolean!) { districtDashboard { t: term termElapsed @skip(if: $no)
      totals @include(if: $yes) { schools } byStage @include(if: $no) { stage } } }`;
    const input = {
      districtDashboard: {
        t: '2026-2027-1',
        termElapsed: 0.5,
        totals: { schools: 3, students: 9 },
        byStage: [{ stage: 'PRIMARY' }],
        x: 1,
      },
    };
    expect(shape(query, input, { no: true, yes: true })).toEqual({
      data: { districtDashboard: { t: '2026-2027-1', totals: { schools: 3 }, byStage: [{ stage: 'PRIMARY' }] } },
      errors: [],
    });
    expect(shape(query, input, { no: false, yes: false }).data).toEqual({
      districtDashboard: { t: '2026-2027-1', termElapsed: 0.5 },
    });
  });

  it('refuses leaves of the wrong kind and bubbles a null up to the nearest nullable field', () => {
    const query = '{ districtDashboard { term totals { schools students } } }';
    for (const bad of [1.5, 2 ** 70, '3', true]) {
      const result = shape(query, { districtDashboard: { term: 'x', totals: { schools: bad, students: 1 } } });
      expect([bad, result.data]).toEqual([bad, null]);
      expect(result.errors.map((e) => e.message)).toContain('Invalid value found for field DashboardFigures.schools.');
    }
    const fine = shape(query, { districtDashboard: { term: 'x', totals: { schools: -0, students: 2 ** 53 } } });
    expect(fine).toEqual({
      data: { districtDashboard: { term: 'x', totals: { schools: -0, students: 2 ** 53 } } },
      errors: [],
    });
  });

  it('answers the same for every row of a wide list (per-selection facts reused across values and requests)', () => {
    const query = '{ districtDashboard { schools { school { id name } flags } } }';
    const rows = Array.from({ length: 50 }, (_, i) => ({ school: { id: `s${i}`, name: `第${i}校` }, flags: [] }));
    for (let round = 0; round < 2; round++)
      expect(shape(query, { districtDashboard: { schools: rows } })).toEqual({
        data: { districtDashboard: { schools: rows } },
        errors: [],
      });
  });
});
