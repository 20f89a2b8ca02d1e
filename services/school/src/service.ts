import { demoScaleFromEnv } from '@mentorship/demo-data';
import type { SubgraphService } from '@mentorship/graphql';
import { createSchoolContext, type SchoolContext } from './context';
import { accessLogPlugin } from './modules/privacy/access-log.plugin';
import { startMetricsPublishing } from './modules/metrics/metrics.background';
import { createSchoolDataSource } from './data-source';
import { buildSchoolSchema } from './schema';
import { seedSchoolDemo } from './seed/seed-demo';

export const schoolService: SubgraphService<SchoolContext> = {
  name: 'school',
  envPrefix: 'SCHOOL',
  defaultPort: 4001,
  createDataSource: (url) => createSchoolDataSource(url),
  buildSchema: buildSchoolSchema,
  createContext: createSchoolContext,
  plugins: [accessLogPlugin],
  background: startMetricsPublishing,
  seedDemo: (dataSource, log) => seedSchoolDemo(dataSource, { scale: demoScaleFromEnv(), log }),
};
