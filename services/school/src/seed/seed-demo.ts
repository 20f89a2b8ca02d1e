import { bulkInsert, inTransaction } from '@mentorship/db';
import { type DemoScale, generateDistrict, generateSchoolRoster } from '@mentorship/demo-data';
import type { DataSource } from 'typeorm';

import { seedSchoolActivity } from './seed-activity';

/**
 * Seeds the demo district's rosters, one transaction per school, skipping schools already
 * present: an interrupted seed resumes where it stopped. Returns the schools written.
 */
export async function seedSchoolDemo(
  dataSource: DataSource,
  options: { scale?: Partial<DemoScale>; log?: (line: string) => void; now?: Date } = {},
): Promise<number> {
  const log = options.log ?? (() => undefined);
  const district = generateDistrict(options.scale);
  const existing = new Set((await dataSource.query('SELECT id FROM school')).map((r: { id: string }) => r.id));
  const todo = district.schools.filter((s) => !existing.has(s.id));
  if (todo.length === 0) return 0;
  const started = Date.now();
  let students = 0;
  for (const [i, school] of todo.entries()) {
    const r = generateSchoolRoster(district, school);
    await inTransaction(dataSource, async (m) => {
      const sid = school.id;
      await m.query('INSERT INTO school (id, district_id) VALUES ($1, $2)', [sid, district.district.id]);
      await bulkInsert(
        m,
        'teacher',
        [
          { name: 'id', type: 'uuid', value: (t) => t.id },
          { name: 'school_id', type: 'uuid', value: () => sid },
          { name: 'staff_number', type: 'text', value: (t) => t.staffNumber },
          { name: 'name', type: 'text', value: (t) => t.name },
          { name: 'gender', type: 'text', value: (t) => t.gender },
          { name: 'phone', type: 'text', value: (t) => t.phone },
          { name: 'mentor_status', type: 'text', value: (t) => t.mentorStatus },
        ],
        r.teachers,
      );
      await bulkInsert(
        m,
        'grade',
        [
          { name: 'id', type: 'uuid', value: (g) => g.id },
          { name: 'school_id', type: 'uuid', value: () => sid },
          { name: 'level', type: 'smallint', value: (g) => g.level },
          { name: 'name', type: 'text', value: (g) => g.name },
        ],
        r.grades,
      );
      await bulkInsert(
        m,
        'classroom',
        [
          { name: 'id', type: 'uuid', value: (c) => c.id },
          { name: 'school_id', type: 'uuid', value: () => sid },
          { name: 'grade_id', type: 'uuid', value: (c) => c.gradeId },
          { name: 'name', type: 'text', value: (c) => c.name },
          { name: 'head_teacher_id', type: 'uuid', value: (c) => c.headTeacherId },
        ],
        r.classrooms,
      );
      await bulkInsert(
        m,
        'student',
        [
          { name: 'id', type: 'uuid', value: (s) => s.id },
          { name: 'school_id', type: 'uuid', value: () => sid },
          { name: 'classroom_id', type: 'uuid', value: (s) => s.classroomId },
          { name: 'student_number', type: 'text', value: (s) => s.studentNumber },
          { name: 'name', type: 'text', value: (s) => s.name },
          { name: 'gender', type: 'text', value: (s) => s.gender },
        ],
        r.students,
      );
      await bulkInsert(
        m,
        'teaching_assignment',
        [
          { name: 'id', type: 'uuid', value: (a) => a.id },
          { name: 'school_id', type: 'uuid', value: () => sid },
          { name: 'teacher_id', type: 'uuid', value: (a) => a.teacherId },
          { name: 'classroom_id', type: 'uuid', value: (a) => a.classroomId },
          { name: 'subject', type: 'text', value: (a) => a.subject },
        ],
        r.teachingAssignments,
      );
      await bulkInsert(
        m,
        'mentorship',
        [
          { name: 'id', type: 'uuid', value: (x) => x.id },
          { name: 'school_id', type: 'uuid', value: () => sid },
          { name: 'student_id', type: 'uuid', value: (x) => x.studentId },
          { name: 'mentor_id', type: 'uuid', value: (x) => x.mentorId },
          { name: 'role', type: 'text', value: (x) => x.role },
          { name: 'academic_year', type: 'text', value: (x) => x.academicYear },
          { name: 'started_on', type: 'date', value: (x) => x.startedOn },
          { name: 'ended_on', type: 'date', value: (x) => x.endedOn },
          { name: 'end_reason', type: 'text', value: (x) => x.endReason },
        ],
        r.mentorships,
      );
      if (options.scale?.activity ?? true) await seedSchoolActivity(m, sid, options.now ?? new Date());
    });
    students += r.students.length;
    log(
      `seeded ${i + 1}/${todo.length} schools (${students.toLocaleString('en')} students, ` +
        `${((Date.now() - started) / 1000).toFixed(1)}s): ${school.name}`,
    );
  }
  // Fresh statistics and visibility map, so the first dashboard queries use index-only scans.
  await dataSource.query('VACUUM ANALYZE');
  return todo.length;
}
