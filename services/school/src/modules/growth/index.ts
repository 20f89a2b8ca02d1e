import type { SchoolModule } from '../../context';
import { TeacherGrowthResolver } from './growth.resolver';

export const growth = {
  name: 'growth',
  resolvers: [TeacherGrowthResolver],
} satisfies SchoolModule;

export { selfOrSchoolAdmin } from './growth.rules';
