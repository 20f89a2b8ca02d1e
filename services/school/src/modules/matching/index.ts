import type { SchoolModule } from '../../context';
import { MatchingResolver } from './matching.resolver';
import { MatchingRoundResolver, MatchingOutcomeResolver, MatchingAdjustmentResolver } from './matching-round.resolver';
import { MatchingRound } from './matching-round.entity';
import { RoundMentor } from './round-mentor.entity';
import { MentorPreference, MentorDecision } from './mentor-preference.entity';
import { MatchingOutcome, MatchingAdjustment } from './matching-outcome.entity';
import { createMatchingLoaders } from './matching.loaders';
import { createMatchingServices } from './matching.services';

export const matching = {
  name: 'matching',
  resolvers: [MatchingResolver, MatchingRoundResolver, MatchingOutcomeResolver, MatchingAdjustmentResolver],
  entities: [MatchingRound, RoundMentor, MentorPreference, MentorDecision, MatchingOutcome, MatchingAdjustment],
  loaders: (s) => createMatchingLoaders(s.dataSource, s.principal),
  services: createMatchingServices,
} satisfies SchoolModule;
