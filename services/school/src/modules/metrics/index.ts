import type { SchoolModule } from '../../context';
import { GradeMetricsResolver, ClassroomMetricsResolver, SchoolMetricsResolver } from './metrics.resolver';
import { OutboxMessage } from './outbox-message.entity';
import { createMetricsLoaders } from './metrics.loaders';

export const metrics = {
  name: 'metrics',
  resolvers: [GradeMetricsResolver, ClassroomMetricsResolver, SchoolMetricsResolver],
  entities: [OutboxMessage],
  loaders: (s) => createMetricsLoaders(s.reads, s.principal, s.now),
} satisfies SchoolModule;

export { startMetricsPublishing } from './metrics.background';
export { queueSnapshots, queueScheduledSnapshots, slotOf, slotSnapshotId, snapshotOf, type MetricSnapshot } from './snapshot';
export { countSchools, rollUp, publishGroup, publishSchool, NO_COUNTS, type Counts, type SchoolCounts } from './group-metrics';
export { comparisonRows } from './comparison';
export { OutboxRelay, deliverToDistrict } from './outbox-relay';
