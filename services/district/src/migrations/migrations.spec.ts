import { checkMigrations } from '@mentorship/testing';

import { createDistrictDataSource } from '../data-source';

describe('district migrations', () => {
  it('build exactly the schema the entities describe, and revert cleanly', async () => {
    const result = await checkMigrations('district', createDistrictDataSource);
    expect(result.applied.length).toBeGreaterThan(0);
    // Anything listed here is a schema change without a committed migration: run migration:generate.
    expect(result.pending).toEqual([]);
    expect(result.tablesAfterRevert).toEqual([]);
  });
});
