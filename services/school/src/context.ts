import type { AuthContext, Principal } from '@mentorship/auth';
import { primaryReads, type ReadSide } from '@mentorship/db';
import { type Folded, foldPerRequest, type ServiceClient, type SubgraphModule } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { modules } from './modules';
import type { SchoolClients } from './modules/certification';
import { AccessLog, MenteeAccess } from './modules/privacy';

/**
 * What a module's loaders and services are built from, once per request: data source, caller, clock and this request's
 * log.
 */
export interface RequestScope {
  dataSource: DataSource;
  principal: Principal;
  now: () => Date;
  reads: ReadSide;
  requestId: string;
  accessLog: AccessLog;
  /** The district, built once at start-up and passed in (null: not configured → DISTRICT_UNAVAILABLE). */
  district: ServiceClient | null;
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

export function createSchoolContext(
  dataSource: DataSource,
  principal: Principal,
  requestId: string,
  now: () => Date,
  clientAddress: string | null = null,
  reads: ReadSide = primaryReads(dataSource),
  clients?: SchoolClients,
): SchoolContext {
  const accessLog = new AccessLog(dataSource, principal, requestId, now);
  accessLog.from(clientAddress);
  const district = clients?.district ?? null;
  const scope: RequestScope = { dataSource, principal, now, reads, requestId, accessLog, district };
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
