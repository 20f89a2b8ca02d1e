import { AcademicYear } from './modules/calendar/academic-year.entity';
import { Term } from './modules/calendar/term.entity';
import { District } from './modules/registry/district.entity';
import { DistrictPolicy } from './modules/registry/district-policy.entity';
import { School } from './modules/registry/school.entity';

import { TrainingCompletion, TrainingCourse } from './modules/training/training.entity';
import { DistrictTermClose, RecognitionReceived, SchoolTermClose } from './modules/term-close/term-close.entity';
import { MetricSnapshotRow, SchoolMetricsLatest, SchoolMetricsWeekly } from './modules/dashboard/metric-snapshot.entity';

export const entities = [District, DistrictPolicy, School, AcademicYear, Term, MetricSnapshotRow, SchoolMetricsLatest, SchoolMetricsWeekly, TrainingCourse, TrainingCompletion, SchoolTermClose, DistrictTermClose, RecognitionReceived];
