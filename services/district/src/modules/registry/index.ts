import type { DistrictModule } from '../../context';
import { District } from './district.entity';
import { DistrictPolicy } from './district-policy.entity';
import { createRegistryLoaders } from './registry.loaders';
import { DistrictResolver, RegistryResolver, SchoolResolver } from './registry.resolver';
import { RegistryService } from './registry.service';
import { School } from './school.entity';
import { referenceResolvers } from './school.reference';

export const registry = {
  name: 'registry',
  resolvers: [RegistryResolver, DistrictResolver, SchoolResolver],
  entities: [District, DistrictPolicy, School],
  referenceResolvers,
  loaders: (s) => createRegistryLoaders(s.dataSource, s.principal),
  services: (s) => ({ registry: new RegistryService(s.dataSource, s.principal, s.now) }),
} satisfies DistrictModule;

export { registryCheck } from './registry-check';
