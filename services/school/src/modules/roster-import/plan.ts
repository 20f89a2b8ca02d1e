import { RosterKind } from './columns';
import type {
  AssignmentRow,
  ClassroomRow,
  Plan,
  PlanRow,
  Queryable,
  RowError,
  StudentRow,
  TeacherRow,
} from './plan.types';

export { parseRows } from './plan.parse';
export type {
  AssignmentRow,
  ClassroomRow,
  Plan,
  PlanRow,
  Queryable,
  RowError,
  StudentRow,
  TeacherRow,
} from './plan.types';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the rows would do to the school's roster now: created, updated, unchanged, and (full
 * student imports) missing; plus what cannot be, e.g. an unknown classroom. Reads only.
 */
export async function planRows(
  db: Queryable,
  schoolId: string,
  kind: RosterKind,
  parsed: { rows: PlanRow[]; errors: RowError[] },
  fullRoster: boolean,
): Promise<Plan> {
  const errors = [...parsed.errors];
  const plan: Plan = { kind, rows: parsed.rows, errors, created: 0, updated: 0, unchanged: 0, missing: [] };
  const count = (isNew: boolean, changed: boolean) =>
    isNew ? plan.created++ : changed ? plan.updated++ : plan.unchanged++;
  const teachers: Map<
    string,
    { name: string; gender: string; phone: string | null; subjects: string[]; left_on: string | null }
  > = new Map(
    (
      await db.query('SELECT staff_number, name, gender, phone, subjects, left_on FROM teacher WHERE school_id = $1', [
        schoolId,
      ])
    ).map((t: any) => [t.staff_number, t]),
  );
  const classrooms: Map<string, { id: string; head: string | null }> = new Map(
    (
      await db.query(
        'SELECT g.level, c.name, c.id, t.staff_number AS head FROM classroom c JOIN grade g ' +
          'ON g.id = c.grade_id LEFT JOIN teacher t ON t.id = c.head_teacher_id WHERE c.school_id = $1',
        [schoolId],
      )
    ).map((c: any) => [`${c.level}\u0000${c.name}`, { id: c.id, head: c.head }]),
  );
  if (kind === RosterKind.TEACHERS) {
    for (const r of parsed.rows as TeacherRow[]) {
      const t = teachers.get(r.staffNumber);
      count(
        !t,
        !!t &&
          (t.name !== r.name ||
            t.gender !== r.gender ||
            t.left_on !== null ||
            (r.phone !== undefined && t.phone !== r.phone) ||
            (r.subjects !== null && !same(t.subjects, r.subjects))),
      );
    }
  } else if (kind === RosterKind.CLASSROOMS) {
    for (const r of parsed.rows as ClassroomRow[]) {
      if (r.headTeacher && !teachers.has(r.headTeacher)) {
        errors.push({
          row: r.row,
          column: '班主任工号',
          code: 'UNKNOWN_TEACHER',
          message: `No teacher with staff number “${r.headTeacher}”: import teachers first.`,
        });
        continue;
      }
      const c = classrooms.get(`${r.level}\u0000${r.name}`);
      count(!c, !!c && c.head !== r.headTeacher);
    }
  } else if (kind === RosterKind.STUDENTS) {
    // Directory facts only: what the school admin may read is all a preview may depend on.
    const students: Map<
      string,
      { name: string; gender: string; level: number; classroom: string; left_on: string | null }
    > = new Map(
      (
        await db.query(
          `SELECT s.student_number, s.name, s.gender, g.level, c.name AS classroom, s.left_on
           FROM student s JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id
             WHERE s.school_id = $1`,
          [schoolId],
        )
      ).map((s: any) => [s.student_number, s]),
    );
    const inFile = new Set<string>();
    for (const r of parsed.rows as StudentRow[]) {
      inFile.add(r.studentNumber);
      if (!classrooms.has(`${r.level}\u0000${r.classroom}`)) {
        errors.push({
          row: r.row,
          column: '班级',
          code: 'UNKNOWN_CLASSROOM',
          message: `No classroom “${r.classroom}” in ${r.gradeName}: import classrooms first.`,
        });
        continue;
      }
      const s = students.get(r.studentNumber);
      count(
        !s,
        !!s &&
          (s.name !== r.name ||
            s.gender !== r.gender ||
            s.level !== r.level ||
            s.classroom !== r.classroom ||
            s.left_on !== null),
      );
    }
    if (fullRoster)
      for (const [number, s] of students)
        if (s.left_on === null && !inFile.has(number)) plan.missing.push({ studentNumber: number, name: s.name });
    plan.missing.sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
  } else {
    const existing = new Set(
      (
        await db.query(
          'SELECT t.staff_number, g.level, c.name, a.subject FROM teaching_assignment a JOIN teacher t ' +
            'ON t.id = a.teacher_id JOIN classroom c ON c.id = a.classroom_id JOIN grade g ' +
            'ON g.id = c.grade_id WHERE a.school_id = $1',
          [schoolId],
        )
      ).map((a: any) => `${a.staff_number}\u0000${a.level}\u0000${a.name}\u0000${a.subject}`),
    );
    for (const r of parsed.rows as AssignmentRow[]) {
      if (!teachers.has(r.staffNumber)) {
        errors.push({
          row: r.row,
          column: '工号',
          code: 'UNKNOWN_TEACHER',
          message: `No teacher with staff number “${r.staffNumber}”.`,
        });
        continue;
      }
      if (!classrooms.has(`${r.level}\u0000${r.classroom}`)) {
        errors.push({
          row: r.row,
          column: '班级',
          code: 'UNKNOWN_CLASSROOM',
          message: `No classroom “${r.classroom}” in that grade.`,
        });
        continue;
      }
      count(!existing.has(`${r.staffNumber}\u0000${r.level}\u0000${r.classroom}\u0000${r.subject}`), false);
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return plan;
}
