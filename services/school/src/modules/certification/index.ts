import type { SchoolModule } from '../../context';
import { CertificationResolver } from './certification.resolver';
import { createCertificationServices } from './certification.services';
import { MentorStatusChange } from './mentor-status-change.entity';

export const certification = {
  name: 'certification',
  resolvers: [CertificationResolver],
  entities: [MentorStatusChange],
  services: createCertificationServices,
} satisfies SchoolModule;

export { type DistrictAccess, districtClient, type SchoolClients } from './district-access';
