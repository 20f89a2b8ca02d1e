import type { DistrictModule } from '../../context';
import { Teacher } from './teacher.type';
import { TrainingCompletion, TrainingCourse } from './training.entity';
import { createTrainingLoaders } from './training.loaders';
import { teacherReference } from './training.reference';
import { TeacherTrainingResolver, TrainingResolver } from './training.resolver';
import { TrainingService } from './training.service';

export const training = {
  name: 'training',
  resolvers: [TrainingResolver, TeacherTrainingResolver],
  entities: [TrainingCourse, TrainingCompletion],
  orphanedTypes: [Teacher],
  referenceResolvers: teacherReference,
  loaders: (s) => createTrainingLoaders(s),
  services: (s) => ({ training: new TrainingService(s.dataSource, s.principal, s.now) }),
} satisfies DistrictModule;
