import type { SchoolModule } from '../../context';
import { Classroom } from './classroom.entity';
import { ClassroomResolver } from './classroom.resolver';
import { Grade } from './grade.entity';
import { GradeResolver } from './grade.resolver';
import { createRosterLoaders } from './roster.loaders';
import { RosterResolver } from './roster.resolver';
import { createRosterServices } from './roster.services';
import { SchoolTenant } from './school-tenant.entity';
import { Student } from './student.entity';
import { StudentResolver } from './student.resolver';
import { Teacher } from './teacher.entity';
import { TeacherResolver } from './teacher.resolver';
import { TeachingAssignment } from './teaching-assignment.entity';
import { TeachingAssignmentResolver } from './teaching-assignment.resolver';

export const roster = {
  name: 'roster',
  resolvers: [
    RosterResolver,
    GradeResolver,
    ClassroomResolver,
    TeacherResolver,
    StudentResolver,
    TeachingAssignmentResolver,
  ],
  entities: [SchoolTenant, Grade, Classroom, Teacher, Student, TeachingAssignment],
  loaders: (s) => createRosterLoaders(s.dataSource, s.principal),
  services: createRosterServices,
} satisfies SchoolModule;

export { rosterCheck } from './roster-check';
