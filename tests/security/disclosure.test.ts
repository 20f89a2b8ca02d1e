/**
 * Statistical disclosure control across everything published (issue 12; services/school/DISCLOSURE.md).
 *
 * For random small schools (many cells of 1–4), every sensitive figure a non-mentor can obtain —
 * live school, grade and classroom metrics (school admin, grade lead, head teacher), the comparison
 * export, the snapshots the district stores, the district dashboard with its totals and stage
 * filters, the trend over two consecutive weeks, the district's report exports — becomes a
 * constraint on the unknown per-classroom counts, and an exact integer solver shows that no withheld
 * cell (any level, any measure, any week) has a single possible value. The same audit finds the
 * subtraction attack on the design this replaced.
 */
import fc from 'fast-check';

import { determinedCells } from '../support/disclosure-audit';
import { legacy, published, type Publisher } from '../support/disclosure-publishers';
import { district, districtGroups, world } from '../support/disclosure-worlds';

/** A run is reproducible from its seed: FC_SEED=… npx jest tests/security/disclosure.test.ts */
// Fixed by default so CI is reproducible; FC_SEED explores others (seed 7 is known to be too slow for the solver: see
// the report).
const SEED = Number(process.env.FC_SEED ?? 11);
/** fast-check's report names the seed and the shrunk counterexample; say how to replay it too. */
async function holds<T>(property: fc.IProperty<[T]> | fc.IAsyncProperty<[T]>, numRuns: number) {
  try {
    await fc.assert(property as fc.IAsyncProperty<[T]>, { seed: SEED, numRuns, endOnFailure: true });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
    throw new Error(`${error instanceof Error ? error.message : error}${cause}\nreproduce with FC_SEED=${SEED}`);
  }
}

const noCellDetermined = (publish: Publisher) =>
  fc.property(district, (schools) => {
    const w = world(schools);
    const pinned = determinedCells(w.roster, w.truth, publish(w), districtGroups(w.roster.schools));
    if (pinned.length)
      throw new Error(
        `withheld cells determined: ${pinned
          .slice(0, 5)
          .map((p) => `${p.cell} = ${p.value}`)
          .join('; ')}`,
      );
  });

describe('disclosure control over everything published, for random small schools', () => {
  it('the audit finds the subtraction attack on the cell-by-cell suppression this platform used to publish', () => {
    const out = fc.check(noCellDetermined(legacy), { seed: SEED, numRuns: 200 });
    expect(out.failed).toBe(true);
    expect(String(out.errorInstance)).toMatch(/withheld cells determined/);
  });

  it(
    'no withheld cell is determined by the figures published now (live metrics, export, ' +
      'snapshots, district totals, stages, two weeks)',
    async () => {
      await holds(noCellDetermined(published), 25);
    },
  );
});
