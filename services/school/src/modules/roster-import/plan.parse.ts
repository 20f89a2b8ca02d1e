import type { ReadTable } from '@mentorship/spreadsheet';

import { columnsOf, HEADERS, parseGender, parseGrade, RosterKind, splitList } from './columns';
import type { PlanRow, RowError } from './plan.types';

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
