import type { EntityManager } from 'typeorm';

import { RosterKind } from './columns';
import type { AssignmentRow, ClassroomRow, Plan, StudentRow, TeacherRow } from './plan';

/**
 * Writes a checked plan, set-based (one statement per table, however many rows), inside the
 * caller's transaction. Upserts by natural key; unchanged rows are not touched.
 */
export async function applyPlan(
  m: EntityManager,
  schoolId: string,
  plan: Plan,
  options: { markMissingAsLeft: boolean; actorId: string; today: string; now: Date },
): Promise<{ markedLeft: number }> {
  if (plan.kind === RosterKind.TEACHERS) {
    const rows = plan.rows as TeacherRow[];
    await m.query(
      `INSERT INTO teacher (id, school_id, staff_number, name, gender, phone, subjects)
       SELECT gen_random_uuid(), $1, x.staff, x.name, x.gender, x.phone, coalesce(x.subjects::text[], '{}')
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(staff, name, gender, phone,
         subjects)
       ON CONFLICT (school_id, staff_number) DO UPDATE
         SET name = excluded.name, gender = excluded.gender, left_on = NULL,
         phone = CASE WHEN $7 THEN excluded.phone ELSE teacher.phone END,
         subjects = CASE WHEN $8 THEN excluded.subjects ELSE teacher.subjects END
       WHERE (teacher.name, teacher.gender) IS DISTINCT FROM (excluded.name, excluded.gender)
         OR teacher.left_on IS NOT NULL
          OR ($7 AND teacher.phone IS DISTINCT FROM excluded.phone)
            OR ($8 AND teacher.subjects IS DISTINCT FROM excluded.subjects)`,
      [
        schoolId,
        rows.map((r) => r.staffNumber),
        rows.map((r) => r.name),
        rows.map((r) => r.gender),
        rows.map((r) => r.phone ?? null),
        rows.map((r) =>
          r.subjects === null ? null : `{${r.subjects.map((s) => `"${s.replace(/"/g, '')}"`).join(',')}}`,
        ),
        rows.some((r) => r.phone !== undefined),
        rows.some((r) => r.subjects !== null),
      ],
    );
    return { markedLeft: 0 };
  }
  if (plan.kind === RosterKind.CLASSROOMS) {
    const rows = plan.rows as ClassroomRow[];
    await m.query(
      `INSERT INTO grade (id, school_id, level, name) SELECT DISTINCT
         ON (x.level) gen_random_uuid(), $1, x.level, x.name FROM unnest($2::int[], $3::text[]) AS x(level, name)
       ON CONFLICT (school_id, level) DO NOTHING`,
      [schoolId, rows.map((r) => r.level), rows.map((r) => r.gradeName)],
    );
    await m.query(
      `INSERT INTO classroom (id, school_id, grade_id, name, head_teacher_id)
       SELECT gen_random_uuid(), $1, g.id, x.name, t.id
         FROM unnest($2::int[], $3::text[], $4::text[]) AS x(level, name, head)
         JOIN grade g ON g.school_id = $1 AND g.level = x.level LEFT JOIN teacher t ON t.school_id = $1
           AND t.staff_number = x.head
       ON CONFLICT (school_id, grade_id, name) DO UPDATE SET head_teacher_id = excluded.head_teacher_id
       WHERE classroom.head_teacher_id IS DISTINCT FROM excluded.head_teacher_id`,
      [schoolId, rows.map((r) => r.level), rows.map((r) => r.name), rows.map((r) => r.headTeacher)],
    );
    return { markedLeft: 0 };
  }
  if (plan.kind === RosterKind.STUDENTS) {
    const rows = plan.rows as StudentRow[];
    await m.query(
      `INSERT INTO student (id, school_id, classroom_id, student_number, name, gender)
       SELECT gen_random_uuid(), $1, c.id, x.number, x.name, x.gender
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) AS x(number, name, gender, level, room)
         JOIN grade g ON g.school_id = $1 AND g.level = x.level JOIN classroom c ON c.grade_id = g.id
           AND c.name = x.room
       ON CONFLICT (school_id, student_number) DO UPDATE
         SET name = excluded.name, gender = excluded.gender, classroom_id = excluded.classroom_id, left_on = NULL
       WHERE (student.name, student.gender, student.classroom_id) IS DISTINCT
         FROM (excluded.name, excluded.gender, excluded.classroom_id) OR student.left_on IS NOT NULL`,
      [
        schoolId,
        rows.map((r) => r.studentNumber),
        rows.map((r) => r.name),
        rows.map((r) => r.gender),
        rows.map((r) => r.level),
        rows.map((r) => r.classroom),
      ],
    );
    if (options.markMissingAsLeft && plan.missing.length) {
      const left = await m.query(
        `UPDATE student SET left_on = $3 WHERE school_id = $1 AND student_number = ANY($2) ` +
          `AND left_on IS NULL RETURNING id`,
        [schoolId, plan.missing.map((s) => s.studentNumber), options.today],
      );
      // A student who left ends their mentorships, with the reason kept.
      await m.query(
        `UPDATE mentorship SET ended_on = $2, end_reason = 'STUDENT_LEFT' WHERE student_id = ANY($1) ` +
          `AND ended_on IS NULL`,
        [left[0].map((r: { id: string }) => r.id), options.today],
      );
      return { markedLeft: left[1] };
    }
    return { markedLeft: 0 };
  }
  const rows = plan.rows as AssignmentRow[];
  await m.query(
    `INSERT INTO teaching_assignment (id, school_id, teacher_id, classroom_id, subject)
     SELECT gen_random_uuid(), $1, t.id, c.id, x.subject
       FROM unnest($2::text[], $3::int[], $4::text[], $5::text[]) AS x(staff, level, room, subject)
       JOIN teacher t ON t.school_id = $1 AND t.staff_number = x.staff JOIN grade g ON g.school_id = $1
         AND g.level = x.level JOIN classroom c ON c.grade_id = g.id AND c.name = x.room
     ON CONFLICT (teacher_id, classroom_id, subject) DO NOTHING`,
    [
      schoolId,
      rows.map((r) => r.staffNumber),
      rows.map((r) => r.level),
      rows.map((r) => r.classroom),
      rows.map((r) => r.subject),
    ],
  );
  return { markedLeft: 0 };
}
