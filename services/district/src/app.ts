import type { AuthConfig } from '@mentorship/auth';
import { startSubgraph, type Clock, type RunningServer } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';
import { districtService } from './service';

/** The district subgraph as an app: tests and main.ts both start it this way. */
export function createDistrictApp(options: { dataSource: DataSource; port: number; auth: AuthConfig; now?: Clock }): Promise<RunningServer> {
  return startSubgraph(districtService, options);
}
