import type { AuthConfig } from '@mentorship/auth';
import { startSubgraph, type Clock, type RunningServer } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';
import { schoolService } from './service';

/** The school subgraph as an app: tests and main.ts both start it this way. */
export function createSchoolApp(options: { dataSource: DataSource; port: number; auth: AuthConfig; now?: Clock }): Promise<RunningServer> {
  return startSubgraph(schoolService, options);
}
