import type { ServiceScope } from '../../context';
import { MentorshipService } from './mentorship.service';

/** This module's services for one request (built once, in the context). */
export const createMentorshipServices = (s: ServiceScope) => ({
  mentorships: new MentorshipService(s.dataSource, s.caller, s.now),
});
