import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

/** The district database. `synchronize` stays off: the schema comes from committed migrations. */
export function createDistrictDataSource(url: string, options: { logger?: Logger; poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    logging: options.logger ? ['query', 'error'] : ['error'],
    logger: options.logger,
    extra: { max: options.poolSize ?? 10 },
  });
}
