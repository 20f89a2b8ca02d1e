import type { ServiceScope } from '../../context';
import { RosterImportService } from './roster-import.service';

/** This module's services for one request (built once, in the context). */
export const createRosterImportServices = (s: ServiceScope) => ({
  rosterImports: new RosterImportService(s.dataSource, s.caller, s.now),
});
