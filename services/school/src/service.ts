import { Role, signToken } from '@mentorship/auth';
import { demoScaleFromEnv } from '@mentorship/demo-data';
import type { SubgraphService } from '@mentorship/graphql';

import { createSchoolContext, type SchoolContext } from './context';
import { createSchoolDataSource } from './data-source';
import { configureDistrictAccess } from './modules/certification';
import { startSurveySealing } from './modules/evaluation';
import { startMetricsPublishing } from './modules/metrics';
import { startNotifications } from './modules/notifications';
import { accessLogPlugin } from './modules/privacy';
import { rosterCheck } from './modules/roster';
import { buildSchoolSchema } from './schema';
import { seedSchoolDemo } from './seed/seed-demo';

export const schoolService: SubgraphService<SchoolContext> = {
  name: 'school',
  envPrefix: 'SCHOOL',
  defaultPort: 4001,
  createDataSource: (url, options) => createSchoolDataSource(url, options),
  buildSchema: buildSchoolSchema,
  createContext: createSchoolContext,
  checkPrincipal: rosterCheck,
  plugins: [accessLogPlugin],
  background(dataSource, context) {
    // The district answers training questions (certification) through the same door the outbox uses.
    const url = process.env.DISTRICT_URL || 'http://127.0.0.1:4002/';
    const serviceToken = process.env.SERVICE_TOKEN;
    if (serviceToken || context.auth.secret) {
      configureDistrictAccess({
        url,
        token: () =>
          serviceToken ??
          signToken({ personId: 'school-service', role: Role.SERVICE, districtId: '*' }, context.auth, '5m'),
      });
    }
    const jobs = [
      startMetricsPublishing(dataSource, context),
      startSurveySealing(dataSource, context.log),
      startNotifications(dataSource, context),
    ];
    return { stop: async () => void (await Promise.all(jobs.map((j) => j.stop()))) };
  },
  seedDemo: (dataSource, log) => seedSchoolDemo(dataSource, { scale: demoScaleFromEnv(), log }),
};
