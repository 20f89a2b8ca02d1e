import { runMigrations } from '@mentorship/db';
import { createSchoolApp } from './app';
import { loadSchoolConfig } from './config';
import { createSchoolDataSource } from './data-source';

async function main() {
  const config = loadSchoolConfig();
  const dataSource = createSchoolDataSource(config.databaseUrl);
  await dataSource.initialize();
  if (config.migrateOnStart) await runMigrations(dataSource, (l) => console.log(`[school] ${l}`));
  const app = await createSchoolApp({ dataSource, port: config.port, auth: config.auth });
  console.log(`[school] subgraph ready at ${app.url}`);
  const shutdown = async () => {
    await app.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error('[school] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
