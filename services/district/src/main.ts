import { runMigrations } from '@mentorship/db';
import { demoScaleFromEnv } from '@mentorship/demo-data';
import { loadServiceConfig, runService } from '@mentorship/graphql';
import { createDistrictApp } from './app';
import { createDistrictDataSource } from './data-source';
import { seedDistrictDemo } from './seed/seed-demo';

const log = (line: string) => console.log(`[district] ${line}`);

runService('district', async () => {
  const config = loadServiceConfig('DISTRICT', 4002);
  const dataSource = await createDistrictDataSource(config.databaseUrl).initialize();
  if (config.migrateOnStart) await runMigrations(dataSource, log);
  if (config.seedDemo) await seedDistrictDemo(dataSource, { scale: demoScaleFromEnv(), log });
  const app = await createDistrictApp({ dataSource, port: config.port, auth: config.auth });
  log(`subgraph ready at ${app.url}`);
  return {
    async stop() {
      await app.stop();
      await dataSource.destroy();
    },
  };
});
