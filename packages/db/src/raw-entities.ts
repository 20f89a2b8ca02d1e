import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity's columns for a hand-written SELECT, each aliased `<prefix><column>` so several entities can share
 * one row (a join): `SELECT ${entityColumns(ds, Student, 's', 's_')}, ${entityColumns(ds, Classroom, 'c', 'c_')}`.
 */
export function entityColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  prefix: string,
): string {
  return dataSource
    .getMetadata(entity)
    .columns.filter((c) => !c.isVirtual)
    .map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.databaseName}"`)
    .join(', ');
}

/**
 * The entity in a raw row selected with `entityColumns`, hydrated as TypeORM would (the driver's conversions), so
 * it can prime the loaders that would otherwise read it; null when the row has none (an outer join's empty side).
 */
export function entityFromRow<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  row: Record<string, unknown>,
  prefix: string,
): T | null {
  const metadata = dataSource.getMetadata(entity);
  const primary = metadata.primaryColumns[0];
  if (row[`${prefix}${primary.databaseName}`] == null) return null;
  const target = metadata.create() as T;
  for (const column of metadata.columns.filter((c) => !c.isVirtual)) {
    const value = dataSource.driver.prepareHydratedValue(row[`${prefix}${column.databaseName}`], column);
    column.setEntityValue(target, value);
  }
  return target;
}
