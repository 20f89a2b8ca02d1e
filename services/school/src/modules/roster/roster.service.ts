import { entityColumns, entityFromRow, type Page, type PageRequest } from '@mentorship/db';
import { paginateFetchedForClient, paginateForClient } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { scoped } from '../../scope';
import { Classroom } from './classroom.entity';
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

  /**
   * A teacher's current mentees (lead and supporting), by student number; optionally one attention category.
   * One statement: the total (of the whole filtered list, so the same on every page and on an empty page past
   * the end), the page and each mentee's classroom, which the caller primes into the loaders.
   */
  async menteesOf(
    teacherId: string,
    request: PageRequest,
    category?: string | null,
  ): Promise<{ page: Page<Student>; classrooms: Classroom[] }> {
    const classrooms = new Map<string, Classroom>();
    const page = await paginateFetchedForClient(
      request,
      (s: Student) => s.studentNumber,
      async (afterKey, limit) => {
        const params: unknown[] = [this.caller.principal.schoolId, teacherId, limit];
        // The category filter runs inside the caller's own mentees only, so it reveals nothing about other students.
        const inCategory = category
          ? `AND s.id IN (SELECT f.student_id FROM attention_flag f WHERE f.category = $${params.push(category)}
             AND f.school_id = $1)`
          : '';
        const past = afterKey === null ? '' : `WHERE m.student_number > $${params.push(afterKey)}`;
        const rows: Record<string, unknown>[] = await this.dataSource.query(
          `WITH mentee AS (
             SELECT s.* FROM student s WHERE s.school_id = $1 AND s.left_on IS NULL
                AND s.id IN (SELECT ms.student_id FROM mentorship ms WHERE ms.mentor_id = $2 AND ms.school_id = $1
                             AND ms.ended_on IS NULL) ${inCategory})
           SELECT t.total, ${entityColumns(this.dataSource, Student, 'p', 's_')},
                  ${entityColumns(this.dataSource, Classroom, 'c', 'c_')}
             FROM (SELECT count(*)::int AS total FROM mentee) t
             LEFT JOIN LATERAL (SELECT m.* FROM mentee m ${past} ORDER BY m.student_number LIMIT $3) p ON true
             LEFT JOIN classroom c ON c.id = p.classroom_id AND c.school_id = $1
            ORDER BY p.student_number`,
          params,
        );
        const students: Student[] = [];
        for (const row of rows) {
          const student = entityFromRow(this.dataSource, Student, row, 's_');
          if (!student) continue; // the count's row alone: an empty page
          students.push(student);
          const classroom = entityFromRow(this.dataSource, Classroom, row, 'c_');
          if (classroom) classrooms.set(classroom.id, classroom);
        }
        return { rows: students, totalCount: Number(rows[0]?.total ?? 0) };
      },
    );
    return { page, classrooms: [...classrooms.values()] };
  }
}
