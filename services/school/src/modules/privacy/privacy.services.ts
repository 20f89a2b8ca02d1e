import type { ServiceScope } from '../../context';
import { AccessLogService } from './access-log.service';

/** This module's services for one request (built once, in the context). */
export const createPrivacyServices = (s: ServiceScope) => ({
  accessLogs: new AccessLogService(s.dataSource, s.caller, s.now),
});
