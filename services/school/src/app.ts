import { bearerToken, createTokenVerifier, AuthenticationError, type AuthConfig } from '@mentorship/auth';
import { startGraphQLServer, unauthenticated, type RunningServer } from '@mentorship/graphql';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createLoaders, type SchoolContext } from './context';
import { buildSchoolSchema } from './schema';

/**
 * The school subgraph as an app: tests and main.ts both start it this way. It verifies
 * every caller's token itself, so a direct call that bypasses the gateway gets nothing more.
 */
export async function createSchoolApp(options: { dataSource: DataSource; port: number; auth: AuthConfig }): Promise<RunningServer> {
  const verify = createTokenVerifier(options.auth);
  const schema = await buildSchoolSchema();
  return startGraphQLServer<SchoolContext>({
    schema,
    port: options.port,
    async context(req) {
      let token: string | null;
      try {
        token = bearerToken(req.headers.authorization);
        if (!token) throw new AuthenticationError('Sign in first: send "Authorization: Bearer <token>".');
        const principal = await verify(token);
        const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        return { principal, requestId, dataSource: options.dataSource, loaders: createLoaders(options.dataSource, principal) };
      } catch (error) {
        if (error instanceof AuthenticationError) throw unauthenticated(error.message);
        throw error;
      }
    },
  });
}
