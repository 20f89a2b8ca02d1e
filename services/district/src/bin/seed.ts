import { runMigrations } from '@mentorship/db';
import { demoScaleFromEnv } from '@mentorship/demo-data';
import { createDistrictDataSource } from '../data-source';
import { seedDistrictDemo } from '../seed/seed-demo';

/** Migrates, then seeds the demo district at the scale DEMO_SCHOOLS / DEMO_STUDENTS give. */
async function main() {
  const url = process.env.DISTRICT_DATABASE_URL;
  if (!url) throw new Error('DISTRICT_DATABASE_URL is not set.');
  const log = (line: string) => console.log(`[district] ${line}`);
  const dataSource = await createDistrictDataSource(url).initialize();
  try {
    await runMigrations(dataSource, log);
    await seedDistrictDemo(dataSource, { scale: demoScaleFromEnv(), log });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error('[district] seed failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
