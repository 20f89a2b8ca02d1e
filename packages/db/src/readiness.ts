import type { DataSource } from 'typeorm';

/**
 * Readiness of a service's database for /readyz: reachable (a `SELECT 1` within `timeoutMs`)
 * and every migration this build carries applied. Migrations applied that this build does not
 * know are fine: a newer release migrates first while the older replicas still serve
 * (expand-then-contract), so they must stay ready. Once current, the migrations are not read again.
 */
export function databaseReadiness(
  dataSource: DataSource,
  timeoutMs = 2_000,
): () => Promise<{ ready: boolean; checks: Record<string, string> }> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const compiled = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
  let current = false;
  const withTimeout = <T>(work: Promise<T>) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)));
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  };
  return async () => {
    try {
      if (current) await withTimeout(dataSource.query('SELECT 1'));
      else {
        const rows: { name: string }[] = await withTimeout(dataSource.query(`SELECT name FROM "${table}"`));
        const applied = new Set(rows.map((r) => r.name));
        const pending = compiled.filter((name) => !applied.has(name)).length;
        if (pending) return { ready: false, checks: { database: 'ok', migrations: `${pending} pending` } };
        current = true;
      }
      return { ready: true, checks: { database: 'ok', migrations: 'current' } };
    } catch (error) {
      // A missing migrations table means nothing was migrated; anything else: not reachable.
      const missing = /does not exist/.test(error instanceof Error ? error.message : '');
      return {
        ready: false,
        checks: missing
          ? { database: 'ok', migrations: `${compiled.length} pending` }
          : { database: 'unreachable', migrations: 'unknown' },
      };
    }
  };
}
