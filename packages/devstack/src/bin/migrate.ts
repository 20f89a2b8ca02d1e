import { prepareDatabases } from '../databases';
import { runCommand } from '../processes';

/** `pnpm migrate`: runs both services' pending migrations on the embedded cluster or DATABASE_URL. */
const log = (line: string) => console.log(`[migrate] ${line}`);

async function main() {
  const databases = await prepareDatabases(log);
  try {
    await runCommand('services/district/dist/bin/migrate.js', { DISTRICT_DATABASE_URL: databases.districtUrl });
    await runCommand('services/school/dist/bin/migrate.js', { SCHOOL_DATABASE_URL: databases.schoolUrl });
  } finally {
    await databases.stop();
  }
}

main().catch((error) => {
  console.error(`[migrate] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
