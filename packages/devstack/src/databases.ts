import path from 'node:path';

import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@mentorship/db';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface Databases {
  schoolUrl: string;
  districtUrl: string;
  /** The gateway's own database (rate-limit counters shared by its replicas); unset: counted in memory. */
  gatewayUrl?: string;
  /** What serves them, for the banner. */
  where: string;
  stop(): Promise<void>;
}

/**
 * The school and district databases: on the PostgreSQL named by SCHOOL_DATABASE_URL /
 * DISTRICT_DATABASE_URL or DATABASE_URL when set, else on the embedded cluster in .data/
 * (created on first run, reused after). Databases are created when missing.
 */
export async function prepareDatabases(log: (line: string) => void): Promise<Databases> {
  const env = process.env;
  if (!env.DATABASE_URL && Boolean(env.SCHOOL_DATABASE_URL) !== Boolean(env.DISTRICT_DATABASE_URL)) {
    throw new Error('Set both SCHOOL_DATABASE_URL and DISTRICT_DATABASE_URL (or DATABASE_URL), not only one of them.');
  }
  const external = env.DATABASE_URL || env.SCHOOL_DATABASE_URL;
  if (external) {
    const schoolUrl = env.SCHOOL_DATABASE_URL || withDatabase(env.DATABASE_URL!, 'mentorship_school');
    const districtUrl = env.DISTRICT_DATABASE_URL || withDatabase(env.DATABASE_URL!, 'mentorship_district');
    // With per-service URLs (and roles) only, the gateway's database must be named too.
    const gatewayUrl =
      env.GATEWAY_DATABASE_URL || (env.DATABASE_URL ? withDatabase(env.DATABASE_URL, 'mentorship_gateway') : undefined);
    for (const url of [schoolUrl, districtUrl, gatewayUrl])
      if (url && (await ensureDatabase(url))) log(`created database ${new URL(url).pathname.slice(1)}`);
    return {
      schoolUrl,
      districtUrl,
      gatewayUrl,
      where: `external PostgreSQL at ${new URL(schoolUrl).host}`,
      stop: async () => undefined,
    };
  }
  const dataDir = env.PG_DATA_DIR || path.join(REPO_ROOT, '.data', 'postgres');
  const port = Number(env.PG_PORT || 54329);
  log(`starting embedded PostgreSQL (data in ${dataDir}, port ${port})`);
  const pg = await startEmbeddedPostgres({ dataDir, port, log });
  const schoolUrl = pg.url('mentorship_school');
  const districtUrl = pg.url('mentorship_district');
  const gatewayUrl = pg.url('mentorship_gateway');
  for (const url of [schoolUrl, districtUrl, gatewayUrl])
    if (await ensureDatabase(url)) log(`created database ${new URL(url).pathname.slice(1)}`);
  return {
    schoolUrl,
    districtUrl,
    gatewayUrl,
    where: `embedded PostgreSQL on 127.0.0.1:${port} (data in ${pg.dataDir})`,
    stop: () => pg.stop(),
  };
}
