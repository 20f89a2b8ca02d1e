import { prepareDatabases } from '../databases';
import { runCommand } from '../processes';

/** `pnpm seed`: migrates and seeds the demo district (DEMO_SCHOOLS, DEMO_STUDENTS) on the embedded cluster or DATABASE_URL. */
const log = (line: string) => console.log(`[seed] ${line}`);

async function main() {
  const databases = await prepareDatabases(log);
  try {
    await runCommand('services/district/dist/bin/seed.js', { DISTRICT_DATABASE_URL: databases.districtUrl });
    await runCommand('services/school/dist/bin/seed.js', { SCHOOL_DATABASE_URL: databases.schoolUrl });
  } finally {
    await databases.stop();
  }
}

main().catch((error) => {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
