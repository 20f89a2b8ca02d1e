import type { DataSource } from 'typeorm';

import { generateMigration } from './generate-migration';
import { runMigrations } from './migrate';
import { withThrowawayDatabase } from './throwaway';

function fail(name: string, what: string) {
  return (error: unknown) => {
    console.error(`[${name}] ${what}:`, error instanceof Error ? error.message : error);
    process.exit(1);
  };
}

/** The `migrate` command of a service: runs pending migrations on the database named by `urlVariable`. */
export function migrateCommand(name: string, urlVariable: string, create: (url: string) => DataSource): void {
  // Behind PgBouncer the services' URL goes through it; migrations may take a direct one (e.g.
  // SCHOOL_DATABASE_MIGRATE_URL).
  const url = process.env[urlVariable.replace(/_URL$/, '_MIGRATE_URL')] || process.env[urlVariable];
  if (!url) return fail(name, 'migration failed')(new Error(`${urlVariable} is not set.`));
  runMigrations(create(url), (l) => console.log(`[${name}] ${l}`))
    .then((ran) =>
      console.log(`[${name}] ${ran.length ? `${ran.length} migration(s) applied` : 'database is up to date'}`),
    )
    .catch(fail(name, 'migration failed'));
}

/**
 * The `migration:generate <Name>` command of a service: diffs the entities against the
 * committed migrations on a throwaway database and writes the difference as a new migration.
 */
export function generateMigrationCommand(name: string, create: (url: string) => DataSource, dir: string): void {
  const migrationName = process.argv[2];
  if (!migrationName || !/^[A-Za-z][A-Za-z0-9]*$/.test(migrationName))
    return fail(name, 'usage')(new Error('migration:generate <PascalCaseName>'));
  withThrowawayDatabase(`${name}_migrations`, async (url) => {
    const dataSource = await create(url).initialize();
    try {
      return await generateMigration(dataSource, { dir, name: migrationName });
    } finally {
      await dataSource.destroy();
    }
  })
    .then((file) => console.log(file ? `wrote ${file}` : 'entities match the migrations; nothing to generate'))
    .catch(fail(name, 'migration:generate failed'));
}
