import { randomBytes } from 'node:crypto';

import { dropDatabase, ensureDatabase, withDatabase } from '@mentorship/db';

/** A fresh, empty database on the run's PostgreSQL; drop it when the test file is done. */
export async function createTestDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set: run tests through jest (globalSetup starts PostgreSQL).');
  const url = withDatabase(base, `t_${prefix}_${randomBytes(4).toString('hex')}`);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
