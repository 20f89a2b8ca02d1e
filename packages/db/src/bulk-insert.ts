import type { EntityManager } from 'typeorm';

export interface BulkColumn<T> {
  name: string;
  /** PostgreSQL type of the column, for the array cast (uuid, text, smallint, date…). */
  type: string;
  value: (row: T) => unknown;
}

/**
 * Inserts many rows with one `INSERT … SELECT FROM unnest(…)` per chunk: a column's values
 * travel as one array parameter, so 300,000 students cost tens of statements, not 300,000.
 */
export async function bulkInsert<T>(
  manager: EntityManager,
  table: string,
  columns: BulkColumn<T>[],
  rows: readonly T[],
  chunkSize = 5000,
): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    await manager.query(
      sql,
      columns.map((c) => chunk.map(c.value)),
    );
  }
}
