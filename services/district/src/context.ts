import type { AuthContext, Principal } from '@mentorship/auth';
import type { ReadSide } from '@mentorship/db';
import { type Folded, foldPerRequest, type SubgraphModule } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { modules } from './modules';

/** What a module's loaders and services are built from, once per request. */
export interface RequestScope {
  dataSource: DataSource;
  principal: Principal;
  /** The service clock: tests move it. */
  now: () => Date;
}

/** Services also get the request's read side (a replica may answer the dashboard's reads). */
export interface ServiceScope extends RequestScope {
  reads: ReadSide;
}

export type DistrictModule = SubgraphModule<RequestScope, ServiceScope>;
export type Loaders = Folded<typeof modules, 'loaders'>;
export type Services = Folded<typeof modules, 'services'>;

export function createLoaders(
  dataSource: DataSource,
  principal: Principal,
  now: () => Date = () => new Date(),
): Loaders {
  return foldPerRequest(modules, 'loaders', { dataSource, principal, now });
}

export function createServices(scope: ServiceScope): Services {
  return foldPerRequest(modules, 'services', scope);
}

export interface DistrictContext extends AuthContext {
  principal: Principal;
  requestId: string;
  dataSource: DataSource;
  /** Read families that a streaming replica may answer (infra/README.md): dashboard, trends, report export. */
  reads: ReadSide;
  loaders: Loaders;
  /** This request's services, built once beside the loaders; resolvers check, call them and map. */
  services: Services;
  /** The service clock: tests move it. */
  now: () => Date;
}
