import type { RowProblem } from '@mentorship/graphql';
import type { ReadTable } from '@mentorship/spreadsheet';

import type { Gender } from '../roster/gender';
import { columnsOf, HEADERS, parseGender, parseGrade, RosterKind, splitList } from './columns';

export type RowError = RowProblem;

/** `subjects` / `phone` are undefined or null when the file has no such column: existing values are then kept. */
export interface TeacherRow {
  row: number;
  staffNumber: string;
  name: string;
  gender: Gender;
  subjects: string[] | null;
  phone?: string | null;
}
export interface ClassroomRow {
  row: number;
  level: number;
  gradeName: string;
  name: string;
  headTeacher: string | null;
}
export interface StudentRow {
  row: number;
  studentNumber: string;
  name: string;
  gender: Gender;
  level: number;
  gradeName: string;
  classroom: string;
}
export interface AssignmentRow {
  row: number;
  staffNumber: string;
  level: number;
  classroom: string;
  subject: string;
}
export type PlanRow = TeacherRow | ClassroomRow | StudentRow | AssignmentRow;

export interface Plan {
  kind: RosterKind;
  rows: PlanRow[];
  errors: RowError[];
  created: number;
  updated: number;
  unchanged: number;
  /** Full student re-imports: enrolled students not in the file. */
  missing: { studentNumber: string; name: string }[];
}

/** Anything that answers SQL: a data source or a transaction's manager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** Reads rows into typed values, naming row and column for everything wrong. Nothing touches the database. */
export function parseRows(kind: RosterKind, table: ReadTable): { rows: PlanRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const known = columnsOf(kind);
  const missingColumns = HEADERS[kind].required.filter((h) => !table.headers.includes(h));
  if (missingColumns.length) {
    return {
      rows: [],
      errors: missingColumns.map((h) => ({
        row: 1,
        column: h,
        code: 'MISSING_COLUMN',
        message: `The header row has no column “${h}”. Expected: ${known.join(', ')}.`,
      })),
    };
  }
  const index = new Map(table.headers.map((h, i) => [h, i]));
  const rows: PlanRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const get = (h: string) => {
      const i = index.get(h);
      const v = i === undefined ? null : cells[i];
      return v === null || v === undefined ? null : String(v).trim() || null;
    };
    const fail = (column: string | null, code: string, message: string) => {
      errors.push({ row, column, code, message });
      return null;
    };
    const required = (h: string) => get(h) ?? fail(h, 'REQUIRED', `“${h}” is empty.`);
    const gender = (h: string) => {
      const v = required(h);
      if (v === null) return null;
      return parseGender(v) ?? fail(h, 'BAD_GENDER', `“${v}” is not a gender: write 男 or 女.`);
    };
    const grade = (h: string) => {
      const v = required(h);
      if (v === null) return null;
      return parseGrade(v) ?? fail(h, 'BAD_GRADE', `“${v}” is not a grade: write e.g. 七年级, 初一 or 7.`);
    };
    const unique = (h: string, key: string | null) => {
      if (key === null) return;
      const first = seen.get(key);
      if (first !== undefined)
        fail(h, 'DUPLICATE', `“${key.split('\u0000').pop()}” appears twice in the file (also row ${first}).`);
      else seen.set(key, row);
    };
    const before = errors.length;
    if (kind === RosterKind.TEACHERS) {
      const staffNumber = required('工号');
      const name = required('姓名');
      const g = gender('性别');
      unique('工号', staffNumber);
      const phone = get('手机号');
      if (phone && !/^\+?[0-9 -]{5,20}$/.test(phone)) fail('手机号', 'BAD_PHONE', `“${phone}” is not a phone number.`);
      if (errors.length === before)
        rows.push({
          row,
          staffNumber: staffNumber!,
          name: name!,
          gender: g!,
          subjects: index.has('任教学科') ? splitList(get('任教学科')) : null,
          phone: index.has('手机号') ? phone : undefined,
        });
    } else if (kind === RosterKind.CLASSROOMS) {
      const gr = grade('年级');
      const name = required('班级');
      unique('班级', gr && name ? `${gr.level}\u0000${name}` : null);
      if (errors.length === before)
        rows.push({ row, level: gr!.level, gradeName: gr!.name, name: name!, headTeacher: get('班主任工号') });
    } else if (kind === RosterKind.STUDENTS) {
      const studentNumber = required('学号');
      const name = required('姓名');
      const g = gender('性别');
      const gr = grade('年级');
      const classroom = required('班级');
      unique('学号', studentNumber);
      if (errors.length === before)
        rows.push({
          row,
          studentNumber: studentNumber!,
          name: name!,
          gender: g!,
          level: gr!.level,
          gradeName: gr!.name,
          classroom: classroom!,
        });
    } else {
      const staffNumber = required('工号');
      const gr = grade('年级');
      const classroom = required('班级');
      const subject = required('学科');
      unique(
        '学科',
        staffNumber && gr && classroom && subject
          ? `${staffNumber}\u0000${gr.level}\u0000${classroom}\u0000${subject}`
          : null,
      );
      if (errors.length === before)
        rows.push({ row, staffNumber: staffNumber!, level: gr!.level, classroom: classroom!, subject: subject! });
    }
  }
  return { rows, errors };
}

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
        'SELECT g.level, c.name, c.id, t.staff_number AS head FROM classroom c JOIN grade g ON g.id = c.grade_id LEFT JOIN teacher t ON t.id = c.head_teacher_id WHERE c.school_id = $1',
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
           FROM student s JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id WHERE s.school_id = $1`,
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
          'SELECT t.staff_number, g.level, c.name, a.subject FROM teaching_assignment a JOIN teacher t ON t.id = a.teacher_id JOIN classroom c ON c.id = a.classroom_id JOIN grade g ON g.id = c.grade_id WHERE a.school_id = $1',
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
