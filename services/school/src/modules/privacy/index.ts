import type { SchoolModule } from '../../context';
import { AccessLogRow, AccessReviewRow } from './access-log.entity';
import {
  AccessLogDayResolver,
  AccessLogResolver,
  AccessReviewEntryResolver,
  AccessReviewNoticeResolver,
  AccessReviewResolver,
  SchoolAccessReviewsResolver,
} from './access-log.resolver';
import { createPrivacyServices } from './privacy.services';

export const privacy = {
  name: 'privacy',
  resolvers: [
    AccessLogResolver,
    AccessLogDayResolver,
    AccessReviewEntryResolver,
    AccessReviewNoticeResolver,
    AccessReviewResolver,
    SchoolAccessReviewsResolver,
  ],
  entities: [AccessLogRow, AccessReviewRow],
  services: createPrivacyServices,
} satisfies SchoolModule;

export { AccessLog } from './access-log';
export { accessLogPlugin } from './access-log.plugin';
export { MenteeAccess } from './mentee-access';
export {
  consultationRecorder,
  crisisDetailReader,
  leaderOfClassroom,
  leaderOfGrade,
  mentorOfRecord,
  mentorOfStudent,
  mentorOfSubject,
  taskReader,
} from './privacy.rules';
