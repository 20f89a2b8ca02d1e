import { randomUUID } from 'node:crypto';

import { forbidden, type Principal, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { isCalendarDate, missingColumns, readUpload, type RowProblem, UserFacingError } from '@mentorship/graphql';
import type { SpreadsheetFormat } from '@mentorship/spreadsheet';
import type { DataSource, EntityManager } from 'typeorm';

import type { SchoolStage } from '../registry/school-stage';
import { TrainingCompletion, TrainingCourse, type TrainingTopic } from './training.entity';

export interface CompletionInput {
  schoolId: string;
  staffNumber: string;
  courseId: string;
  completedOn: string;
  hours?: number | null;
  passed: boolean;
}

export type RowError = RowProblem;

export const COMPLETION_HEADERS = ['学校代码', '工号', '课程', '完成日期', '学时', '是否合格'];
const YES = new Set(['是', '合格', 'Y', 'YES', 'TRUE', '1']);
const NO = new Set(['否', '不合格', 'N', 'NO', 'FALSE', '0']);

/** 培训: the catalogue, completions one by one or in bulk, and progress per teacher and school. */
export class TrainingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    protected readonly now: () => Date,
  ) {}

  private requireDistrictAdmin(): string {
    if (this.principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
    return this.principal.districtId;
  }

  async addCourse(input: {
    title: string;
    topic: TrainingTopic;
    hours: number;
    required: boolean;
    stages?: SchoolStage[] | null;
    schoolId?: string | null;
  }): Promise<TrainingCourse> {
    const districtId = this.requireDistrictAdmin();
    if (!input.title.trim()) throw new UserFacingError('REQUIRED', 'Name the course.', 'title');
    if (!(input.hours > 0 && input.hours <= 200))
      throw new UserFacingError('INVALID_HOURS', 'Between 0 and 200 hours.', 'hours');
    return inTransaction(this.dataSource, async (m) => {
      if (
        input.schoolId &&
        !(await m.query('SELECT 1 FROM school WHERE id = $1 AND district_id = $2', [input.schoolId, districtId])).length
      )
        throw new UserFacingError('UNKNOWN_SCHOOL', 'Not a school of your district.', 'schoolId');
      if (
        (
          await m.query('SELECT 1 FROM training_course WHERE district_id = $1 AND title = $2', [
            districtId,
            input.title.trim(),
          ])
        ).length
      )
        throw new UserFacingError('DUPLICATE_COURSE', 'A course with this title exists.', 'title');
      const course = Object.assign(new TrainingCourse(), {
        id: randomUUID(),
        districtId,
        schoolId: input.schoolId ?? null,
        title: input.title.trim(),
        topic: input.topic,
        hours: input.hours,
        required: input.required,
        stages: input.stages ?? [],
      });
      await m.getRepository(TrainingCourse).insert(course);
      return course;
    });
  }

  courses(): Promise<TrainingCourse[]> {
    return this.dataSource
      .getRepository(TrainingCourse)
      .find({ where: { districtId: this.principal.districtId }, order: { title: 'ASC', id: 'ASC' } });
  }

  async record(input: CompletionInput): Promise<TrainingCompletion> {
    this.requireDistrictAdmin();
    return inTransaction(this.dataSource, async (m) => (await this.upsert(m, [{ ...input, row: 0 }]))[0]);
  }

  /** Bulk completions from a file: per-row errors, and nothing written unless every row is good. */
  async importCompletions(input: {
    format: SpreadsheetFormat;
    content: Buffer;
    confirm: boolean;
  }): Promise<{ recorded: number; rowErrors: RowError[]; applied: boolean }> {
    const districtId = this.requireDistrictAdmin();
    const table = await readUpload(input.content, input.format);
    const errors: RowError[] = missingColumns(
      table.headers,
      COMPLETION_HEADERS.filter((h) => h !== '学时'),
    );
    if (errors.length) return { recorded: 0, rowErrors: errors, applied: false };
    const schools = new Map<string, string>(
      (await this.dataSource.query('SELECT code, id FROM school WHERE district_id = $1', [districtId])).map(
        (s: any) => [s.code, s.id],
      ),
    );
    const courses = new Map<string, string>(
      (await this.dataSource.query('SELECT title, id FROM training_course WHERE district_id = $1', [districtId])).map(
        (c: any) => [c.title, c.id],
      ),
    );
    const col = (h: string) => table.headers.indexOf(h);
    const rows: (CompletionInput & { row: number })[] = [];
    for (const r of table.rows) {
      const cell = (h: string) => {
        const i = col(h);
        const v = i < 0 ? null : r.cells[i];
        return v === null || v === undefined ? null : String(v).trim() || null;
      };
      const before = errors.length;
      const err = (column: string, code: string, message: string) => errors.push({ row: r.row, column, code, message });
      const code = cell('学校代码');
      const staff = cell('工号');
      const title = cell('课程');
      const date = cell('完成日期');
      const hoursText = cell('学时');
      const passedText = cell('是否合格');
      const schoolId = code ? schools.get(code) : undefined;
      if (!code) err('学校代码', 'REQUIRED', '“学校代码” is empty.');
      else if (!schoolId) err('学校代码', 'UNKNOWN_SCHOOL', `No school “${code}” in the district.`);
      if (!staff) err('工号', 'REQUIRED', '“工号” is empty.');
      const courseId = title ? courses.get(title) : undefined;
      if (!title) err('课程', 'REQUIRED', '“课程” is empty.');
      else if (!courseId) err('课程', 'UNKNOWN_COURSE', `No course “${title}” in the catalogue.`);
      if (!date || !isCalendarDate(date)) err('完成日期', 'BAD_DATE', `“${date ?? ''}” is not a date like 2026-10-15.`);
      const hours = hoursText === null ? null : Number(hoursText);
      if (hours !== null && !(hours >= 0 && hours <= 200))
        err('学时', 'BAD_HOURS', `“${hoursText}” is not a number of hours.`);
      const passed =
        passedText && YES.has(passedText.toUpperCase())
          ? true
          : passedText && NO.has(passedText.toUpperCase())
            ? false
            : null;
      if (passed === null) err('是否合格', 'BAD_PASSED', `“${passedText ?? ''}” must be 是 or 否.`);
      if (errors.length === before)
        rows.push({
          row: r.row,
          schoolId: schoolId!,
          staffNumber: staff!,
          courseId: courseId!,
          completedOn: date!,
          hours,
          passed: passed!,
        });
    }
    if (errors.length || !input.confirm)
      return { recorded: errors.length ? 0 : rows.length, rowErrors: errors, applied: false };
    await inTransaction(this.dataSource, (m) => this.upsert(m, rows));
    return { recorded: rows.length, rowErrors: [], applied: true };
  }

  private async upsert(m: EntityManager, rows: (CompletionInput & { row: number })[]): Promise<TrainingCompletion[]> {
    const districtId = this.principal.districtId;
    const out: TrainingCompletion[] = [];
    for (const r of rows) {
      const [course] = await m.query('SELECT id, hours FROM training_course WHERE id = $1 AND district_id = $2', [
        r.courseId,
        districtId,
      ]);
      if (!course) throw new UserFacingError('UNKNOWN_COURSE', 'No such course in your district.', 'courseId');
      if (!(await m.query('SELECT 1 FROM school WHERE id = $1 AND district_id = $2', [r.schoolId, districtId])).length)
        throw new UserFacingError('UNKNOWN_SCHOOL', 'Not a school of your district.', 'schoolId');
      if (!isCalendarDate(r.completedOn))
        throw new UserFacingError('BAD_DATE', 'Date must look like 2026-10-15.', 'completedOn');
      const [row] = await m.query(
        `INSERT INTO training_completion (id, course_id, school_id, staff_number, completed_on, hours, passed,
         recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (school_id, staff_number, course_id) DO UPDATE
          SET completed_on = excluded.completed_on, hours = excluded.hours, passed = excluded.passed,
          recorded_by = excluded.recorded_by
         RETURNING id, course_id, school_id, staff_number, completed_on::text AS completed_on, hours, passed,
          recorded_by`,
        [
          randomUUID(),
          r.courseId,
          r.schoolId,
          r.staffNumber.trim(),
          r.completedOn,
          r.hours ?? course.hours,
          r.passed,
          this.principal.personId,
        ],
      );
      out.push(
        Object.assign(new TrainingCompletion(), {
          id: row.id,
          courseId: row.course_id,
          schoolId: row.school_id,
          staffNumber: row.staff_number,
          completedOn: row.completed_on,
          hours: Number(row.hours),
          passed: row.passed,
          recordedBy: row.recorded_by,
        }),
      );
    }
    return out;
  }
}

