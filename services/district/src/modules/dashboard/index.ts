import type { DistrictModule } from '../../context';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { MetricSnapshotRow, SchoolMetricsLatest, SchoolMetricsWeekly } from './metric-snapshot.entity';

export const dashboard = {
  name: 'dashboard',
  resolvers: [DashboardResolver],
  entities: [MetricSnapshotRow, SchoolMetricsLatest, SchoolMetricsWeekly],
  services: (s) => ({ dashboard: new DashboardService(s.reads, s.principal, s.now) }),
} satisfies DistrictModule;

export { sumFigures } from './dashboard.service';
export { parseSnapshot } from './ingest.service';
