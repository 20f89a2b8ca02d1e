import { createServiceDataSource, type DataSourceOptions } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { entities } from './entities';
import { migrations } from './migrations';

/** The school database; the migration commands and the service use this one definition. */
export function createSchoolDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return createServiceDataSource(url, { entities, migrations }, options);
}
