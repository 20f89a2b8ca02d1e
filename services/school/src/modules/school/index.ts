import type { SchoolModule } from '../../context';
import { createSchoolLoaders } from './school.loaders';
import { referenceResolvers } from './school.reference';
import { SchoolResolver } from './school.resolver';
import { School } from './school.type';

export const school = {
  name: 'school',
  resolvers: [SchoolResolver],
  orphanedTypes: [School],
  referenceResolvers,
  loaders: (s) => createSchoolLoaders(s.dataSource, s.principal),
} satisfies SchoolModule;
