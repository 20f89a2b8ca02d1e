import { loadAuthConfig, type AuthConfig } from '@mentorship/auth';

export interface SchoolServiceConfig {
  port: number;
  databaseUrl: string;
  auth: AuthConfig;
  /** Run pending migrations at start (embedded setup); deployments run `pnpm migrate` instead. */
  migrateOnStart: boolean;
}

/** Environment variables are documented in infra/ENVIRONMENT.md. */
export function loadSchoolConfig(env: NodeJS.ProcessEnv = process.env): SchoolServiceConfig {
  const databaseUrl = env.SCHOOL_DATABASE_URL;
  if (!databaseUrl) throw new Error('SCHOOL_DATABASE_URL is not set.');
  return {
    port: Number(env.SCHOOL_PORT ?? 4001),
    databaseUrl,
    auth: loadAuthConfig(env),
    migrateOnStart: env.MIGRATE_ON_START !== 'false',
  };
}
