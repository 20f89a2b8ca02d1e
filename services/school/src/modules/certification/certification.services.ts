import type { ServiceScope } from '../../context';
import { CertificationService } from './certification.service';

/** This module's services for one request (built once, in the context). */
export const createCertificationServices = (s: ServiceScope) => ({
  certification: new CertificationService(s.dataSource, s.caller, s.now),
});
