import type { Page, PageRequest } from '@mentorship/db';
import { paginateForClient } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { scoped } from '../../scope';
import { Student } from './student.entity';
import { Teacher } from './teacher.entity';

/** Roster lists, always within the caller's scope and one school. */
export class RosterService {
  // The clock is part of the one service shape (data source, caller, clock); roster lists do not read it yet.
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    protected readonly now: () => Date,
  ) {}

  students(schoolId: string, request: PageRequest, filter: { classroomId?: string } = {}): Promise<Page<Student>> {
    const query = scoped(this.dataSource.getRepository(Student).createQueryBuilder('x'), 'x', this.caller.principal)
      .andWhere('x.school_id = :schoolId', { schoolId })
      .andWhere('x.left_on IS NULL');
    if (filter.classroomId) query.andWhere('x.classroom_id = :classroomId', { classroomId: filter.classroomId });
    return paginateForClient(query, request, { column: 'x.student_number', value: (s) => s.studentNumber });
  }

  teachers(schoolId: string, request: PageRequest): Promise<Page<Teacher>> {
    const query = scoped(this.dataSource.getRepository(Teacher).createQueryBuilder('x'), 'x', this.caller.principal)
      .andWhere('x.school_id = :schoolId', { schoolId })
      .andWhere('x.left_on IS NULL');
    return paginateForClient(query, request, { column: 'x.staff_number', value: (t) => t.staffNumber });
  }

  /** A teacher's current mentees (lead and supporting), by student number; optionally one attention category. */
  menteesOf(teacherId: string, request: PageRequest, category?: string | null): Promise<Page<Student>> {
    const schoolId = this.caller.principal.schoolId;
    const query = this.dataSource
      .getRepository(Student)
      .createQueryBuilder('s')
      .where('s.school_id = :schoolId AND s.left_on IS NULL', { schoolId })
      .andWhere(
        `s.id IN (SELECT ms.student_id FROM mentorship ms WHERE ms.mentor_id = :me AND ms.school_id = :schoolId
         AND ms.ended_on IS NULL)`,
        { me: teacherId },
      );
    // The category filter runs inside the caller's own mentees only, so it reveals nothing about other students.
    if (category)
      query.andWhere(
        's.id IN (SELECT f.student_id FROM attention_flag f WHERE f.category = :category AND f.school_id = :schoolId)',
        { category },
      );
    return paginateForClient(query, request, { column: 's.student_number', value: (s) => s.studentNumber });
  }
}
