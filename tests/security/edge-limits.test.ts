import { randomUUID } from 'node:crypto';

import { EDGE_LIMITS, toGlobalId } from '@mentorship/graphql';
import { UPLOAD_LIMITS } from '@mentorship/spreadsheet';

import { startTestPlatform } from '../support/platform';
import { startProcessPlatform, TEST_GATEWAY_SECRET, TEST_PRODUCTION_SECRET } from '../support/process-platform';
import {
  expectCleanError,
  expectNothingLeaked,
  post,
  type RawResponse,
  send,
  sendAsGateway,
  sendEarlyAnswer,
  zipOf,
} from './edge-support';

/** What both harnesses give: three endpoints and tokens for the demo logins. */
interface Platform {
  gatewayUrl: string;
  schoolUrl: string;
  districtUrl: string;
  logins: { login: string; schoolId?: string | null; classroomId?: string | null }[];
  token(login: string): string;
  stop(): Promise<void>;
}

/** Refusals are cheap: each attack is answered within this (generous for a shared CI machine). */
const BOUNDED_MS = 3_000;
/** A request carrying a multi-megabyte upload: most of this is moving and parsing the body. */
const BOUNDED_UPLOAD_MS = 10_000;

const aliases = (n: number, field = '__typename') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const fanOut =
  'schools(first: 100) { nodes { grades { classrooms { students(first: 100) { nodes { mentors { mentor { name } } } } } } } }';