/** Progress of many teachers at once: (school, staff number) → required done / total, hours. One statement each. */
export async function progressOf(dataSource: DataSource, keys: readonly { schoolId: string; staffNumber: string }[]) {
  const rows: {
    school_id: string;
    staff_number: string;
    required_total: number;
    required_done: number;
    hours: number;
    trial_days: number;
  }[] = await dataSource.query(
    `SELECT k.school_id, k.staff_number,
            (SELECT count(*) FROM training_course c WHERE c.district_id = s.district_id AND c.required
             AND (c.school_id IS NULL OR c.school_id = s.id) AND (cardinality(c.stages) = 0
             OR s.stage = ANY(c.stages)))::int AS required_total,
            (SELECT count(*) FROM training_completion t JOIN training_course c ON c.id = t.course_id
              WHERE t.school_id = s.id AND t.staff_number = k.staff_number AND t.passed AND c.required
               AND (c.school_id IS NULL OR c.school_id = s.id) AND (cardinality(c.stages) = 0
               OR s.stage = ANY(c.stages)))::int AS required_done,
            coalesce((SELECT sum(t.hours) FROM training_completion t WHERE t.school_id = s.id
             AND t.staff_number = k.staff_number AND t.passed), 0)::float8 AS hours,
            coalesce((SELECT p.trial_period_days FROM district_policy p
             WHERE p.district_id = s.district_id), 30)::int AS trial_days
       FROM unnest($1::uuid[], $2::text[]) AS k(school_id, staff_number) JOIN school s ON s.id = k.school_id`,
    [keys.map((k) => k.schoolId), keys.map((k) => k.staffNumber)],
  );
  return rows;
}
