import { randomUUID } from 'node:crypto';

import { forbidden, type Principal, Role } from '@mentorship/auth';
import { readUpload, UserFacingError } from '@mentorship/graphql';
import { type Cell, exportTable, type SpreadsheetFormat } from '@mentorship/spreadsheet';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

import { termOf } from '../records/term';
import { applyPlan } from './apply';
import { columnsOf, GENDER_LABEL, REFUSED_COLUMNS, RosterKind } from './columns';
import { parseRows, planRows } from './plan';
import { RosterImport } from './roster-import.entity';

export enum RosterExportKind {
  TEACHERS = 'TEACHERS',
  CLASSROOMS = 'CLASSROOMS',
  STUDENTS = 'STUDENTS',
  TEACHING_ASSIGNMENTS = 'TEACHING_ASSIGNMENTS',
  MENTORSHIPS = 'MENTORSHIPS',
  DUTY_COMPLETION = 'DUTY_COMPLETION',
}

const PREVIEW_VALID_MS = 24 * 3600_000;
const NAMES: Record<RosterExportKind, string> = {
  TEACHERS: '教师名单',
  CLASSROOMS: '班级名单',
  STUDENTS: '学生名单',
  TEACHING_ASSIGNMENTS: '任课安排',
  MENTORSHIPS: '导师结对',
  DUTY_COMPLETION: '三个一完成情况',
};

