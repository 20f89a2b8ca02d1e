import type { DataSource } from 'typeorm';

import { createTestDatabase } from './database';

/**
 * Runs a service's committed migrations on an empty database, then asks TypeORM what it would
 * still change to reach the entities, then reverts everything. Returns the pending SQL (empty
 * when migrations and entities agree) and the tables left after reverting (should be none).
 */
export async function checkMigrations(
  prefix: string,
  create: (url: string) => DataSource,
): Promise<{ applied: string[]; pending: string[]; tablesAfterRevert: string[] }> {
  const db = await createTestDatabase(prefix);
  const dataSource = await create(db.url).initialize();
  try {
    const applied = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    const pending = (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
    for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    return { applied, pending, tablesAfterRevert: tables.map((t: { tablename: string }) => t.tablename) };
  } finally {
    await dataSource.destroy();
    await db.drop();
  }
}
