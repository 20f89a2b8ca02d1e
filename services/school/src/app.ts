import { type RunningServer, startSubgraph, type SubgraphStartOptions } from '@mentorship/graphql';

import type { SchoolClients } from './modules/certification';
import { schoolService } from './service';

/** The school subgraph as an app: tests and main.ts both start it this way. */
export function createSchoolApp(options: SubgraphStartOptions<SchoolClients>): Promise<RunningServer> {
  return startSubgraph(schoolService, options);
}
