import iconv from 'iconv-lite';

import { toCsv, toXlsx } from './index';
import { decodeCsv, parseCsv, readTable } from './read-table';

describe('reading spreadsheets', () => {
  it('decodes UTF-8 with or without BOM, and falls back to GBK', () => {
    expect(decodeCsv(Buffer.from('\ufeff学号,姓名', 'utf8'))).toEqual({ text: '学号,姓名', encoding: 'UTF-8' });
    expect(decodeCsv(Buffer.from('学号,姓名', 'utf8')).encoding).toBe('UTF-8');
    expect(decodeCsv(iconv.encode('学号,姓名\r\n1,王子涵', 'gbk'))).toEqual({
      text: '学号,姓名\r\n1,王子涵',
      encoding: 'GBK',
    });
  });

  it('parses quoted fields, doubled quotes, embedded commas and line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e""",\r\n"x\ny",z\n')).toEqual([
      ['a', 'b,c', 'd "e"', ''],
      ['x\ny', 'z'],
    ]);
    expect(() => parseCsv('"unterminated')).toThrow('inside a quoted field');
  });

  it('reads what it writes, as .xlsx and CSV, skipping blank rows and keeping row numbers', async () => {
    const table = {
      name: 't',
      headers: ['学号', '姓名'],
      rows: [
        ['001', '王子涵'],
        [null, null],
        ['002', '李欣怡'],
      ],
    };
    for (const content of [await toXlsx(table), toCsv(table)]) {
      const read = await readTable(content, content[0] === 0x50 ? 'XLSX' : 'CSV');
      expect(read.headers).toEqual(['学号', '姓名']);
      expect(read.rows).toEqual([
        { row: 2, cells: ['001', '王子涵'] },
        { row: 4, cells: ['002', '李欣怡'] },
      ]);
    }
  });
});
