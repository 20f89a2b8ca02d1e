import type { AuthConfig } from '@mentorship/auth';
import { authenticatedContext, startGraphQLServer, type RunningServer } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';
import { createLoaders, type DistrictContext } from './context';
import { buildDistrictSchema } from './schema';

/** The district subgraph as an app: tests and main.ts both start it this way. */
export async function createDistrictApp(options: { dataSource: DataSource; port: number; auth: AuthConfig }): Promise<RunningServer> {
  return startGraphQLServer<DistrictContext>({
    schema: await buildDistrictSchema(),
    port: options.port,
    context: authenticatedContext(options.auth, (principal, requestId) => ({
      principal,
      requestId,
      dataSource: options.dataSource,
      loaders: createLoaders(options.dataSource, principal),
    })),
  });
}
