import ExcelJS from 'exceljs';

import type { Cell } from './cell';

export type { Cell } from './cell';

export interface Table {
  /** Sheet name (xlsx) and base of the file name. */
  name: string;
  /** Column headers as users read them (Chinese in this product). */
  headers: string[];
  rows: Cell[][];
}

export type ExportFormat = 'CSV' | 'XLSX';

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 CSV with a byte-order mark, so Excel on Chinese Windows opens it with the right encoding. */
export function toCsv(table: Table): Buffer {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

/** One-sheet workbook with a bold, frozen header row. */
export async function toXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.addRow(table.headers).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(
      40,
      Math.max(8, ...[table.headers[i], ...table.rows.map((r) => r[i])].map((v) => String(v ?? '').length * 2)),
    );
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportTable(
  table: Table,
  format: ExportFormat,
): Promise<{ filename: string; contentType: string; content: Buffer }> {
  if (format === 'CSV')
    return { filename: `${table.name}.csv`, contentType: 'text/csv; charset=utf-8', content: toCsv(table) };
  return {
    filename: `${table.name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: await toXlsx(table),
  };
}

/** Reads the first sheet of an .xlsx back into rows (tests, and imports later). */
export async function readXlsx(content: Buffer): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: Cell[][] = [];
  workbook.worksheets[0].eachRow((row) =>
    rows.push((row.values as Cell[]).slice(1).map((v) => (v === undefined ? null : v))),
  );
  return rows;
}
export * from './pdf';
export * from './read-table';
export * from './upload-limits';
