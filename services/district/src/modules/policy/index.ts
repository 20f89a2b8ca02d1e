import type { DistrictModule } from '../../context';
import { PolicyResolver } from './policy.resolver';
import { PolicyService } from './policy.service';

export const policy = {
  name: 'policy',
  resolvers: [PolicyResolver],
  services: (s) => ({ policy: new PolicyService(s.dataSource, s.principal, s.now) }),
} satisfies DistrictModule;
