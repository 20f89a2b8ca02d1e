import type { AuthConfig } from '@mentorship/auth';
import { authenticatedContext, startGraphQLServer, type RunningServer } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';
import { createLoaders, type SchoolContext } from './context';
import { buildSchoolSchema } from './schema';

/** The school subgraph as an app: tests and main.ts both start it this way. */
export async function createSchoolApp(options: { dataSource: DataSource; port: number; auth: AuthConfig }): Promise<RunningServer> {
  return startGraphQLServer<SchoolContext>({
    schema: await buildSchoolSchema(),
    port: options.port,
    context: authenticatedContext(options.auth, (principal, requestId) => ({
      principal,
      requestId,
      dataSource: options.dataSource,
      loaders: createLoaders(options.dataSource, principal),
    })),
  });
}
