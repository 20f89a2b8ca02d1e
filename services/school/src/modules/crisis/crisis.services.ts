import type { ServiceScope } from '../../context';
import { CrisisService } from './crisis.service';

/** This module's services for one request (built once, in the context). */
export const createCrisisServices = (s: ServiceScope) => ({
  crisis: new CrisisService(s.dataSource, s.caller, s.now),
});
