import { runServiceCommand } from './service-command';

/** `pnpm migrate`: runs both services' pending migrations. */
runServiceCommand('migrate');
