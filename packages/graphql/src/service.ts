import { AuthenticationError, bearerToken, createTokenVerifier, loadAuthConfig, type AuthConfig, type Principal } from '@mentorship/auth';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { unauthenticated } from './errors';

export interface VerifiedRequest {
  principal: Principal;
  token: string;
  requestId: string;
}

/**
 * The one token check: gateway and subgraphs both run it, so a call that bypasses the gateway
 * gets nothing more. No token, a forged or an expired one is UNAUTHENTICATED (HTTP 401).
 */
export function requestVerifier(auth: AuthConfig): (req: IncomingMessage) => Promise<VerifiedRequest> {
  const verify = createTokenVerifier(auth);
  return async (req) => {
    try {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw new AuthenticationError('Sign in first: send "Authorization: Bearer <token>" (see `pnpm token`).');
      const principal = await verify(token);
      return { principal, token, requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID() };
    } catch (error) {
      if (error instanceof AuthenticationError) throw unauthenticated(error.message);
      throw error;
    }
  };
}

/** The context builder every subgraph uses: verified caller first, then the service's own parts. */
export function authenticatedContext<C>(auth: AuthConfig, build: (principal: Principal, requestId: string) => C): (req: IncomingMessage) => Promise<C> {
  const verify = requestVerifier(auth);
  return async (req) => {
    const { principal, requestId } = await verify(req);
    return build(principal, requestId);
  };
}

/** Start-up shared by the services' main.ts: run, report failures plainly, stop cleanly on signals. */
export function runService(name: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  start()
    .then((service) => {
      const shutdown = async () => {
        await service.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    })
    .catch((error) => {
      console.error(`[${name}] failed to start:`, error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

export interface ServiceConfig {
  port: number;
  databaseUrl: string;
  auth: AuthConfig;
  /** Run pending migrations at start (embedded setup); deployments run `pnpm migrate` instead. */
  migrateOnStart: boolean;
  /** Seed the demo district when the database has none of it yet (embedded setup). */
  seedDemo: boolean;
}

/** A subgraph's settings from the environment (see infra/ENVIRONMENT.md), e.g. prefix SCHOOL → SCHOOL_PORT. */
export function loadServiceConfig(prefix: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const databaseUrl = env[`${prefix}_DATABASE_URL`];
  if (!databaseUrl) throw new Error(`${prefix}_DATABASE_URL is not set.`);
  const port = Number(env[`${prefix}_PORT`] ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${prefix}_PORT must be a port number.`);
  return {
    port,
    databaseUrl,
    auth: loadAuthConfig(env),
    migrateOnStart: env.MIGRATE_ON_START !== 'false',
    seedDemo: env.SEED_DEMO === 'true',
  };
}
