import type { SchoolModule } from '../../context';
import { TeacherGrowthResolver } from './growth.resolver';
import { createGrowthServices } from './growth.services';

export const growth = {
  name: 'growth',
  resolvers: [TeacherGrowthResolver],
  services: createGrowthServices,
} satisfies SchoolModule;

export { selfOrSchoolAdmin } from './growth.rules';
