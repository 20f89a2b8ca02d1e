import type { SchoolModule } from '../../context';
import { CaseConsultation, ConsultationDecision, ConsultationTask } from './case-consultation.entity';
import { createConsultationLoaders } from './consultation.loaders';
import {
  CaseConsultationResolver,
  ConsultationDecisionResolver,
  ConsultationTaskResolver,
  StudentConsultationResolver,
} from './consultation.resolver';
import { createConsultationServices } from './consultation.services';

export const consultation = {
  name: 'consultation',
  resolvers: [
    StudentConsultationResolver,
    CaseConsultationResolver,
    ConsultationDecisionResolver,
    ConsultationTaskResolver,
  ],
  entities: [CaseConsultation, ConsultationDecision, ConsultationTask],
  loaders: (s) => createConsultationLoaders(s.dataSource, s.principal),
  services: createConsultationServices,
} satisfies SchoolModule;
