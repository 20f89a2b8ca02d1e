import type { SchoolModule } from '../../context';
import { RosterResolver } from './roster.resolver';
import { GradeResolver } from './grade.resolver';
import { ClassroomResolver } from './classroom.resolver';
import { TeacherResolver } from './teacher.resolver';
import { StudentResolver } from './student.resolver';
import { TeachingAssignmentResolver } from './teaching-assignment.resolver';
import { SchoolTenant } from './school-tenant.entity';
import { Grade } from './grade.entity';
import { Classroom } from './classroom.entity';
import { Teacher } from './teacher.entity';
import { Student } from './student.entity';
import { TeachingAssignment } from './teaching-assignment.entity';
import { createRosterLoaders } from './roster.loaders';
import { createRosterServices } from './roster.services';

export const roster = {
  name: 'roster',
  resolvers: [RosterResolver, GradeResolver, ClassroomResolver, TeacherResolver, StudentResolver, TeachingAssignmentResolver],
  entities: [SchoolTenant, Grade, Classroom, Teacher, Student, TeachingAssignment],
  loaders: (s) => createRosterLoaders(s.dataSource, s.principal),
  services: createRosterServices,
} satisfies SchoolModule;

export { rosterCheck } from './roster-check';
