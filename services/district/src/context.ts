import type { AuthContext, Principal } from '@mentorship/auth';
import type { ReadSide } from '@mentorship/db';
import type { DataSource } from 'typeorm';
import { createCalendarLoaders } from './modules/calendar/calendar.loaders';
import { createRegistryLoaders } from './modules/registry/registry.loaders';
import { createTrainingLoaders } from './modules/training/training.resolver';

export function createLoaders(dataSource: DataSource, principal: Principal) {
  return { ...createRegistryLoaders(dataSource, principal), ...createCalendarLoaders(dataSource, principal), ...createTrainingLoaders({ dataSource, principal }) };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface DistrictContext extends AuthContext {
  principal: Principal;
  requestId: string;
  dataSource: DataSource;
  /** Read families that a streaming replica may answer (infra/README.md): dashboard, trends, report export. */
  reads: ReadSide;
  loaders: Loaders;
  /** The service clock: tests move it. */
  now: () => Date;
}
