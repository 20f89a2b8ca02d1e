import type { ServiceScope } from '../../context';
import { GrowthService } from './growth.service';

/** This module's services for one request (built once, in the context). */
export const createGrowthServices = (s: ServiceScope) => ({
  growth: new GrowthService(s.dataSource, s.caller, s.now),
});
