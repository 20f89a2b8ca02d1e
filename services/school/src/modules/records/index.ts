import type { SchoolModule } from '../../context';
import { DutyRule } from './duty-rule.entity';
import { MentorRecord, RecordStudent } from './mentor-record.entity';
import { createRecordLoaders } from './records.loaders';
import {
  ClassroomDutiesResolver,
  GradeDutiesResolver,
  MentorRecordResolver,
  StudentRecordsResolver,
} from './records.resolver';
import { createRecordsServices } from './records.services';

export const records = {
  name: 'records',
  resolvers: [StudentRecordsResolver, GradeDutiesResolver, ClassroomDutiesResolver, MentorRecordResolver],
  entities: [MentorRecord, RecordStudent, DutyRule],
  loaders: (s) => createRecordLoaders(s.dataSource, s.principal),
  services: createRecordsServices,
} satisfies SchoolModule;

export { termOf } from './term';
