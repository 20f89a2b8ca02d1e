import type { ServiceScope } from '../../context';
import { RecordsService } from './records.service';

/** This module's services for one request (built once, in the context). */
export const createRecordsServices = (s: ServiceScope) => ({
  records: new RecordsService(s.dataSource, s.caller, s.now),
});
