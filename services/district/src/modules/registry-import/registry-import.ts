import { forbidden, type Principal, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { missingColumns, readUpload, type RowProblem, UserFacingError } from '@mentorship/graphql';
import type { SpreadsheetFormat } from '@mentorship/spreadsheet';
import type { DataSource } from 'typeorm';

import { SchoolStage } from '../registry/school-stage';

const STAGES: Record<string, SchoolStage> = {
  小学: SchoolStage.PRIMARY,
  初中: SchoolStage.JUNIOR_SECONDARY,
  高中: SchoolStage.SENIOR_SECONDARY,
  职业学校: SchoolStage.VOCATIONAL,
  中职: SchoolStage.VOCATIONAL,
};
export const REGISTRY_HEADERS = ['学校代码', '学校名称', '学段'];

export type RegistryRowError = RowProblem;

export interface RegistryImportResult {
  created: number;
  updated: number;
  unchanged: number;
  rowErrors: RegistryRowError[];
  applied: boolean;
}

/**
 * District admins import their school registry (upsert by school code). Without `confirm` it
 * is a dry run; with it, the rows are checked again and written in one transaction, all or none.
 */
export async function importSchoolRegistry(
  dataSource: DataSource,
  principal: Principal,
  input: { format: SpreadsheetFormat; content: Buffer; confirm: boolean },
): Promise<RegistryImportResult> {
  if (principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
  const table = await readUpload(input.content, input.format);
  const errors: RegistryRowError[] = missingColumns(table.headers, REGISTRY_HEADERS);
  const rows: { code: string; name: string; stage: SchoolStage }[] = [];
  if (!errors.length) {
    const at = (h: string) => table.headers.indexOf(h);
    const seen = new Map<string, number>();
    for (const r of table.rows) {
      const cell = (h: string) =>
        r.cells[at(h)] === null || r.cells[at(h)] === undefined ? null : String(r.cells[at(h)]).trim() || null;
      const code = cell('学校代码');
      const name = cell('学校名称');
      const stageText = cell('学段');
      const before = errors.length;
      if (!code) errors.push({ row: r.row, column: '学校代码', code: 'REQUIRED', message: '“学校代码” is empty.' });
      if (!name) errors.push({ row: r.row, column: '学校名称', code: 'REQUIRED', message: '“学校名称” is empty.' });
      const stage = stageText
        ? (STAGES[stageText] ??
          ((Object.values(SchoolStage) as string[]).find((s) => s === stageText.toUpperCase()) as
            SchoolStage | undefined))
        : undefined;
      if (!stage)
        errors.push({
          row: r.row,
          column: '学段',
          code: 'BAD_STAGE',
          message: `“${stageText ?? ''}” is not a stage: write 小学, 初中, 高中 or 职业学校.`,
        });
      if (code && seen.has(code))
        errors.push({
          row: r.row,
          column: '学校代码',
          code: 'DUPLICATE',
          message: `“${code}” appears twice in the file (also row ${seen.get(code)}).`,
        });
      if (code) seen.set(code, r.row);
      if (errors.length === before) rows.push({ code: code!, name: name!, stage: stage! });
    }
  }
  return inTransaction(dataSource, async (m) => {
    const existing = new Map<string, { name: string; stage: string }>(
      (
        await m.query('SELECT code, name, stage FROM school WHERE district_id = $1 FOR UPDATE', [principal.districtId])
      ).map((s: any) => [s.code, s]),
    );
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (const r of rows) {
      const s = existing.get(r.code);
      if (!s) created++;
      else if (s.name !== r.name || s.stage !== r.stage) updated++;
      else unchanged++;
    }
    const apply = input.confirm && !errors.length;
    if (input.confirm && errors.length)
      throw new UserFacingError(
        'HAS_ERRORS',
        `The file has ${errors.length} row error(s); nothing was written.`,
        'fileBase64',
      );
    if (apply && rows.length) {
      await m.query(
        `INSERT INTO school (id, district_id, code, name, stage)
           SELECT gen_random_uuid(), $1, x.code, x.name, x.stage
           FROM unnest($2::text[], $3::text[], $4::text[]) AS x(code, name, stage)
         ON CONFLICT (district_id, code) DO UPDATE SET name = excluded.name, stage = excluded.stage
           WHERE (school.name, school.stage) IS DISTINCT FROM (excluded.name, excluded.stage)`,
        [principal.districtId, rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.stage)],
      );
    }
    return { created, updated, unchanged, rowErrors: errors, applied: apply };
  });
}
