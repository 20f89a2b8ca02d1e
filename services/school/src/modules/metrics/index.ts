import type { SchoolModule } from '../../context';
import { createMetricsLoaders } from './metrics.loaders';
import { ClassroomMetricsResolver, GradeMetricsResolver, SchoolMetricsResolver } from './metrics.resolver';
import { OutboxMessage } from './outbox-message.entity';

export const metrics = {
  name: 'metrics',
  resolvers: [GradeMetricsResolver, ClassroomMetricsResolver, SchoolMetricsResolver],
  entities: [OutboxMessage],
  loaders: (s) => createMetricsLoaders(s.reads, s.principal, s.now),
} satisfies SchoolModule;

export { comparisonRows } from './comparison';
export {
  type Counts,
  countSchools,
  NO_COUNTS,
  publishGroup,
  publishSchool,
  rollUp,
  type SchoolCounts,
} from './group-metrics';
export { startMetricsPublishing } from './metrics.background';
export { deliverToDistrict, OutboxRelay } from './outbox-relay';
export {
  type MetricSnapshot,
  queueScheduledSnapshots,
  queueSnapshots,
  slotOf,
  slotSnapshotId,
  snapshotOf,
} from './snapshot';
