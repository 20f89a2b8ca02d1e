import { runMigrations } from '@mentorship/db';
import { createSchoolDataSource } from '../data-source';

/** `pnpm migrate`: runs the school database's pending migrations (SCHOOL_DATABASE_URL). */
async function main() {
  const url = process.env.SCHOOL_DATABASE_URL;
  if (!url) throw new Error('SCHOOL_DATABASE_URL is not set.');
  const ran = await runMigrations(createSchoolDataSource(url), (l) => console.log(`[school] ${l}`));
  console.log(`[school] ${ran.length ? `${ran.length} migration(s) applied` : 'database is up to date'}`);
}

main().catch((error) => {
  console.error('[school] migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
