import { demoScaleFromEnv } from '@mentorship/demo-data';
import type { SubgraphService } from '@mentorship/graphql';

import { createLoaders, createServices, type DistrictContext } from './context';
import { createDistrictDataSource } from './data-source';
import { registryCheck } from './modules/registry';
import { buildDistrictSchema } from './schema';
import { seedDistrictDemo } from './seed/seed-demo';

export const districtService: SubgraphService<DistrictContext> = {
  name: 'district',
  envPrefix: 'DISTRICT',
  defaultPort: 4002,
  createDataSource: (url, options) => createDistrictDataSource(url, options),
  buildSchema: buildDistrictSchema,
  createContext: (dataSource, principal, requestId, now, _clientAddress, reads) => ({
    principal,
    requestId,
    dataSource,
    reads,
    now,
    loaders: createLoaders(dataSource, principal, now),
    services: createServices({ dataSource, principal, now, reads }),
  }),
  checkPrincipal: registryCheck,
  seedDemo: (dataSource, log) => seedDistrictDemo(dataSource, { scale: demoScaleFromEnv(), log }),
};
