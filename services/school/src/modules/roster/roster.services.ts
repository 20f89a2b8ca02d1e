import type { ServiceScope } from '../../context';
import { RosterService } from './roster.service';

/** This module's services for one request (built once, in the context). */
export const createRosterServices = (s: ServiceScope) => ({
  roster: new RosterService(s.dataSource, s.caller, s.now),
});
