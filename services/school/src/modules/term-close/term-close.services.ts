import type { ServiceScope } from '../../context';
import { TermCloseService } from './term-close.service';

/** This module's services for one request (built once, in the context). */
export const createTermCloseServices = (s: ServiceScope) => ({
  termClose: new TermCloseService(s.dataSource, s.caller, s.now),
});
