import zlib from 'node:zlib';

/**
 * What an uploaded spreadsheet may be. A school's roster (3,000 students) is about 150 KB as
 * .xlsx or CSV and 2 MB once unzipped; a district's training completions (every teacher × the
 * required courses) about 40,000 rows. The limits leave room for those and refuse the rest
 * before the file is parsed.
 */
export const UPLOAD_LIMITS = {
  /** The file itself (the request body carries it base64, a third larger). */
  maxFileBytes: 4 * 1024 * 1024,
  /** All parts of an .xlsx unzipped; a zip bomb claims (or hides) far more. */
  maxDecompressedBytes: 25 * 1024 * 1024,
  /** Parts in an .xlsx (a workbook has a dozen). */
  maxZipEntries: 500,
  /** Data rows of a sheet. */
  maxRows: 50_000,
} as const;

/** A file beyond a limit: the code says which, the message names the limit. */
export class SpreadsheetLimitError extends Error {
  constructor(
    readonly code: 'FILE_TOO_LARGE' | 'TOO_MANY_ROWS' | 'UNREADABLE_FILE',
    message: string,
  ) {
    super(message);
    this.name = 'SpreadsheetLimitError';
  }
}

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

export function checkFileSize(content: Buffer): void {
  if (content.length > UPLOAD_LIMITS.maxFileBytes) {
    throw new SpreadsheetLimitError(
      'FILE_TOO_LARGE',
      `The file is ${mib(content.length)}; files up to ${mib(UPLOAD_LIMITS.maxFileBytes)} are accepted ` +
        `(split it, e.g. by grade).`,
    );
  }
}

/** Lines of a CSV, counted on the bytes before decoding: an upper bound of its rows. */
export function checkCsvRows(content: Buffer): void {
  let lines = 0;
  for (let at = content.indexOf(10); at !== -1; at = content.indexOf(10, at + 1)) {
    if (++lines > UPLOAD_LIMITS.maxRows + 1) throw tooManyRows();
  }
}

const tooManyRows = () =>
  new SpreadsheetLimitError(
    'TOO_MANY_ROWS',
    `The sheet has more than ${UPLOAD_LIMITS.maxRows} rows; split it (e.g. by grade or school).`,
  );
const damaged = () => new SpreadsheetLimitError('UNREADABLE_FILE', 'This is not an .xlsx file (or it is damaged).');

/**
 * Checks an .xlsx (a zip) before anything inflates it: the central directory's entry count and
 * declared sizes first, then each part inflated with an output cap of what remains of the
 * budget, so a part that lies about its size stops at the cap (bounded memory and time). Rows
 * of the sheets are counted on the way.
 */
export function checkXlsx(content: Buffer): void {
  const eocd = findEndOfCentralDirectory(content);
  if (eocd < 0) throw damaged();
  const entries = content.readUInt16LE(eocd + 10);
  const directoryOffset = content.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw damaged(); // ZIP64: never an .xlsx of this size
  if (entries > UPLOAD_LIMITS.maxZipEntries)
    throw new SpreadsheetLimitError(
      'FILE_TOO_LARGE',
      `The workbook has ${entries} parts; at most ${UPLOAD_LIMITS.maxZipEntries} are accepted.`,
    );
  const tooBig = () =>
    new SpreadsheetLimitError(
      'FILE_TOO_LARGE',
      `The workbook unzips to more than ${mib(UPLOAD_LIMITS.maxDecompressedBytes)}; at most that is ` +
        `accepted (split it, e.g. by grade).`,
    );
  let declared = 0;
  const parts: { name: string; method: number; compressed: number; size: number; local: number }[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== 0x02014b50) throw damaged();
    const method = content.readUInt16LE(at + 10);
    const compressed = content.readUInt32LE(at + 20);
    const size = content.readUInt32LE(at + 24);
    const nameLength = content.readUInt16LE(at + 28);
    const skip = nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
    const name = content.toString('utf8', at + 46, at + 46 + nameLength);
    declared += size;
    if (declared > UPLOAD_LIMITS.maxDecompressedBytes) throw tooBig();
    parts.push({ name, method, compressed, size, local: content.readUInt32LE(at + 42) });
    at += 46 + skip;
  }
  let inflated = 0;
  for (const part of parts) {
    if (part.local + 30 > content.length || content.readUInt32LE(part.local) !== 0x04034b50) throw damaged();
    const start = part.local + 30 + content.readUInt16LE(part.local + 26) + content.readUInt16LE(part.local + 28);
    const data = content.subarray(start, start + part.compressed);
    let bytes: Buffer;
    if (part.method === 0) bytes = data;
    else if (part.method === 8) {
      try {
        bytes = zlib.inflateRawSync(data, {
          maxOutputLength: Math.max(1, UPLOAD_LIMITS.maxDecompressedBytes - inflated),
        });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
        throw damaged();
      }
    } else throw damaged();
    inflated += bytes.length;
    if (inflated > UPLOAD_LIMITS.maxDecompressedBytes) throw tooBig();
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(part.name) && countRows(bytes) > UPLOAD_LIMITS.maxRows + 1)
      throw tooManyRows();
  }
}

function countRows(xml: Buffer): number {
  let rows = 0;
  for (let at = xml.indexOf('<row'); at !== -1; at = xml.indexOf('<row', at + 4)) {
    const next = xml[at + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f) rows++; // `<row ` / `<row>` / `<row/>`, not `<rows…`
  }
  return rows;
}

/** The End Of Central Directory record: within the last 64 KiB + 22 bytes (its comment is at most 64 KiB). */
function findEndOfCentralDirectory(content: Buffer): number {
  const stop = Math.max(0, content.length - 22 - 0xffff);
  for (let at = content.length - 22; at >= stop; at--) {
    if (content.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}
