import { randomUUID } from 'node:crypto';

import type { AuthContext, Principal } from '@mentorship/auth';
import { primaryReads, type ReadSide } from '@mentorship/db';
import { type Folded, foldPerRequest, type ServiceClient, type SubgraphModule } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { modules } from './modules';
import type { SchoolClients } from './modules/certification';
import { AccessLog, MenteeAccess } from './modules/privacy';

/**
 * Who calls and what their request brings along: the second argument of every service's one constructor shape
 * (data source, caller, clock).
 */
export interface Caller {
  principal: Principal;
  requestId: string;
  /** Personal-data reads and writes of this request, written when the response goes out. */
  accessLog: AccessLog;
  /** The district, built once at start-up and passed in (null: not configured → DISTRICT_UNAVAILABLE). */
  district: ServiceClient | null;
}

/** What a module's loaders and services are built from, once per request: data source, caller and clock. */
export interface RequestScope extends Caller {
  dataSource: DataSource;
  now: () => Date;
  reads: ReadSide;
  /** The same caller, bundled once for the services. */
  caller: Caller;
}
/** Services are built from the same scope. */
export type ServiceScope = RequestScope;

export type SchoolModule = SubgraphModule<RequestScope, RequestScope>;
export type Loaders = Folded<typeof modules, 'loaders'>;
export type Services = Folded<typeof modules, 'services'>;

/** Built once per request: the verified caller and fresh loaders (no cache shared between callers). */
export interface SchoolContext extends AuthContext {
  principal: Principal;
  requestId: string;
  dataSource: DataSource;
  /**
   * Read families that a streaming replica may answer (infra/README.md): the figures. Everything else uses
   * `dataSource`.
   */
  reads: ReadSide;
  loaders: Loaders;
  /** This request's services, built once beside the loaders; resolvers check, call them and map. */
  services: Services;
  /** The service clock: tests move it to check deadlines. */
  now: () => Date;
  /** Is the caller this student's current mentor? One statement per request. */
  mentees: MenteeAccess;
  /** Personal-data reads of this request, written when the response goes out. */
  accessLog: AccessLog;
}

/** A caller with its own access log: a request's (below), or one outside a request (the command line, specs). */
export function callerOf(
  dataSource: DataSource,
  principal: Principal,
  now: () => Date,
  { requestId = randomUUID(), district = null }: { requestId?: string; district?: ServiceClient | null } = {},
): Caller {
  return { principal, requestId, accessLog: new AccessLog(dataSource, principal, requestId, now), district };
}

export function createSchoolContext(
  dataSource: DataSource,
  principal: Principal,
  requestId: string,
  now: () => Date,
  clientAddress: string | null = null,
  reads: ReadSide = primaryReads(dataSource),
  clients?: SchoolClients,
): SchoolContext {
  const caller = callerOf(dataSource, principal, now, { requestId, district: clients?.district });
  const { accessLog } = caller;
  accessLog.from(clientAddress);
  const scope: RequestScope = { dataSource, now, reads, ...caller, caller };
  return {
    principal,
    requestId,
    dataSource,
    reads,
    now,
    loaders: foldPerRequest(modules, 'loaders', scope),
    services: foldPerRequest(modules, 'services', scope),
    mentees: new MenteeAccess(dataSource, principal),
    accessLog,
  };
}
