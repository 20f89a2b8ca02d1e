import type { Principal } from '@mentorship/auth';
import { groupedLoader, keyedLoader } from '@mentorship/db';
import { type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

import { scoped } from '../../scope';
import { Classroom } from './classroom.entity';
import { Grade } from './grade.entity';
import { Student } from './student.entity';
import { Teacher } from './teacher.entity';
import { TeachingAssignment } from './teaching-assignment.entity';

export function createRosterLoaders(dataSource: DataSource, principal: Principal) {
  const rows = <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    keys: readonly string[],
    order = 'x.id',
  ) =>
    scoped(dataSource.getRepository(entity).createQueryBuilder('x'), 'x', principal)
      .andWhere(`x.${column} IN (:...keys)`, { keys: [...keys] })
      .orderBy(order)
      .getMany();
  return {
    gradeById: keyedLoader(
      (ids: readonly string[]) => rows(Grade, 'id', ids),
      (g) => g.id,
    ),
    gradesBySchool: groupedLoader(
      (ids: readonly string[]) => rows(Grade, 'school_id', ids, 'x.level'),
      (g) => g.schoolId,
    ),
    classroomById: keyedLoader(
      (ids: readonly string[]) => rows(Classroom, 'id', ids),
      (c) => c.id,
    ),
    classroomsByGrade: groupedLoader(
      (ids: readonly string[]) => rows(Classroom, 'grade_id', ids, 'x.name'),
      (c) => c.gradeId,
    ),
    teacherById: keyedLoader(
      (ids: readonly string[]) => rows(Teacher, 'id', ids),
      (t) => t.id,
    ),
    studentById: keyedLoader(
      (ids: readonly string[]) => rows(Student, 'id', ids),
      (s) => s.id,
    ),
    assignmentsByTeacher: groupedLoader(
      (ids: readonly string[]) => rows(TeachingAssignment, 'teacher_id', ids, 'x.subject'),
      (a) => a.teacherId,
    ),
    assignmentsByClassroom: groupedLoader(
      (ids: readonly string[]) => rows(TeachingAssignment, 'classroom_id', ids, 'x.subject'),
      (a) => a.classroomId,
    ),
  };
}
