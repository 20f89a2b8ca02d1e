import type { Principal } from '@mentorship/auth';
import { keyedLoader } from '@mentorship/db';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { countSchools, type SchoolCounts } from './group-metrics';

/** Callers pass only schools the tenant loader returned (scope applied there). One statement per term. */
export function createMetricsLoaders(dataSource: DataSource, _principal: Principal, now: () => Date) {
  const byTerm = new Map<string, DataLoader<string, SchoolCounts | null>>();
  return {
    countsBySchool(term: string): DataLoader<string, SchoolCounts | null> {
      let loader = byTerm.get(term);
      if (!loader) {
        loader = keyedLoader(async (ids: readonly string[]) => [...(await countSchools(dataSource, ids, term, now())).values()], (c) => c.schoolId);
        byTerm.set(term, loader);
      }
      return loader;
    },
  };
}
