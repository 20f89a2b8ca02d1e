import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

import type { Cell } from './cell';
import { checkCsvRows, checkFileSize, checkXlsx, SpreadsheetLimitError, UPLOAD_LIMITS } from './upload-limits';

export type SpreadsheetFormat = 'CSV' | 'XLSX';

/** A sheet as read: the header row and the data rows, each with the row number the user sees. */
export interface ReadTable {
  headers: string[];
  rows: { row: number; cells: Cell[] }[];
  /** How a CSV was decoded (files exported from Chinese systems are often GBK). */
  encoding?: 'UTF-8' | 'GBK';
}

export class SpreadsheetError extends Error {}

/** UTF-8 (with or without BOM) when it decodes cleanly, else GBK. */
export function decodeCsv(content: Buffer): { text: string; encoding: 'UTF-8' | 'GBK' } {
  const body = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? content.subarray(3) : content;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(body, 'gbk'), encoding: 'GBK' };
  }
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new SpreadsheetError('The CSV ends inside a quoted field.');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const text = (v: unknown): Cell => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && v !== null) {
    const o = v as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return o.text;
    if (o.result !== undefined) return text(o.result);
  }
  return String(v);
};

/**
 * Reads the first sheet of an .xlsx, or a CSV, into headers and numbered rows; blank rows are
 * skipped. The file's size, an .xlsx's unzipped size and the row count are checked first
 * (UPLOAD_LIMITS), so a zip bomb or a huge sheet is refused before it is parsed.
 */
export async function readTable(content: Buffer, format: SpreadsheetFormat): Promise<ReadTable> {
  let grid: { row: number; cells: Cell[] }[];
  let encoding: ReadTable['encoding'];
  checkFileSize(content);
  if (format === 'CSV') {
    checkCsvRows(content);
    const decoded = decodeCsv(content);
    encoding = decoded.encoding;
    grid = parseCsv(decoded.text).map((cells, i) => ({
      row: i + 1,
      cells: cells.map((c) => (c.trim() === '' ? null : c.trim())),
    }));
  } else {
    checkXlsx(content);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new SpreadsheetError('This is not an .xlsx file (or it is damaged).');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new SpreadsheetError('The workbook has no sheet.');
    grid = [];
    sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      grid.push({
        row: rowNumber,
        cells: (r.values as unknown[]).slice(1).map((v) => {
          const t = text(v);
          return typeof t === 'string' ? t.trim() || null : t;
        }),
      });
    });
  }
  grid = grid.filter((r) => r.cells.some((c) => c !== null));
  if (!grid.length) throw new SpreadsheetError('The file is empty.');
  if (grid.length > UPLOAD_LIMITS.maxRows + 1)
    throw new SpreadsheetLimitError(
      'TOO_MANY_ROWS',
      `The sheet has more than ${UPLOAD_LIMITS.maxRows} rows; split it (e.g. by grade or school).`,
    );
  const [head, ...rows] = grid;
  return { headers: head.cells.map((c) => String(c ?? '').trim()), rows, encoding };
}
