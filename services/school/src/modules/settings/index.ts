import type { SchoolModule } from '../../context';
import { SchoolSettingsResolver } from './school-settings.resolver';
import { createSettingsServices } from './settings.services';

export const settings = {
  name: 'settings',
  resolvers: [SchoolSettingsResolver],
  services: createSettingsServices,
} satisfies SchoolModule;