function edgeSuite(mode: 'development' | 'production', start: () => Promise<Platform>) {
  describe(`the edge holds (${mode})`, () => {
    let p: Platform;
    let targets: [string, string][];
    let admin: string;
    let schoolGid: string;
    beforeAll(async () => {
      p = await start();
      targets = [
        ['gateway', p.gatewayUrl],
        ['school subgraph', p.schoolUrl],
        ['district subgraph', p.districtUrl],
      ];
      admin = p.token('school-admin');
      schoolGid = toGlobalId('School', p.logins.find((l) => l.login === 'school-admin')!.schoolId!);
    }, 240_000);
    afterAll(() => p?.stop());

    const each = (check: (url: string, name: string) => Promise<void>) => async () => {
      for (const [name, url] of targets) {
        try {
          await check(url, name);
        } catch (error) {
          (error as Error).message = `${name}: ${(error as Error).message}`;
          throw error;
        }
      }
    };
    const bounded = (r: RawResponse) => expect(r.ms).toBeLessThan(BOUNDED_MS);

    describe('operation limits', () => {
      it('refuses a fan-out query (school → grades → classrooms → students → mentors) by its cost, before it runs', async () => {
        const atGateway = await post(p.gatewayUrl, p.token('district-admin'), { query: `{ ${fanOut} }` });
        expectCleanError(atGateway, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        expect(atGateway.body.errors[0].message).toMatch(/cost .* limit is 100000/);
        bounded(atGateway);
        // The school subgraph directly, through federation's _entities: the same line.
        const atSchool = await post(p.schoolUrl, admin, {
          query:
            'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { grades { classrooms { students(first: 100) { nodes { mentors { mentor { name } } } } } } } } }',
          variables: { r: [{ __typename: 'School', id: schoolGid }] },
        });
        expectCleanError(atSchool, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        expect(atSchool.body.errors[0].message).toMatch(/cost/);
        bounded(atSchool);
      });

      it('prices _entities by the number of representations the request carries', async () => {
        const r = await post(p.schoolUrl, admin, {
          query:
            'query($r: [_Any!]!) { _entities(representations: $r) { ... on School { grades { classrooms { students(first: 10) { nodes { name } } } } } } }',
          variables: { r: Array.from({ length: 500 }, () => ({ __typename: 'School', id: schoolGid })) },
        });
        expectCleanError(r, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        expect(r.body.errors[0].message).toMatch(/500 entities/);
      });

      it(
        'refuses 1,000 aliases of one field (by its size), and 16 by the alias limit',
        each(async (url) => {
          const r = await post(url, admin, { query: aliases(1000) });
          expectCleanError(r, { status: 400, code: ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'] });
          bounded(r);
          const sixteen = await post(url, admin, { query: aliases(16) });
          expectCleanError(sixteen, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          expect(sixteen.body.errors[0].message).toMatch(/[Aa]liases limit of 15/);
        }),
      );

      it(
        'refuses a 10,000-field document by its token count, before parsing it whole',
        each(async (url) => {
          const r = await post(url, admin, { query: `{ ${'__typename '.repeat(10_000)} }` });
          expectCleanError(r, { status: 400, code: 'GRAPHQL_PARSE_FAILED' });
          expect(r.body.errors[0].message).toMatch(/1000 tokens/);
          bounded(r);
        }),
      );

      it('refuses 20 aliases of comparisonExport in one request', async () => {
        const exports = Array.from({ length: 20 }, (_, i) => `e${i}: comparisonExport(format: CSV) { filename }`).join(
          ' ',
        );
        const atGateway = await post(p.gatewayUrl, admin, {
          query: `query($id: ID!) { school(id: $id) { ${exports} } }`,
          variables: { id: schoolGid },
        });
        expectCleanError(atGateway, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        bounded(atGateway);
        const atSchool = await post(p.schoolUrl, admin, {
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on School { ${exports} } } }`,
          variables: { r: [{ __typename: 'School', id: schoolGid }] },
        });
        expectCleanError(atSchool, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        // Under the alias limit, exports still cost: 6 of them are over the budget (at most 4 fit).
        const six = Array.from({ length: 6 }, (_, i) => `e${i}: comparisonExport(format: CSV) { filename }`).join(' ');
        const costly = await post(p.gatewayUrl, admin, {
          query: `query($id: ID!) { school(id: $id) { ${six} } }`,
          variables: { id: schoolGid },
        });
        expectCleanError(costly, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
        expect(costly.body.errors[0].message).toMatch(/cost/);
      });

      it(
        'refuses a directive flood',
        each(async (url) => {
          const r = await post(url, admin, { query: `{ ${'__typename @include(if: true) '.repeat(50)} }` });
          expectCleanError(r, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          expect(r.body.errors.map((e: { message: string }) => e.message).join()).toMatch(/[Dd]irectives/);
          bounded(r);
        }),
      );

      it('refuses a deep query', async () => {
        const deep =
          'classroom { grade { classrooms { students(first: 1) { nodes { classroom { grade { classrooms { students(first: 1) { nodes { name } } } } } } } } } }';
        const atGateway = await post(p.gatewayUrl, p.token('mentor-1'), {
          query: `{ me { mentees(first: 1) { nodes { ${deep} } } } }`,
        });
        const atSchool = await post(p.schoolUrl, admin, {
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { ${deep} } } }`,
          variables: { r: [] },
        });
        for (const r of [atGateway, atSchool]) {
          expectCleanError(r, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          expect(r.body.errors.map((e: { message: string }) => e.message).join()).toMatch(/[Dd]epth/);
          bounded(r);
        }
      });

      it(
        'refuses batched operations',
        each(async (url) => {
          const r = await post(url, admin, [
            { query: '{ __typename }' },
            { query: '{ __typename }' },
            { query: '{ __typename }' },
          ]);
          expectCleanError(r, { status: 400, code: 'BAD_REQUEST' });
          expect(r.body.errors[0].message).toMatch(/At most 1 operation/);
        }),
      );
    });

    describe('one error shape for every bad request', () => {
      const bodies: [string, string][] = [
        ['malformed JSON', '{"query": "{ __typename }"'],
        ['a bare string', '"hello"'],
        ['an empty body', ''],
        ['null', 'null'],
        ['a number', '42'],
        ['query not a string', '{"query": {"kind": "Document"}}'],
        ['variables not an object', '{"query": "{ __typename }", "variables": "x"}'],
        ['no query', '{"variables": {}}'],
        ['binary', '\u0000\u0001\u00ff{'],
      ];
      for (const [what, body] of bodies) {
        it(
          `answers ${what} with a JSON error and a code`,
          each(async (url) => {
            for (const token of [admin, undefined]) {
              const r = await post(url, token, body);
              expectCleanError(r, { status: token ? 400 : [400, 401] });
              bounded(r);
            }
          }),
        );
      }

      it(
        'refuses a body above the limit with 413, never buffering it',
        each(async (url) => {
          const huge = JSON.stringify({
            query: '{ __typename }',
            variables: { x: 'a'.repeat(EDGE_LIMITS.http.maxBodyBytes + 1) },
          });
          const r = await post(url, admin, huge);
          expectCleanError(r, { status: 413, code: 'PAYLOAD_TOO_LARGE' });
          bounded(r);
        }),
      );

      it(
        'answers wrong content types and methods in JSON, never HTML',
        each(async (url) => {
          for (const contentType of [
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/xml',
            'text/html',
          ]) {
            const r = await send(url, {
              headers: { 'content-type': contentType, authorization: `Bearer ${admin}` },
              body: '{"query":"{ __typename }"}',
            });
            expectCleanError(r, { status: 400 });
          }
          for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
            const r = await send(url, {
              method,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
              body: method === 'OPTIONS' ? undefined : '{}',
            });
            expectCleanError(r, { status: 405, code: 'METHOD_NOT_ALLOWED' });
          }
          // A browser's GET asks for HTML: it gets JSON (no landing page).
          const browser = await send(url, {
            method: 'GET',
            headers: { accept: 'text/html,application/xhtml+xml', authorization: `Bearer ${admin}` },
          });
          expectCleanError(browser, { status: 400 });
        }),
      );

      it(
        'answers an operationName that is not in the document with 400, not 500',
        each(async (url) => {
          const r = await post(url, admin, {
            query: 'query A { __typename } query B { __typename }',
            operationName: 'C',
          });
          expectCleanError(r, { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
          const unnamed = await post(url, admin, { query: 'query A { __typename } query B { __typename }' });
          expectCleanError(unnamed, { status: 400 });
        }),
      );
    });

    describe('input validation', () => {
      let mentor: string;
      let menteeId: string;
      beforeAll(async () => {
        mentor = p.token('mentor-1');
        const r = await post(p.gatewayUrl, mentor, { query: '{ me { mentees(first: 1) { nodes { id } } } }' });
        menteeId = r.body.data.me.mentees.nodes[0].id;
      });

      it('refuses page sizes outside 1–100 on Student.records, School.accessReviews and every other first, naming first', async () => {
        // [token, endpoint, the selection with FIRST where the page size goes, other variables]
        const cases: [string, string, string, string, Record<string, unknown>][] = [
          [mentor, p.gatewayUrl, '$id: ID!', 'student(id: $id) { records(first: FIRST) { id } }', { id: menteeId }],
          [
            admin,
            p.gatewayUrl,
            '$s: ID!',
            'school(id: $s) { accessReviews(first: FIRST) { openedAt } }',
            { s: schoolGid },
          ],
          [
            admin,
            p.schoolUrl,
            '$r: [_Any!]!',
            '_entities(representations: $r) { ... on School { accessReviews(first: FIRST) { openedAt } } }',
            { r: [{ __typename: 'School', id: schoolGid }] },
          ],
          [
            admin,
            p.schoolUrl,
            '$r: [_Any!]!',
            '_entities(representations: $r) { ... on School { teachers(first: FIRST) { totalCount } } }',
            { r: [{ __typename: 'School', id: schoolGid }] },
          ],
          [p.token('district-admin'), p.gatewayUrl, '', 'schools(first: FIRST) { nodes { id } }', {}],
          [p.token('district-admin'), p.districtUrl, '', 'schools(first: FIRST) { nodes { id } }', {}],
          [mentor, p.gatewayUrl, '', 'me { mentees(first: FIRST) { nodes { id } } }', {}],
        ];
        for (const [token, url, declared, selection, variables] of cases) {
          for (const n of [1_000_000_000, -1, 0, 101]) {
            const r = await post(url, token, {
              query: `query(${[declared, '$n: Int!'].filter(Boolean).join(', ')}) { ${selection.replace('FIRST', '$n')} }`,
              variables: { ...variables, n },
            });
            if (r.body?.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT')
              throw new Error(`${url} ${selection} ${n} ${r.text}`);
            expectCleanError(r, { code: 'BAD_USER_INPUT' });
            expect(r.body.errors[0].extensions.field).toBe('first');
            expect(r.body.errors[0].message).toMatch(/between 1 and 100/);
            // The same as a literal: priced as the largest page, then refused by the same check.
            const literal = await post(url, token, {
              query: `${declared ? `query(${declared})` : ''} { ${selection.replace('FIRST', String(n))} }`,
              variables,
            });
            if (literal.body?.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT')
              throw new Error(`${url} ${selection} ${n} ${literal.text}`);
            expectCleanError(literal, { code: 'BAD_USER_INPUT' });
            expect(literal.body.errors[0].extensions.field).toBe('first');
          }
        }
        const ok = await post(p.gatewayUrl, admin, {
          query: 'query($s: ID!) { school(id: $s) { accessReviews(first: 100) { openedAt } } }',
          variables: { s: schoolGid },
        });
        expect(ok.body.errors).toBeUndefined();
      });

      it('refuses NUL and other control characters in text, naming the field, at the gateway and the subgraph', async () => {
        const mutations: [string, string, Record<string, unknown>, string][] = [
          [
            'createMentorRecord',
            'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } userErrors { code } } }',
            {
              idempotencyKey: randomUUID(),
              kind: 'TALK',
              studentIds: [menteeId],
              occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
              content: 'talked\u0000about',
            },
            'content',
          ],
          [
            'editGrowthArchive',
            'mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { userErrors { code } } }',
            { studentId: menteeId, expectedVersion: 0, personality: 'calm\u0000' },
            'personality',
          ],
          [
            'raiseCrisisAlert',
            'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { userErrors { code } } }',
            { studentId: menteeId, level: 'LOW', description: 'x\u001b[31m', idempotencyKey: randomUUID() },
            'description',
          ],
        ];
        for (const url of [p.gatewayUrl, p.schoolUrl]) {
          for (const [name, query, input, field] of mutations) {
            const r = await post(url, mentor, { query, variables: { i: input } });
            expectCleanError(r, { code: 'BAD_USER_INPUT' });
            expect({ name, field: r.body.errors[0].extensions.field }).toEqual({ name, field });
            expect(r.body.errors[0].message).toMatch(/control character/);
          }
        }
        const long = await post(p.gatewayUrl, mentor, {
          query: mutations[0][1],
          variables: { i: { ...mutations[0][2], content: 'x'.repeat(20_001) } },
        });
        expectCleanError(long, { code: 'BAD_USER_INPUT' });
        expect(long.body.errors[0].message).toMatch(/at most 20000/);
      });

      it('refuses bad dates as BAD_USER_INPUT naming the field through the gateway, not INTERNAL_SERVER_ERROR', async () => {
        const record =
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { id } userErrors { field code } } }';
        for (const url of [p.gatewayUrl, p.schoolUrl]) {
          const r = await post(url, mentor, {
            query: record,
            variables: {
              i: {
                idempotencyKey: randomUUID(),
                kind: 'TALK',
                studentIds: [menteeId],
                occurredAt: 'yesterday-ish',
                content: 'talk',
              },
            },
          });
          expectCleanError(r, { code: 'BAD_USER_INPUT' });
          expect(r.body.errors[0].extensions.field).toBe('occurredAt');
        }
        const open =
          'mutation($i: OpenMatchingRoundInput!) { openMatchingRound(input: $i) { round { id } userErrors { field code } } }';
        const tomorrow = await post(p.gatewayUrl, admin, {
          query: open,
          variables: { i: { academicYear: '2026-2027', opensAt: 'tomorrow', closesAt: '2026-12-31T00:00:00Z' } },
        });
        expectCleanError(tomorrow, { code: 'BAD_USER_INPUT' });
        expect(tomorrow.body.errors[0].extensions.field).toBe('opensAt');
        // A literal in the document, which the gateway passes on inline: still the caller's input.
        const literal = await post(p.gatewayUrl, admin, {
          query:
            'mutation { openMatchingRound(input: { academicYear: "2026-2027", opensAt: "tomorrow", closesAt: "2026-12-31T00:00:00Z" }) { userErrors { code } } }',
        });
        expectCleanError(literal, { code: 'BAD_USER_INPUT' });
        const ages = await post(p.gatewayUrl, admin, {
          query: open,
          variables: {
            i: { academicYear: '2026-2027', opensAt: '1000-01-01T00:00:00Z', closesAt: '9999-12-31T00:00:00Z' },
          },
        });
        expectCleanError(ages, { code: 'BAD_USER_INPUT' });
        expect(ages.body.errors[0].extensions.field).toBe('opensAt');
        const outsideYear = await post(p.gatewayUrl, admin, {
          query: open,
          variables: {
            i: { academicYear: '2026-2027', opensAt: '2030-01-01T00:00:00Z', closesAt: '2030-02-01T00:00:00Z' },
          },
        });
        expect(outsideYear.body.data.openMatchingRound.userErrors).toEqual([
          { field: 'closesAt', code: 'INVALID_WINDOW' },
        ]);
        const headTeacher = p.logins.find((l) => l.login === 'head-teacher')!;
        const consult =
          'mutation($i: RecordCaseConsultationInput!) { recordCaseConsultation(input: $i) { userErrors { field code } } }';
        const feb30 = await post(p.gatewayUrl, p.token('head-teacher'), {
          query: consult,
          variables: {
            i: {
              classroomId: toGlobalId('Classroom', headTeacher.classroomId!),
              heldOn: '2026-02-30',
              attendeeIds: [],
              decisions: [],
              tasks: [],
            },
          },
        });
        expectNothingLeaked(feb30);
        expect(feb30.body.data.recordCaseConsultation.userErrors).toEqual([{ field: 'heldOn', code: 'INVALID_DATE' }]);
      });

      describe('uploads', () => {
        const preview =
          'mutation($i: PreviewRosterImportInput!) { previewRosterImport(input: $i) { preview { rowErrors { code } } userErrors { field code message } } }';
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

    describe(`introspection and suggestions (${mode})`, () => {
      it(
        mode === 'production' ? 'refuses introspection everywhere' : 'allows introspection in development',
        each(async (url) => {
          const r = await post(url, admin, { query: '{ __schema { queryType { name } } }' });
          if (mode === 'production') {
            expectCleanError(r, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
            expect(r.body.errors[0].message).toMatch(/[Ii]ntrospection/);
          } else expect(r.body.data.__schema.queryType.name).toBe('Query');
        }),
      );

      it(
        mode === 'production' ? 'gives no "Did you mean" hints' : 'suggests field names in development',
        each(async (url) => {
          const field = await post(url, admin, {
            query:
              url === p.districtUrl
                ? '{ schoolz { nodes { id } } }'
                : '{ schoolz { nodes { id } } accessLo { entries { id } } }',
          });
          expectCleanError(field, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
          if (mode === 'production') expect(field.text).not.toMatch(/Did you mean/);
          else if (url === p.gatewayUrl) expect(field.text).toMatch(/Did you mean/);
          if (mode === 'production') {
            const enumValue = await post(url, admin, {
              query: 'query($s: SchoolStage) { schools(stage: $s) { nodes { id } } }',
              variables: { s: 'PRIMRY' },
            });
            expectCleanError(enumValue, { status: 400 });
            expect(enumValue.text).not.toMatch(/Did you mean/);
          }
        }),
      );
    });
  });
}

edgeSuite('development', () => startTestPlatform());
edgeSuite('production', async () => {
  const p = await startProcessPlatform({ env: { NODE_ENV: 'production', AUTH_JWT_SECRET: TEST_PRODUCTION_SECRET } });
  sendAsGateway([p.schoolUrl, p.districtUrl], TEST_GATEWAY_SECRET);
  return p;
});
