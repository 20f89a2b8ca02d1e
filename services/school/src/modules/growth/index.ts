import type { SchoolModule } from '../../context';
import { createGrowthServices } from './growth.services';
import { TeacherGrowthResolver } from './growth.resolver';

export const growth = {
  name: 'growth',
  resolvers: [TeacherGrowthResolver],
  services: createGrowthServices,
} satisfies SchoolModule;

export { selfOrSchoolAdmin } from './growth.rules';
