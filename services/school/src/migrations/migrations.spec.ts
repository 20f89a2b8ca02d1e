import { checkMigrations } from '@mentorship/testing';

import { createSchoolDataSource } from '../data-source';

describe('school migrations', () => {
  it('build exactly the schema the entities describe, and revert cleanly', async () => {
    const result = await checkMigrations('school', createSchoolDataSource);
    expect(result.applied.length).toBeGreaterThan(0);
    // Anything listed here is a schema change without a committed migration: run migration:generate.
    expect(result.pending).toEqual([]);
    expect(result.tablesAfterRevert).toEqual([]);
  });
});
