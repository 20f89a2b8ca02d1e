import type { SchoolModule } from '../../context';
import { StudentCrisisResolver, CrisisAlertResolver, CrisisAlertEventResolver } from './crisis.resolver';
import { CrisisAlert, CrisisAlertEvent } from './crisis-alert.entity';
import { createCrisisLoaders } from './crisis.loaders';
import { createCrisisServices } from './crisis.services';

export const crisis = {
  name: 'crisis',
  resolvers: [StudentCrisisResolver, CrisisAlertResolver, CrisisAlertEventResolver],
  entities: [CrisisAlert, CrisisAlertEvent],
  loaders: (s) => createCrisisLoaders(s.dataSource, s.principal),
  services: createCrisisServices,
} satisfies SchoolModule;
