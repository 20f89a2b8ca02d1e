import { startThrowawayPostgres } from '@mentorship/db';

/** Starts one disposable PostgreSQL for the whole run; workers read its URL from the environment. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const pg = await startThrowawayPostgres();
  (globalThis as { __TEST_PG__?: unknown }).__TEST_PG__ = pg;
  process.env.TEST_DATABASE_URL = pg.url('postgres');
  process.env.NODE_ENV = 'test';
  console.log(`\n[test] PostgreSQL ready on port ${pg.port} (${Date.now() - started} ms)`);
}
