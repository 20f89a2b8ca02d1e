import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { readUpload, UserFacingError } from '@mentorship/graphql';
import { exportTable, type SpreadsheetFormat } from '@mentorship/spreadsheet';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { applyPlan } from './apply';
import { columnsOf, REFUSED_COLUMNS, RosterKind } from './columns';
import { parseRows, planRows } from './plan';
import { exportRows, ROSTER_NAMES as NAMES, RosterExportKind } from './roster-export';
import { RosterImport } from './roster-import.entity';

export { RosterExportKind } from './roster-export';

const PREVIEW_VALID_MS = 24 * 3600_000;

/** 名单导入导出: school admins, their own school only (the school comes from the token). */
export class RosterImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (this.caller.principal.role !== Role.SCHOOL_ADMIN || !this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
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
      createdBy: this.caller.principal.personId,
      createdAt: this.now(),
      appliedAt: null,
    });
    await this.dataSource.getRepository(RosterImport).insert(preview);
    return preview;
  }

  /** Applies a preview in one transaction: all rows or none; refused if the roster changed since. */
  async confirm(importId: string, markMissingAsLeft: boolean): Promise<{ preview: RosterImport; markedLeft: number }> {
    const schoolId = this.schoolId;
    return inTransaction(this.dataSource, async (m) => {
      // A school newly registered with the district has no roster here yet: its first import opens it.
      await m.query('INSERT INTO school (id, district_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
        schoolId,
        this.caller.principal.districtId,
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
        actorId: this.caller.principal.personId,
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
    const { headers, rows } = await exportRows(q, schoolId, kind, this.now());
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
