import type { Logger, QueryRunner } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a data source sends, so tests can prove
 * a query costs a constant number of statements (no N+1). SQL errors print with LOG_SQL_ERRORS=1.
 */
export class StatementCounter implements Logger {
  count = 0;
  statements: string[] = [];

  reset(): void {
    this.count = 0;
    this.statements = [];
  }

  logQuery(query: string): void {
    if (/^(START TRANSACTION|COMMIT|ROLLBACK|SELECT version\(\)|SELECT \* FROM current_schema)/i.test(query)) return;
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string, _params?: unknown[], _qr?: QueryRunner): void {
    if (process.env.LOG_SQL_ERRORS === '1')
      console.error('SQL error:', error instanceof Error ? error.message : error, '\n', query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
