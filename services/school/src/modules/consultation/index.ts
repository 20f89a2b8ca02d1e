import type { SchoolModule } from '../../context';
import { StudentConsultationResolver, CaseConsultationResolver, ConsultationDecisionResolver, ConsultationTaskResolver } from './consultation.resolver';
import { CaseConsultation, ConsultationDecision, ConsultationTask } from './case-consultation.entity';
import { createConsultationLoaders } from './consultation.loaders';
import { createConsultationServices } from './consultation.services';

export const consultation = {
  name: 'consultation',
  resolvers: [StudentConsultationResolver, CaseConsultationResolver, ConsultationDecisionResolver, ConsultationTaskResolver],
  entities: [CaseConsultation, ConsultationDecision, ConsultationTask],
  loaders: (s) => createConsultationLoaders(s.dataSource, s.principal),
  services: createConsultationServices,
} satisfies SchoolModule;
