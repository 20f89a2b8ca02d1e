import type { Principal } from '@mentorship/auth';
import { keyedLoader, type ReadSide } from '@mentorship/db';
import type DataLoader from 'dataloader';

import { countSchools, type SchoolCounts } from './group-metrics';

/** Live figures may lag the primary this much: they are counts, and a mutation's own payload reads the primary. */
export const FIGURES_MAX_LAG_MS = 5_000;

/**
 * Callers pass only schools the tenant loader returned (scope applied there). One statement per term,
 * on the read replica when there is one (counts only: nothing here decides who may read what).
 */
export function createMetricsLoaders(reads: ReadSide, _principal: Principal, now: () => Date) {
  const byTerm = new Map<string, DataLoader<string, SchoolCounts | null>>();
  return {
    countsBySchool(term: string): DataLoader<string, SchoolCounts | null> {
      let loader = byTerm.get(term);
      if (!loader) {
        const count = (ids: readonly string[]) =>
          reads.run((ds) => countSchools(ds, ids, term, now()), { maxLagMs: FIGURES_MAX_LAG_MS });
        loader = keyedLoader(
          async (ids: readonly string[]) => [...(await count(ids)).values()],
          (c) => c.schoolId,
        );
        byTerm.set(term, loader);
      }
      return loader;
    },
  };
}
