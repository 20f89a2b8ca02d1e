import type { Principal } from '@mentorship/auth';
import { InvalidCursorError, paginate, type Page, type PageRequest } from '@mentorship/db';
import { userInputError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';
import { scoped } from '../../scope';
import { Student } from './student.entity';
import { Teacher } from './teacher.entity';

async function page<T>(run: () => Promise<Page<T>>): Promise<Page<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw userInputError('after', error.message);
    throw error;
  }
}

/** Roster lists, always within the caller's scope and one school. */
export class RosterService {
  constructor(private readonly dataSource: DataSource, private readonly principal: Principal) {}

  students(schoolId: string, request: PageRequest, filter: { classroomId?: string } = {}): Promise<Page<Student>> {
    const query = scoped(this.dataSource.getRepository(Student).createQueryBuilder('x'), 'x', this.principal)
      .andWhere('x.school_id = :schoolId', { schoolId })
      .andWhere('x.left_on IS NULL');
    if (filter.classroomId) query.andWhere('x.classroom_id = :classroomId', { classroomId: filter.classroomId });
    return page(() => paginate(query, request, { column: 'x.student_number', value: (s) => s.studentNumber }));
  }

  teachers(schoolId: string, request: PageRequest): Promise<Page<Teacher>> {
    const query = scoped(this.dataSource.getRepository(Teacher).createQueryBuilder('x'), 'x', this.principal)
      .andWhere('x.school_id = :schoolId', { schoolId })
      .andWhere('x.left_on IS NULL');
    return page(() => paginate(query, request, { column: 'x.staff_number', value: (t) => t.staffNumber }));
  }
}
