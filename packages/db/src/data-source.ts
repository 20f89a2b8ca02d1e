import 'reflect-metadata';
import { DataSource, type EntitySchema, type Logger, type MixedList } from 'typeorm';

export interface DataSourceOptions {
  /** Pass a StatementCounter (tests) to count the SQL statements sent. */
  logger?: Logger;
  poolSize?: number;
}

/**
 * A service's PostgreSQL data source. `synchronize` stays off: the schema comes from the
 * service's committed migrations (throwaway test databases may opt in themselves).
 */
export function createServiceDataSource(
  url: string,
  model: { entities: MixedList<Function | string | EntitySchema>; migrations: MixedList<Function | string> },
  options: DataSourceOptions = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: model.entities,
    migrations: model.migrations,
    synchronize: false,
    logging: options.logger ? ['query', 'error'] : ['error'],
    logger: options.logger,
    extra: { max: options.poolSize ?? 10 },
  });
}
