import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import {
  type AuthConfig,
  AuthenticationError,
  bearerToken,
  createTokenVerifier,
  GATEWAY_PROOF_HEADER,
  type GatewayTrust,
  loadAuthConfig,
  loadGatewayTrust,
  type Principal,
  Role,
  verifyGatewayProof,
} from '@mentorship/auth';
import { processLogger } from '@mentorship/observability';
import { GraphQLError } from 'graphql';

import { unauthenticated } from './errors';

export interface VerifiedRequest {
  principal: Principal;
  token: string;
  requestId: string;
  /**
   * Where the request came from: the address the gateway saw when it proves it forwarded the request, else this
   * socket's peer.
   */
  clientAddress: string | null;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The one token check: gateway and subgraphs both run it, so a call that bypasses the gateway
 * gets nothing more. No token, a forged, an expired or an over-long one is UNAUTHENTICATED (HTTP 401).
 *
 * A subgraph passes `gateway`: the forwarded x-request-id is used only with a valid gateway
 * proof (else the subgraph mints its own, so the access log's request id is never the caller's
 * choice), and where the proof is required (production) a request without one is FORBIDDEN
 * unless the bearer is a platform SERVICE token (short-lived, ≤ 5 min).
 */
export function requestVerifier(
  auth: AuthConfig,
  gateway?: GatewayTrust,
): (req: IncomingMessage) => Promise<VerifiedRequest> {
  const verify = createTokenVerifier(auth);
  return async (req) => {
    let token: string | null;
    let principal: Principal;
    try {
      token = bearerToken(req.headers.authorization);
      if (!token)
        throw new AuthenticationError('Sign in first: send "Authorization: Bearer <token>" (see `pnpm token`).');
      principal = await verify(token);
    } catch (error) {
      if (error instanceof AuthenticationError) throw unauthenticated(error.message);
      throw error;
    }
    const forwardedId = header(req, 'x-request-id');
    const peer = req.socket.remoteAddress ?? null;
    if (!gateway)
      return {
        principal,
        token,
        requestId: forwardedId ?? randomUUID(),
        clientAddress: header(req, 'x-client-address') ?? peer,
      };
    const viaGateway = verifyGatewayProof(gateway.secret, header(req, GATEWAY_PROOF_HEADER), forwardedId, token);
    if (gateway.required && !viaGateway && principal.role !== Role.SERVICE) {
      throw new GraphQLError('This service answers only the platform gateway: send the request to the gateway.', {
        extensions: { code: 'FORBIDDEN', http: { status: 403 } },
      });
    }
    // A forwarded request id and client address are believed only with the gateway's proof.
    return viaGateway
      ? { principal, token, requestId: forwardedId!, clientAddress: header(req, 'x-client-address') ?? peer }
      : { principal, token, requestId: randomUUID(), clientAddress: peer };
  };
}

/** Re-checks a verified caller against the service's own records; throws to refuse (see principal-check.ts). */
export type PrincipalGuard = (principal: Principal) => Promise<void>;

/** The context builder every subgraph uses: verified caller first, then the service's own parts. */
export function authenticatedContext<C>(
  auth: AuthConfig,
  build: (principal: Principal, requestId: string, clientAddress: string | null) => C,
  options: { gateway?: GatewayTrust; guard?: PrincipalGuard } = {},
): (req: IncomingMessage) => Promise<C> {
  const verify = requestVerifier(auth, options.gateway);
  return async (req) => {
    const { principal, requestId, clientAddress } = await verify(req);
    await options.guard?.(principal);
    return build(principal, requestId, clientAddress);
  };
}

/** Start-up shared by the services' main.ts: run, report failures plainly, stop cleanly on signals. */
export function runService(name: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  start()
    .then((service) => {
      let stopping = false;
      const shutdown = (signal: NodeJS.Signals) => {
        // A second signal while draining (an impatient Ctrl-C) stops at once.
        if (stopping)
          return void (console.error(`[${name}] ${signal} again: exiting without waiting`), process.exit(1));
        stopping = true;
        console.log(`[${name}] ${signal}: draining (not ready, no new connections, finishing requests)`);
        service.stop().then(
          () => (console.log(`[${name}] stopped`), process.exit(0)),
          (error) => (
            console.error(`[${name}] stop failed:`, error instanceof Error ? error.message : error),
            process.exit(1)
          ),
        );
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    })
    .catch((error) => {
      processLogger().fatal(
        { err: error },
        `${name} failed to start: ${error instanceof Error ? error.message : error}`,
      );
      process.exit(1);
    });
}

export interface ServiceConfig {
  port: number;
  databaseUrl: string;
  /**
   * A streaming replica for the read families that tolerate lag (<PREFIX>_DATABASE_READ_URL); unset: all on the
   * primary.
   */
  readDatabaseUrl?: string;
  auth: AuthConfig;
  /** GATEWAY_SECRET, and whether a gateway proof is required (production). */
  gateway: GatewayTrust;
  /** How long a roster re-check of a caller is reused (PRINCIPAL_RECHECK_SECONDS, default 30). */
  principalRecheckMs: number;
  /** Run pending migrations at start (embedded setup); deployments run `pnpm migrate` instead. */
  migrateOnStart: boolean;
  /** Seed the demo district when the database has none of it yet (embedded setup). */
  seedDemo: boolean;
}

/** Revocation is at most this late: the issue asks for a minute, the cache keeps half of it. */
function principalRecheckMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.PRINCIPAL_RECHECK_SECONDS ?? 30);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 60)
    throw new Error('PRINCIPAL_RECHECK_SECONDS must be 0–60.');
  return seconds * 1000;
}

/** A subgraph's settings from the environment (see infra/ENVIRONMENT.md), e.g. prefix SCHOOL → SCHOOL_PORT. */
export function loadServiceConfig(
  prefix: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv = process.env,
): ServiceConfig {
  const databaseUrl = env[`${prefix}_DATABASE_URL`];
  if (!databaseUrl) throw new Error(`${prefix}_DATABASE_URL is not set.`);
  const port = Number(env[`${prefix}_PORT`] ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${prefix}_PORT must be a port number.`);
  return {
    port,
    databaseUrl,
    readDatabaseUrl: env[`${prefix}_DATABASE_READ_URL`] || undefined,
    auth: loadAuthConfig(env),
    gateway: loadGatewayTrust(env),
    principalRecheckMs: principalRecheckMs(env),
    migrateOnStart: env.MIGRATE_ON_START !== 'false',
    seedDemo: env.SEED_DEMO === 'true',
  };
}
