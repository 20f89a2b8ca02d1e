import type { SchoolModule } from '../../context';
import { StudentRecordsResolver, GradeDutiesResolver, ClassroomDutiesResolver, MentorRecordResolver } from './records.resolver';
import { MentorRecord, RecordStudent } from './mentor-record.entity';
import { DutyRule } from './duty-rule.entity';
import { createRecordLoaders } from './records.loaders';
import { createRecordsServices } from './records.services';

export const records = {
  name: 'records',
  resolvers: [StudentRecordsResolver, GradeDutiesResolver, ClassroomDutiesResolver, MentorRecordResolver],
  entities: [MentorRecord, RecordStudent, DutyRule],
  loaders: (s) => createRecordLoaders(s.dataSource, s.principal),
  services: createRecordsServices,
} satisfies SchoolModule;

export { termOf } from './term';
