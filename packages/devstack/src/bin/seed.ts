import { runServiceCommand } from './service-command';

/** `pnpm seed`: migrates and seeds the demo district (DEMO_SCHOOLS, DEMO_STUDENTS, DEMO_SEED). */
runServiceCommand('seed');