/** 名单导入导出: school admins, their own school only (the school comes from the token). */
export class RosterImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (this.principal.role !== Role.SCHOOL_ADMIN || !this.principal.schoolId) throw forbidden();
    return this.principal.schoolId;
  }

  /** Reads and checks the file; writes nothing to the roster. */
  async preview(input: {
    kind: RosterKind;
    format: SpreadsheetFormat;
    content: Buffer;
    fileName?: string | null;
    fullRoster?: boolean | null;
  }): Promise<RosterImport> {
    const schoolId = this.schoolId;
    if (input.fullRoster && input.kind !== RosterKind.STUDENTS)
      throw new UserFacingError(
        'FULL_ROSTER_STUDENTS_ONLY',
        'Only a student import can be a full roster.',
        'fullRoster',
      );
    const table = await readUpload(input.content, input.format);
    refuseColumns(input.kind, table.headers);
    const plan = await planRows(
      this.dataSource,
      schoolId,
      input.kind,
      parseRows(input.kind, table),
      !!input.fullRoster,
    );
    const preview = Object.assign(new RosterImport(), {
      id: randomUUID(),
      schoolId,
      kind: input.kind,
      status: 'PREVIEWED' as const,
      fullRoster: !!input.fullRoster,
      fileName: input.fileName ?? null,
      plan,
      createdBy: this.principal.personId,
      createdAt: this.now(),
      appliedAt: null,
    });
    await this.dataSource.getRepository(RosterImport).insert(preview);
    return preview;
  }

  /** Applies a preview in one transaction: all rows or none; refused if the roster changed since. */
  async confirm(importId: string, markMissingAsLeft: boolean): Promise<{ preview: RosterImport; markedLeft: number }> {
    const schoolId = this.schoolId;
    return this.dataSource.transaction(async (m) => {
      // A school newly registered with the district has no roster here yet: its first import opens it.
      await m.query('INSERT INTO school (id, district_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
        schoolId,
        this.principal.districtId,
      ]);
      // One import at a time per school: the lock makes the re-check below hold until commit.
      await m.query('SELECT id FROM school WHERE id = $1 FOR UPDATE', [schoolId]);
      const preview = await m.getRepository(RosterImport).findOneBy({ id: importId, schoolId });
      if (!preview) throw new UserFacingError('NOT_FOUND', 'No such import preview in your school.', 'importId');
      if (preview.status === 'APPLIED')
        throw new UserFacingError('ALREADY_APPLIED', 'This import was applied already.', 'importId');
      if (this.now().getTime() - preview.createdAt.getTime() > PREVIEW_VALID_MS)
        throw new UserFacingError(
          'PREVIEW_EXPIRED',
          'Previews are valid for 24 hours: upload the file again.',
          'importId',
        );
      if (preview.plan.errors.length)
        throw new UserFacingError(
          'HAS_ERRORS',
          `The file has ${preview.plan.errors.length} row error(s); fix them and upload it again.`,
          'importId',
        );
      if (markMissingAsLeft && !preview.fullRoster)
        throw new UserFacingError(
          'NOT_A_FULL_ROSTER',
          'Only a full-roster student import can mark missing students as left.',
          'markMissingAsLeft',
        );
      const now = await planRows(
        m,
        schoolId,
        preview.kind,
        { rows: preview.plan.rows, errors: [] },
        preview.fullRoster,
      );
      const changed =
        now.errors.length ||
        now.created !== preview.plan.created ||
        now.updated !== preview.plan.updated ||
        now.missing.length !== preview.plan.missing.length;
      if (changed)
        throw new UserFacingError(
          'ROSTER_CHANGED',
          'The roster changed since the preview; preview the file again.',
          'importId',
        );
      const { markedLeft } = await applyPlan(m, schoolId, now, {
        markMissingAsLeft,
        actorId: this.principal.personId,
        today: this.now().toISOString().slice(0, 10),
        now: this.now(),
      });
      preview.status = 'APPLIED';
      preview.appliedAt = this.now();
      await m.getRepository(RosterImport).save(preview);
      return { preview, markedLeft };
    });
  }

  /** The empty template for a kind: the headers, as .xlsx or CSV. */
  template(kind: RosterKind, format: SpreadsheetFormat) {
    this.schoolId;
    return exportTable({ name: `${NAMES[kind]}模板`, headers: columnsOf(kind), rows: [] }, format);
  }

  /** A list as the admin sees it, with the import headers, so it re-imports cleanly. */
  async export(kind: RosterExportKind, format: SpreadsheetFormat) {
    const schoolId = this.schoolId;
    const q = (sql: string, params: unknown[] = [schoolId]) =>
      this.dataSource.query(sql, params) as Promise<Record<string, any>[]>;
    let headers: string[];
    let rows: Cell[][];
    if (kind === RosterExportKind.TEACHERS) {
      headers = columnsOf(RosterKind.TEACHERS);
      rows = (
        await q(
          `SELECT staff_number, name, gender, subjects, phone FROM teacher WHERE school_id = $1 AND left_on IS NULL ORDER BY staff_number`,
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
          `SELECT g.name AS grade, c.name, t.staff_number FROM classroom c JOIN grade g ON g.id = c.grade_id LEFT JOIN teacher t ON t.id = c.head_teacher_id WHERE c.school_id = $1 ORDER BY g.level, c.name`,
        )
      ).map((c) => [c.grade, c.name, c.staff_number]);
    } else if (kind === RosterExportKind.STUDENTS) {
      // No attention categories: they are personal data, and the admin does not read them.
      headers = columnsOf(RosterKind.STUDENTS);
      rows = (
        await q(
          `SELECT s.student_number, s.name, s.gender, g.name AS grade, c.name AS classroom FROM student s JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id WHERE s.school_id = $1 AND s.left_on IS NULL ORDER BY s.student_number`,
        )
      ).map((s) => [s.student_number, s.name, GENDER_LABEL[s.gender as 'MALE'], s.grade, s.classroom]);
    } else if (kind === RosterExportKind.TEACHING_ASSIGNMENTS) {
      headers = columnsOf(RosterKind.TEACHING_ASSIGNMENTS);
      rows = (
        await q(
          `SELECT t.staff_number, g.name AS grade, c.name AS classroom, a.subject FROM teaching_assignment a JOIN teacher t ON t.id = a.teacher_id JOIN classroom c ON c.id = a.classroom_id JOIN grade g ON g.id = c.grade_id WHERE a.school_id = $1 ORDER BY t.staff_number, g.level, c.name, a.subject`,
        )
      ).map((a) => [a.staff_number, a.grade, a.classroom, a.subject]);
    } else if (kind === RosterExportKind.MENTORSHIPS) {
      headers = ['学号', '学生姓名', '年级', '班级', '导师工号', '导师姓名', '角色', '学年', '开始日期'];
      rows = (
        await q(`SELECT s.student_number, s.name, g.name AS grade, c.name AS classroom, t.staff_number, t.name AS mentor, m.role, m.academic_year, m.started_on::text
                         FROM mentorship m JOIN student s ON s.id = m.student_id JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id JOIN teacher t ON t.id = m.mentor_id
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
      const term = termOf(this.now()).key;
      headers = ['学号', '姓名', '年级', '班级', '学期', '家访', '谈心谈话', '成长寄语'];
      rows = (
        await q(
          `SELECT s.student_number, s.name, g.name AS grade, c.name AS classroom,
                              coalesce(bool_or(rs.kind = 'HOME_VISIT'), false) AS hv, coalesce(bool_or(rs.kind = 'TALK'), false) AS talk, coalesce(bool_or(rs.kind = 'WRITTEN_FEEDBACK' AND rs.published), false) AS wf
                         FROM student s JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id LEFT JOIN record_student rs ON rs.student_id = s.id AND rs.term = $2
                        WHERE s.school_id = $1 AND s.left_on IS NULL GROUP BY s.id, g.name, c.name ORDER BY s.student_number`,
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
    return exportTable({ name: NAMES[kind], headers, rows }, format);
  }
}

/**
 * A column the caller may not set (REFUSED_COLUMNS) refuses the whole file, looking at nothing
 * but its header row, so the refusal is the same for every student and every roster.
 */
function refuseColumns(kind: RosterKind, headers: string[]): void {
  for (const [column, why] of Object.entries(REFUSED_COLUMNS[kind] ?? {})) {
    if (headers.includes(column)) {
      throw new GraphQLError(
        `fileBase64: the file has a column “${column}”, which a roster import does not carry: ${why}`,
        { extensions: { code: 'BAD_USER_INPUT', field: 'fileBase64', column } },
      );
    }
  }
}
