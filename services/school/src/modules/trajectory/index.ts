import type { SchoolModule } from '../../context';
import { StudentTrajectoryResolver } from './trajectory.resolver';

export const trajectory = {
  name: 'trajectory',
  resolvers: [StudentTrajectoryResolver],
} satisfies SchoolModule;
