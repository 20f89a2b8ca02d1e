import { UPLOAD_LIMITS } from '@mentorship/spreadsheet';

import {
  bounded,
  BOUNDED_UPLOAD_MS,
  EDGE_MODES,
  EDGE_START_MS,
  type EdgeMode,
  type EdgePlatform,
  startEdge,
} from '../support/edge-platform';
import { expectCleanError, expectNothingLeaked, post, sendEarlyAnswer, zipOf } from '../support/edge-requests';

/** Uploads at the edge: not base64, too large, zip bombs and too many rows. */

function edgeSuite(mode: EdgeMode, start: () => Promise<EdgePlatform>) {
  describe(`the edge holds (${mode})`, () => {
    let p: EdgePlatform;
    let admin: string;
    beforeAll(async () => {
      ({ p, admin } = await startEdge(start));
    }, EDGE_START_MS);
    afterAll(() => p?.stop());

    describe('input validation', () => {
      describe('uploads', () => {
        const preview =
          'mutation($i: PreviewRosterImportInput!) { previewRosterImport(input: $i) { preview { rowErrors { ' +
          'code } } userErrors { field code message } } }';
        const importInput = (format: 'CSV' | 'XLSX', file: Buffer | string) => ({
          i: { kind: 'STUDENTS', format, fileBase64: typeof file === 'string' ? file : file.toString('base64') },
        });

        it('refuses a fileBase64 that is not base64, naming it, at the gateway and both subgraphs', async () => {
          for (const url of [p.gatewayUrl, p.schoolUrl]) {
            const r = await post(url, admin, {
              query: preview,
              variables: importInput('CSV', '学号,姓名 not base64!!'),
            });
            expectCleanError(r, { code: 'BAD_USER_INPUT' });
            expect(r.body.errors[0].extensions.field).toBe('fileBase64');
          }
          const district = p.token('district-admin');
          for (const url of [p.gatewayUrl, p.districtUrl]) {
            const registry = await post(url, district, {
              query: 'mutation($i: ImportSchoolRegistryInput!) { importSchoolRegistry(input: $i) { created } }',
              variables: { i: { format: 'CSV', fileBase64: '%%%' } },
            });
            expectCleanError(registry, { code: 'BAD_USER_INPUT' });
            expect(registry.body.errors[0].extensions.field).toBe('fileBase64');
            const training = await post(url, district, {
              query: 'mutation($f: String!) { importTrainingCompletions(format: CSV, fileBase64: $f) { recorded } }',
              variables: { f: 'a b c ~' },
            });
            expectCleanError(training, { code: 'BAD_USER_INPUT' });
            expect(training.body.errors[0].extensions.field).toBe('fileBase64');
          }
        });

        it('refuses a file above the size limit, naming the limit', async () => {
          const big = Buffer.alloc(UPLOAD_LIMITS.maxFileBytes + 200_000, 'a');
          for (const url of [p.gatewayUrl, p.schoolUrl]) {
            const r = await post(url, admin, { query: preview, variables: importInput('CSV', big) });
            expectCleanError(r, { code: 'BAD_USER_INPUT' });
            expect(r.body.errors[0].message).toMatch(/up to 4194304 bytes/);
            expect(r.ms).toBeLessThan(BOUNDED_UPLOAD_MS);
          }
          // 10 MB, as in the report: over the body limit, refused before it is read.
          const tenMbBody = Buffer.from(
            JSON.stringify({ query: preview, variables: importInput('CSV', Buffer.alloc(10_000_000, 'a')) }),
          );
          const tenMb = await sendEarlyAnswer(
            p.gatewayUrl,
            { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
            tenMbBody,
          );
          expectCleanError(tenMb, { status: 413 });
        });

        it('refuses a zip bomb .xlsx early, in bounded time, whether its sizes are honest or not', async () => {
          const inflated = Buffer.alloc(40 * 1024 * 1024, ' ');
          const honest = zipOf([
            { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
            { name: 'xl/worksheets/sheet1.xml', content: inflated },
          ]);
          const lying = zipOf([
            { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
            { name: 'xl/worksheets/sheet1.xml', content: inflated, declare: 1024 },
          ]);
          expect(honest.length).toBeLessThan(100_000);
          for (const bomb of [honest, lying]) {
            for (const url of [p.gatewayUrl, p.schoolUrl]) {
              const r = await post(url, admin, { query: preview, variables: importInput('XLSX', bomb) });
              expectNothingLeaked(r);
              expect(r.body.data.previewRosterImport.userErrors).toEqual([
                { field: 'fileBase64', code: 'FILE_TOO_LARGE', message: expect.stringMatching(/25 MiB/) },
              ]);
              bounded(r);
            }
          }
        });

        it('refuses a sheet of 100,000 rows, as .xlsx and as CSV', async () => {
          const rows = Array.from(
            { length: 100_000 },
            (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${i}</t></is></c></row>`,
          ).join('');
          const sheet = Buffer.from(`<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`);
          const xlsx = zipOf([{ name: 'xl/worksheets/sheet1.xml', content: sheet }]);
          const csv = Buffer.from(
            ['学号,姓名,性别,年级,班级', ...Array.from({ length: 100_000 }, (_, i) => `${i},x,男,1,1`)].join('\n'),
          );
          for (const [format, file] of [
            ['XLSX', xlsx],
            ['CSV', csv],
          ] as const) {
            const r = await post(p.gatewayUrl, admin, { query: preview, variables: importInput(format, file) });
            expectNothingLeaked(r);
            expect(r.body.data.previewRosterImport.userErrors).toEqual([
              { field: 'fileBase64', code: 'TOO_MANY_ROWS', message: expect.stringMatching(/50000 rows/) },
            ]);
            expect(r.ms).toBeLessThan(BOUNDED_UPLOAD_MS);
          }
        });
      });
    });
  });
}

for (const [mode, start] of EDGE_MODES) edgeSuite(mode, start);
