import { runMigrations } from '@mentorship/db';
import { demoScaleFromEnv } from '@mentorship/demo-data';
import { loadServiceConfig, runService } from '@mentorship/graphql';
import { createSchoolApp } from './app';
import { createSchoolDataSource } from './data-source';
import { seedSchoolDemo } from './seed/seed-demo';

const log = (line: string) => console.log(`[school] ${line}`);

runService('school', async () => {
  const config = loadServiceConfig('SCHOOL', 4001);
  const dataSource = await createSchoolDataSource(config.databaseUrl).initialize();
  if (config.migrateOnStart) await runMigrations(dataSource, log);
  if (config.seedDemo) await seedSchoolDemo(dataSource, { scale: demoScaleFromEnv(), log });
  const app = await createSchoolApp({ dataSource, port: config.port, auth: config.auth });
  log(`subgraph ready at ${app.url}`);
  return {
    async stop() {
      await app.stop();
      await dataSource.destroy();
    },
  };
});
