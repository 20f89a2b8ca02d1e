import type { ServiceScope } from '../../context';
import { SchoolSettingsService } from './school-settings.service';

/** This module's services for one request (built once, in the context). */
export const createSettingsServices = (s: ServiceScope) => ({
  schoolSettings: new SchoolSettingsService(s.dataSource, s.caller, s.now),
});
