import type { SchoolModule } from '../../context';
import { StudentTrajectoryResolver } from './trajectory.resolver';
import { TrajectoryService } from './trajectory.service';

export const trajectory = {
  name: 'trajectory',
  resolvers: [StudentTrajectoryResolver],
  services: (s) => ({ trajectory: new TrajectoryService(s.dataSource, s.caller, s.now) }),
} satisfies SchoolModule;
