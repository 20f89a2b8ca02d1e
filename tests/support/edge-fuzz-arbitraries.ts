import fs from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';

/** What the edge fuzz (tests/security/edge-fuzz.test.ts) throws: bodies, documents, variables and content types. */
const manifest = Object.values(
  JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../packages/client/src/generated/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>,
);

const words = [
  '{',
  '}',
  '(',
  ')',
  ':',
  '$x',
  '$first',
  '@include(if: true)',
  '@skip(if: $x)',
  '...',
  'on',
  'fragment F',
  '...F',
  'query',
  'mutation',
  'subscription',
  'schools',
  'school',
  'nodes',
  'edges',
  'node',
  'id',
  'name',
  'first:',
  'after:',
  'students',
  'grades',
  'classrooms',
  'mentors',
  'mentor',
  'me',
  'mentees',
  'accessLog',
  'records',
  'entries',
  '__typename',
  '__schema',
  '__type',
  'district',
  'districtDashboard',
  'comparisonExport',
  'format: CSV',
  '_entities',
  '_service',
  'createMentorRecord',
  'input:',
  'content',
  '"x"',
  '"\\u0000"',
  '1',
  '-1',
  '0',
  '101',
  '1000000000',
  '99999999999',
  '1.5',
  'true',
  'null',
  '[',
  ']',
  '=',
  '!',
  'Int',
  'String',
  'ID',
];

/** A GraphQL-ish document: known names, punctuation and literals in random order, or a client operation. */
const documentArb = fc.oneof(
  fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((t) => t.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...manifest),
  fc
    .tuple(fc.constantFrom(...manifest), fc.nat(), fc.string({ maxLength: 5 }))
    .map(([doc, at, junk]) => doc.slice(0, at % (doc.length + 1)) + junk + doc.slice(at % (doc.length + 1))),
);

/** Variable values: scalars of every shape, control characters, huge numbers, nesting. */
const valueArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.integer(),
    fc.constantFrom(0, -1, 101, 1e9, 2 ** 31, -(2 ** 53), 1e308, 0.5),
    fc.constantFrom(
      '2026-02-30',
      'tomorrow',
      '1000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2026-11-24T08:00:00Z',
      'PRIMARY',
      'TALK',
      'XLSX',
      'not base64 %%',
    ),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'input',
        'id',
        'first',
        'after',
        'kind',
        'format',
        'fileBase64',
        'content',
        'studentIds',
        'occurredAt',
        'roundId',
        'stage',
        'term',
        'x',
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

const variablesArb = fc.option(
  fc.dictionary(
    fc.constantFrom(
      'input',
      'first',
      'after',
      'stage',
      'term',
      'format',
      'schoolId',
      'roundId',
      'category',
      'id',
      'x',
      'i',
      'r',
    ),
    valueArb,
    { maxKeys: 4 },
  ),
  { nil: undefined },
);

export const bodyArb = fc.oneof(
  fc
    .record({
      query: documentArb,
      variables: variablesArb,
      operationName: fc.option(fc.constantFrom('A', 'MyWork', 'DistrictDashboard', ''), { nil: undefined }),
    })
    .map((b) => JSON.stringify(b)),
  fc.array(fc.record({ query: documentArb }), { minLength: 0, maxLength: 4 }).map((b) => JSON.stringify(b)),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.record({ query: documentArb }).map((b) => JSON.stringify(b).slice(0, -1)),
);

export const contentTypeArb = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/graphql-response+json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'application/graphql',
    '',
  ),
  fc.string({ maxLength: 30 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);
