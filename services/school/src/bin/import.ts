import fs from 'node:fs';
import path from 'node:path';

import { Role } from '@mentorship/auth';
import { GraphQLError } from 'graphql';

import { callerOf } from '../context';
import { createSchoolDataSource } from '../data-source';
import { RosterImportService, RosterKind } from '../modules/roster-import';

/**
 * The school side of `pnpm import` (packages/devstack/src/bin/import.ts resolves school codes
 * and calls this): IMPORT_JOBS is a JSON list of { schoolId, districtId, file, label }. Each file
 * is previewed, its row errors printed, and with IMPORT_CONFIRM=true applied in one transaction.
 */
const COMMAND_LINE_ACTOR = '00000000-0000-4000-8000-000000000001';

async function main() {
  const url = process.env.SCHOOL_DATABASE_URL;
  if (!url) throw new Error('SCHOOL_DATABASE_URL is not set.');
  const kind = process.env.IMPORT_KIND as RosterKind;
  if (!Object.values(RosterKind).includes(kind))
    throw new Error(`IMPORT_KIND must be one of ${Object.values(RosterKind).join(', ')}.`);
  const jobs: { schoolId: string; districtId: string; file: string; label: string }[] = JSON.parse(
    process.env.IMPORT_JOBS ?? '[]',
  );
  const confirm = process.env.IMPORT_CONFIRM === 'true';
  const markLeft = process.env.IMPORT_MARK_LEFT === 'true';
  const full = process.env.IMPORT_FULL_ROSTER === 'true' || markLeft;
  const dataSource = await createSchoolDataSource(url).initialize();
  const started = Date.now();
  let failed = 0;
  const totals = { created: 0, updated: 0, unchanged: 0, errors: 0 };
  try {
    for (const [i, job] of jobs.entries()) {
      const t = Date.now();
      const now = () => new Date();
      const { districtId, schoolId } = job;
      const actor = { personId: COMMAND_LINE_ACTOR, role: Role.SCHOOL_ADMIN, districtId, schoolId };
      const service = new RosterImportService(dataSource, callerOf(dataSource, actor, now), now);
      const format = path.extname(job.file).toLowerCase() === '.csv' ? 'CSV' : 'XLSX';
      let preview;
      try {
        preview = await service.preview({
          kind,
          format,
          content: fs.readFileSync(job.file),
          fileName: path.basename(job.file),
          fullRoster: full,
        });
      } catch (error) {
        // A file refused as a whole (e.g. a 关注类别 column) fails alone; the other files go on.
        if (!(error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT')) throw error;
        failed++;
        console.log(
          `[import] ${i + 1}/${jobs.length} ${job.label} ${path.basename(job.file)}: refused — ${error.message.replace(/^fileBase64: /, '')}`,
        );
        continue;
      }
      const { plan } = preview;
      const head =
        `[import] ${i + 1}/${jobs.length} ${job.label} ${path.basename(job.file)}: ${plan.created} to ` +
        `create, ${plan.updated} to update, ${plan.unchanged} unchanged`;
      totals.created += plan.created;
      totals.updated += plan.updated;
      totals.unchanged += plan.unchanged;
      totals.errors += plan.errors.length;
      if (plan.errors.length) {
        failed++;
        console.log(`${head}, ${plan.errors.length} row error(s) — not applied:`);
        for (const e of plan.errors.slice(0, 20))
          console.log(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message} (${e.code})`);
        if (plan.errors.length > 20) console.log(`  … and ${plan.errors.length - 20} more`);
        continue;
      }
      if (plan.missing.length)
        console.log(
          `${head}; ${plan.missing.length} enrolled student(s) not in the ` +
            `file${markLeft ? ' will be marked as left' : ' (pass --mark-left to mark them as left)'}`,
        );
      if (confirm) {
        const { markedLeft } = await service.confirm(preview.id, markLeft);
        console.log(
          `${head} — applied${markedLeft ? `, ${markedLeft} marked as left` : ''} ` +
            `(${((Date.now() - t) / 1000).toFixed(1)} s)`,
        );
      } else console.log(`${head} — dry run (pass --confirm to apply) (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await dataSource.destroy();
  }
  console.log(
    `[import] ${jobs.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ` +
      `${totals.errors} row error(s)${confirm ? '' : ' (dry run)'}`,
  );
  if (failed) process.exit(2);
}

main().catch((error) => {
  console.error(`[import] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
