import { type RunningServer, startSubgraph, type SubgraphStartOptions } from '@mentorship/graphql';

import { districtService } from './service';

/** The district subgraph as an app: tests and main.ts both start it this way. */
export function createDistrictApp(options: SubgraphStartOptions): Promise<RunningServer> {
  return startSubgraph(districtService, options);
}
