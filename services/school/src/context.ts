import type { AuthContext, Principal } from '@mentorship/auth';
import type { DataSource } from 'typeorm';
import { createRosterLoaders } from './modules/roster/roster.loaders';
import { createMatchingLoaders } from './modules/matching/matching.loaders';
import { createMentorshipLoaders } from './modules/mentorship/mentorship.loaders';
import { createSchoolLoaders } from './modules/school/school.loaders';

export function createLoaders(dataSource: DataSource, principal: Principal) {
  return {
    ...createRosterLoaders(dataSource, principal),
    ...createMentorshipLoaders(dataSource, principal),
    ...createSchoolLoaders(dataSource, principal),
    ...createMatchingLoaders(dataSource, principal),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Built once per request: the verified caller and fresh loaders (no cache shared between callers). */
export interface SchoolContext extends AuthContext {
  principal: Principal;
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
}
