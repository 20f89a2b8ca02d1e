import { Role, signToken } from '@mentorship/auth';
import { demoScaleFromEnv } from '@mentorship/demo-data';
import type { SubgraphService } from '@mentorship/graphql';

import { createSchoolContext, type SchoolContext } from './context';
import { createSchoolDataSource } from './data-source';
import { districtClient, type SchoolClients } from './modules/certification';
import { startSurveySealing } from './modules/evaluation';
import { startMetricsPublishing } from './modules/metrics';
import { startNotifications } from './modules/notifications';
import { accessLogPlugin } from './modules/privacy';
import { rosterCheck } from './modules/roster';
import { buildSchoolSchema } from './schema';
import { seedSchoolDemo } from './seed/seed-demo';

export const schoolService: SubgraphService<SchoolContext, SchoolClients> = {
  name: 'school',
  envPrefix: 'SCHOOL',
  defaultPort: 4001,
  createDataSource: (url, options) => createSchoolDataSource(url, options),
  buildSchema: buildSchoolSchema,
  createContext: createSchoolContext,
  checkPrincipal: rosterCheck,
  plugins: [accessLogPlugin],
  // The district answers training questions (certification, term close) and takes the outbox's snapshots: one client,
  // built here at start-up and passed to every request's services and to the relay.
  connect(auth, env) {
    const url = env.DISTRICT_URL || 'http://127.0.0.1:4002/';
    const serviceToken = env.SERVICE_TOKEN;
    if (!serviceToken && !auth.secret) return { district: null };
    return {
      district: districtClient({
        url,
        token: () =>
          serviceToken ?? signToken({ personId: 'school-service', role: Role.SERVICE, districtId: '*' }, auth, '5m'),
      }),
    };
  },
  background(dataSource, context) {
    const jobs = [
      startMetricsPublishing(dataSource, context),
      startSurveySealing(dataSource, context.log),
      startNotifications(dataSource, context),
    ];
    return { stop: async () => void (await Promise.all(jobs.map((j) => j.stop()))) };
  },
  seedDemo: (dataSource, log) => seedSchoolDemo(dataSource, { scale: demoScaleFromEnv(), log }),
};
