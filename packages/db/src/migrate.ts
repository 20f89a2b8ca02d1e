import type { DataSource } from 'typeorm';

/** Runs pending migrations, each in its own transaction, reporting what ran. */
export async function runMigrations(
  dataSource: DataSource,
  log: (line: string) => void = console.log,
): Promise<string[]> {
  const initialised = dataSource.isInitialized;
  if (!initialised) await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of ran) log(`migrated ${dataSource.driver.database}: ${m.name}`);
    return ran.map((m) => m.name);
  } finally {
    if (!initialised) await dataSource.destroy();
  }
}
