import type { Cell } from '@mentorship/spreadsheet';

import { termOf } from '../records/term';
import { columnsOf, GENDER_LABEL, RosterKind } from './columns';

export enum RosterExportKind {
  TEACHERS = 'TEACHERS',
  CLASSROOMS = 'CLASSROOMS',
  STUDENTS = 'STUDENTS',
  TEACHING_ASSIGNMENTS = 'TEACHING_ASSIGNMENTS',
  MENTORSHIPS = 'MENTORSHIPS',
  DUTY_COMPLETION = 'DUTY_COMPLETION',
}

/** The sheet's name of each list. */
export const ROSTER_NAMES: Record<RosterExportKind, string> = {
  TEACHERS: '教师名单',
  CLASSROOMS: '班级名单',
  STUDENTS: '学生名单',
  TEACHING_ASSIGNMENTS: '任课安排',
  MENTORSHIPS: '导师结对',
  DUTY_COMPLETION: '三个一完成情况',
};

/**
 * A list as the admin sees it, with the import headers so it re-imports cleanly; the mentorships and
 * the duty completion of this term are export-only.
 */
export async function exportRows(
  q: (sql: string, params?: unknown[]) => Promise<Record<string, any>[]>,
  schoolId: string,
  kind: RosterExportKind,
  now: Date,
): Promise<{ headers: string[]; rows: Cell[][] }> {
  let headers: string[];
  let rows: Cell[][];
  if (kind === RosterExportKind.TEACHERS) {
    headers = columnsOf(RosterKind.TEACHERS);
    rows = (
      await q(
        `SELECT staff_number, name, gender, subjects, phone FROM teacher WHERE school_id = $1 ` +
          `AND left_on IS NULL ORDER BY staff_number`,
      )
    ).map((t) => [
      t.staff_number,
      t.name,
      GENDER_LABEL[t.gender as 'MALE'],
      (t.subjects as string[]).join('、') || null,
      t.phone,
    ]);
  } else if (kind === RosterExportKind.CLASSROOMS) {
    headers = columnsOf(RosterKind.CLASSROOMS);
    rows = (
      await q(
        `SELECT g.name AS grade, c.name, t.staff_number FROM classroom c JOIN grade g ` +
          `ON g.id = c.grade_id LEFT JOIN teacher t ON t.id = c.head_teacher_id WHERE c.school_id = $1 ` +
          `ORDER BY g.level, c.name`,
      )
    ).map((c) => [c.grade, c.name, c.staff_number]);
  } else if (kind === RosterExportKind.STUDENTS) {
    // No attention categories: they are personal data, and the admin does not read them.
    headers = columnsOf(RosterKind.STUDENTS);
    rows = (
      await q(
        `SELECT s.student_number, s.name, s.gender, g.name AS grade, c.name AS classroom FROM student s ` +
          `JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id ` +
          `WHERE s.school_id = $1 AND s.left_on IS NULL ORDER BY s.student_number`,
      )
    ).map((s) => [s.student_number, s.name, GENDER_LABEL[s.gender as 'MALE'], s.grade, s.classroom]);
  } else if (kind === RosterExportKind.TEACHING_ASSIGNMENTS) {
    headers = columnsOf(RosterKind.TEACHING_ASSIGNMENTS);
    rows = (
      await q(
        `SELECT t.staff_number, g.name AS grade, c.name AS classroom, a.subject ` +
          `FROM teaching_assignment a JOIN teacher t ON t.id = a.teacher_id JOIN classroom c ` +
          `ON c.id = a.classroom_id JOIN grade g ON g.id = c.grade_id WHERE a.school_id = $1 ` +
          `ORDER BY t.staff_number, g.level, c.name, a.subject`,
      )
    ).map((a) => [a.staff_number, a.grade, a.classroom, a.subject]);
  } else if (kind === RosterExportKind.MENTORSHIPS) {
    headers = ['学号', '学生姓名', '年级', '班级', '导师工号', '导师姓名', '角色', '学年', '开始日期'];
    rows = (
      await q(`SELECT s.student_number, s.name, g.name AS grade, c.name AS classroom, t.staff_number, t.name AS
        mentor, m.role, m.academic_year, m.started_on::text
                       FROM mentorship m JOIN student s ON s.id = m.student_id JOIN classroom c
                         ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id JOIN teacher t ON t.id = m.mentor_id
                      WHERE m.school_id = $1 AND m.ended_on IS NULL ORDER BY s.student_number, m.role`)
    ).map((r) => [
      r.student_number,
      r.name,
      r.grade,
      r.classroom,
      r.staff_number,
      r.mentor,
      r.role === 'LEAD' ? '主导师' : '协同导师',
      r.academic_year,
      r.started_on,
    ]);
  } else {
    const term = termOf(now).key;
    headers = ['学号', '姓名', '年级', '班级', '学期', '家访', '谈心谈话', '成长寄语'];
    rows = (
      await q(
        `SELECT s.student_number, s.name, g.name AS grade, c.name AS classroom,
                            coalesce(bool_or(rs.kind = 'HOME_VISIT'), false) AS hv, coalesce(bool_or(rs.kind =
                              'TALK'), false) AS talk, coalesce(bool_or(rs.kind = 'WRITTEN_FEEDBACK' AND
                              rs.published), false) AS wf
                       FROM student s JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id
                         LEFT JOIN record_student rs ON rs.student_id = s.id AND rs.term = $2
                      WHERE s.school_id = $1 AND s.left_on IS NULL GROUP BY s.id, g.name, c.name
                        ORDER BY s.student_number`,
        [schoolId, term],
      )
    ).map((r) => [
      r.student_number,
      r.name,
      r.grade,
      r.classroom,
      term,
      r.hv ? '已完成' : '未完成',
      r.talk ? '已完成' : '未完成',
      r.wf ? '已完成' : '未完成',
    ]);
  }
  return { headers, rows };
}
