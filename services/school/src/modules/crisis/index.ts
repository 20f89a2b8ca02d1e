import type { SchoolModule } from '../../context';
import { createCrisisLoaders } from './crisis.loaders';
import { CrisisAlertEventResolver, CrisisAlertResolver, StudentCrisisResolver } from './crisis.resolver';
import { createCrisisServices } from './crisis.services';
import { CrisisAlert, CrisisAlertEvent } from './crisis-alert.entity';

export const crisis = {
  name: 'crisis',
  resolvers: [StudentCrisisResolver, CrisisAlertResolver, CrisisAlertEventResolver],
  entities: [CrisisAlert, CrisisAlertEvent],
  loaders: (s) => createCrisisLoaders(s.dataSource, s.principal),
  services: createCrisisServices,
} satisfies SchoolModule;
