import type { SchoolModule } from '../../context';
import { Mentorship } from './mentorship.entity';
import { createMentorshipLoaders } from './mentorship.loaders';
import { MentorshipResolver } from './mentorship.resolver';
import { createMentorshipServices } from './mentorship.services';

export const mentorship = {
  name: 'mentorship',
  resolvers: [MentorshipResolver],
  entities: [Mentorship],
  loaders: (s) => createMentorshipLoaders(s.dataSource, s.principal),
  services: createMentorshipServices,
} satisfies SchoolModule;
