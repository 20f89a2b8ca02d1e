import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Role } from '@mentorship/auth';
import { startThrowawayPostgres } from '@mentorship/db';
import { exportTable } from '@mentorship/spreadsheet';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform } from '../support/platform';

/**
 * `pnpm bench:import`: a 3,000-student school imported through the gateway (classrooms, then
 * students as .xlsx and as CSV), preview and confirm timed separately. Writes
 * tests/results/roster-import-bench.md.
 */
const STUDENTS = Number(process.env.BENCH_IMPORT_STUDENTS ?? 3000);

async function main() {
  const pg = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = pg.url('postgres');
  const p = await startTestPlatform();
  try {
    const token = p.tokenFor({
      personId: randomUUID(),
      role: Role.SCHOOL_ADMIN,
      districtId: p.demo.district.id,
      schoolId: randomUUID(),
    });
    const gql = async (query: string, variables: Record<string, unknown>) =>
      expectNoGraphQLErrors(await execute(p.gatewayUrl, query, { token, variables }));
    const grades = ['七年级', '八年级', '九年级'];
    const rooms = grades.flatMap((g) =>
      Array.from({ length: Math.ceil(STUDENTS / 40 / 3) }, (_, i) => [g, `${i + 1}班`]),
    );
    const students = Array.from({ length: STUDENTS }, (_, i) => {
      const r = rooms[i % rooms.length];
      return [`S${String(i + 1).padStart(6, '0')}`, `学生${i + 1}`, i % 2 ? '男' : '女', r[0], r[1]];
    });
    const run = async (kind: string, format: 'XLSX' | 'CSV', headers: string[], rows: (string | number | null)[][]) => {
      const content = (await exportTable({ name: kind, headers, rows }, format)).content;
      let t = Date.now();
      const preview = (
        await gql(
          'mutation($i: PreviewRosterImportInput!) { previewRosterImport(input: $i) { preview { id ' +
            'created updated unchanged canConfirm } userErrors { code } } }',
          { i: { kind, format, fileBase64: content.toString('base64') } },
        )
      ).previewRosterImport.preview;
      const previewMs = Date.now() - t;
      t = Date.now();
      await gql('mutation($id: ID!) { confirmRosterImport(importId: $id) { userErrors { code } } }', {
        id: preview.id,
      });
      return {
        kind,
        format,
        rows: rows.length,
        bytes: content.length,
        previewMs,
        confirmMs: Date.now() - t,
        created: preview.created,
        unchanged: preview.unchanged,
      };
    };
    const results = [
      await run('CLASSROOMS', 'XLSX', ['年级', '班级'], rooms),
      await run('STUDENTS', 'XLSX', ['学号', '姓名', '性别', '年级', '班级'], students),
      await run(
        'STUDENTS',
        'CSV',
        ['学号', '姓名', '性别', '年级', '班级'],
        students.map((s, i) => (i % 10 === 0 ? [s[0], `${s[1]}改`, s[2], s[3], s[4]] : s)),
      ),
    ];
    const tableRows = results
      .map(
        (r) =>
          `| ${r.kind} .${r.format.toLowerCase()} | ${r.rows.toLocaleString('en')} ` +
          `| ${(r.bytes / 1024).toFixed(0)} KiB ` +
          `| ${r.previewMs} ms | ${r.confirmMs} ms | ${r.created} created, ${r.unchanged} unchanged |`,
      )
      .join('\n');
    const report = `# Roster import benchmark

Run with \`pnpm bench:import\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores, Node \
${process.version}, embedded PostgreSQL (throwaway). Through the gateway with a school admin's token.

| file | rows | size | preview (parse + check) | confirm (one transaction) | effect |
| --- | ---: | ---: | ---: | ---: | --- |
${tableRows}
`;
    const out = path.resolve(__dirname, '../../results/roster-import-bench.md');
    fs.writeFileSync(out, report);
    console.log(report);
  } finally {
    await p.stop();
    await pg.stop();
  }
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
