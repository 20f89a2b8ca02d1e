import type { SchoolModule } from '../../context';
import { RosterImport } from './roster-import.entity';
import { RosterImportResolver } from './roster-import.resolver';
import { createRosterImportServices } from './roster-import.services';

export const rosterImport = {
  name: 'roster-import',
  resolvers: [RosterImportResolver],
  entities: [RosterImport],
  services: createRosterImportServices,
} satisfies SchoolModule;

export { RosterKind } from './columns';
export { RosterImportService } from './roster-import.service';
