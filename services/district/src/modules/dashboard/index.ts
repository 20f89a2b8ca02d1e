import type { DistrictModule } from '../../context';
import { DashboardResolver } from './dashboard.resolver';
import { MetricSnapshotRow, SchoolMetricsLatest, SchoolMetricsWeekly } from './metric-snapshot.entity';

export const dashboard = {
  name: 'dashboard',
  resolvers: [DashboardResolver],
  entities: [MetricSnapshotRow, SchoolMetricsLatest, SchoolMetricsWeekly],
} satisfies DistrictModule;

export { sumFigures } from './dashboard.service';
export { parseSnapshot } from './ingest.service';
