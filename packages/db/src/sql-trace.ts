import fs from 'node:fs';
import path from 'node:path';

import type { Logger } from 'typeorm';

import { StatementCounter } from './statement-counter';

/** Statements kept for one dump: enough for a request's capture, bounded under load. */
const KEEP = 500;

/**
 * The benchmark's view of a service process's SQL (SQL_TRACE_DIR): counts every statement and
 * keeps the first few with their parameters. On SIGUSR2 it writes `{ count, statements }` since
 * the previous signal to `<SQL_TRACE_DIR>/<pid>.json` and starts over, so a benchmark in another
 * process can read what one request ran (to replay it on its plain-SQL floor) and statements
 * per request under load. Off unless the variable is set; one per process, shared by its data sources.
 */
class SqlTrace extends StatementCounter {
  private kept: { sql: string; params: unknown[] }[] = [];

  constructor(private readonly dir: string) {
    super();
    process.on('SIGUSR2', () => this.dump());
  }

  override logQuery(query: string, parameters?: unknown[]): void {
    const before = this.count;
    super.logQuery(query);
    this.statements = [];
    if (this.count === before) return;
    if (this.kept.length < KEEP) this.kept.push({ sql: query, params: parameters ?? [] });
  }

  private dump(): void {
    const file = path.join(this.dir, `${process.pid}.json`);
    // Written aside and renamed, so the reader never sees half a file.
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ count: this.count, statements: this.kept }));
    fs.renameSync(`${file}.tmp`, file);
    this.count = 0;
    this.kept = [];
  }
}

let trace: SqlTrace | undefined;

/** The process's SQL trace when SQL_TRACE_DIR is set (benchmarks only), else undefined. */
export function sqlTraceFromEnv(env: NodeJS.ProcessEnv = process.env): Logger | undefined {
  if (!env.SQL_TRACE_DIR) return undefined;
  trace ??= new SqlTrace(env.SQL_TRACE_DIR);
  return trace;
}
