import type { ServiceScope } from '../../context';
import { ConsultationService } from './consultation.service';

/** This module's services for one request (built once, in the context). */
export const createConsultationServices = (s: ServiceScope) => ({
  consultations: new ConsultationService(s.dataSource, s.caller, s.now),
});
