import { prepareDatabases } from '../databases';
import { runCommand } from '../processes';

/**
 * Runs one command of each service (`migrate` or `seed`) against the embedded cluster, or the
 * PostgreSQL that DATABASE_URL names, starting and stopping the embedded cluster around it.
 */
export function runServiceCommand(command: 'migrate' | 'seed'): void {
  const log = (line: string) => console.log(`[${command}] ${line}`);
  const run = async () => {
    const databases = await prepareDatabases(log);
    try {
      await runCommand(`services/district/dist/bin/${command}.js`, { DISTRICT_DATABASE_URL: databases.districtUrl });
      await runCommand(`services/school/dist/bin/${command}.js`, { SCHOOL_DATABASE_URL: databases.schoolUrl });
    } finally {
      await databases.stop();
    }
  };
  run().catch((error) => {
    console.error(`[${command}] failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
