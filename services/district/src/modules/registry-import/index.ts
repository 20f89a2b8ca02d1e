import type { DistrictModule } from '../../context';
import { RegistryImportResolver } from './registry-import.resolver';

export const registryImport = { name: 'registry-import', resolvers: [RegistryImportResolver] } satisfies DistrictModule;
