import type { ServiceScope } from '../../context';
import { MatchingPreferencesService } from './matching-preferences.service';
import { MatchingRoundService } from './matching-round.service';

/** This module's services for one request (built once, in the context). */
export const createMatchingServices = (s: ServiceScope) => ({
  matchingRounds: new MatchingRoundService(s.dataSource, s.caller, s.now),
  matchingPreferences: new MatchingPreferencesService(s.dataSource, s.caller, s.now),
});
