import type { DistrictModule } from '../../context';
import { PolicyResolver } from './policy.resolver';

export const policy = { name: 'policy', resolvers: [PolicyResolver] } satisfies DistrictModule;
