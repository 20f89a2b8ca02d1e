import type { SchoolModule } from '../../context';
import { createMatchingLoaders } from './matching.loaders';
import { MatchingResolver } from './matching.resolver';
import { createMatchingServices } from './matching.services';
import { MatchingAdjustment, MatchingOutcome } from './matching-outcome.entity';
import { MatchingRound } from './matching-round.entity';
import { MatchingAdjustmentResolver, MatchingOutcomeResolver, MatchingRoundResolver } from './matching-round.resolver';
import { MentorDecision, MentorPreference } from './mentor-preference.entity';
import { RoundMentor } from './round-mentor.entity';

export const matching = {
  name: 'matching',
  resolvers: [MatchingResolver, MatchingRoundResolver, MatchingOutcomeResolver, MatchingAdjustmentResolver],
  entities: [MatchingRound, RoundMentor, MentorPreference, MentorDecision, MatchingOutcome, MatchingAdjustment],
  loaders: (s) => createMatchingLoaders(s.dataSource, s.principal),
  services: createMatchingServices,
} satisfies SchoolModule;
