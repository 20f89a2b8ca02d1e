import { runMigrations } from '@mentorship/db';
import { demoScaleFromEnv } from '@mentorship/demo-data';
import { createSchoolDataSource } from '../data-source';
import { seedSchoolDemo } from '../seed/seed-demo';

/** Migrates, then seeds the demo district at the scale DEMO_SCHOOLS / DEMO_STUDENTS give. */
async function main() {
  const url = process.env.SCHOOL_DATABASE_URL;
  if (!url) throw new Error('SCHOOL_DATABASE_URL is not set.');
  const log = (line: string) => console.log(`[school] ${line}`);
  const dataSource = await createSchoolDataSource(url).initialize();
  try {
    await runMigrations(dataSource, log);
    await seedSchoolDemo(dataSource, { scale: demoScaleFromEnv(), log });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error('[school] seed failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
