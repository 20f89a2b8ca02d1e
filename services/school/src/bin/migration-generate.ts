import { generateMigration, withThrowawayDatabase } from '@mentorship/db';
import path from 'node:path';
import { createSchoolDataSource } from '../data-source';

/** `pnpm --filter @mentorship/school migration:generate <Name>`: diff entities against committed migrations. */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error('Usage: migration:generate <PascalCaseName>');
  const file = await withThrowawayDatabase('school_migrations', async (url) => {
    const dataSource = await createSchoolDataSource(url).initialize();
    try {
      return await generateMigration(dataSource, { dir: path.resolve(__dirname, '../../src/migrations'), name });
    } finally {
      await dataSource.destroy();
    }
  });
  console.log(file ? `wrote ${file}` : 'entities match the migrations; nothing to generate');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
