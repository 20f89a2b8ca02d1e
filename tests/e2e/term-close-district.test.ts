import { readXlsx } from '@mentorship/spreadsheet';
import { errorCodes, execute } from '@mentorship/testing';

import { pdfText, valueAfter } from '../support/pdf-text';
import { gatewayCalls, type TestPlatform } from '../support/platform';
import { band, closeSchoolTerm, DISTRICT, startTermClosePlatform, TERM } from './term-close-setup';

describe('closing the district’s term over the schools’ frozen figures', () => {
  let p: TestPlatform;
  const { gql, ok } = gatewayCalls(() => p);
  const admin = () => p.token('school-admin');
  let figures: any; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    p = await startTermClosePlatform();
    figures = await closeSchoolTerm(p);
  });
  afterAll(() => p?.stop());

  it(
    'the district sees which schools closed, closes its term over their frozen figures, and reports ' +
      'across schools',
    async () => {
      const district = () => p.token('district-admin');
      const refused = (
        await ok(
          district(),
          'mutation { closeDistrictTerm(input: { term: "2026-2027-1" }) { closing { closed } userErrors { ' +
            'field code } } }',
        )
      ).closeDistrictTerm;
      expect(refused).toEqual({
        closing: null,
        userErrors: [{ field: 'acceptMissingSchools', code: 'SCHOOLS_NOT_CLOSED' }],
      });
      const closed = (
        await ok(
          district(),
          'mutation { closeDistrictTerm(input: { term: "2026-2027-1", acceptMissingSchools: true }) { ' +
            'closing { closed schoolsClosed } userErrors { code } } }',
        )
      ).closeDistrictTerm;
      expect(closed).toEqual({ closing: { closed: true, schoolsClosed: 1 }, userErrors: [] });
      const report = (f: string) =>
        ok(district(), `query { districtTermClosing(term: "${TERM}") { report(format: ${f}) { base64 } } }`).then(
          (d) => d.districtTermClosing.report.base64,
        );
      const rows = await readXlsx(Buffer.from(await report('XLSX'), 'base64'));
      const school = rows.find((r) => r[0] === figures.schoolName)!;
      expect(school.slice(1, 4)).toEqual([
        figures.students,
        `${(figures.coverage * 100).toFixed(1)}%`,
        figures.allDutiesDone,
      ]);
      expect(school.slice(8)).toEqual([band(figures.attentionStudents), band(figures.crisisRaisedInTerm)]);
      expect(rows.at(-1)![0]).toBe('全区合计');
      const text = pdfText(await report('PDF'));
      expect(valueAfter(text, figures.schoolName)).toMatch(
        new RegExp(`^${figures.students}\\s+${(figures.coverage * 100).toFixed(1)}%\\s+${figures.allDutiesDone}\\b`),
      );
      // Nobody else asks the district's close, and the service doors are not on the gateway.
      expect(errorCodes(await gql(admin(), DISTRICT, { t: TERM }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(district(), 'mutation { receiveSchoolTermClose(payload: "{}") }'))).toEqual([
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      expect(
        errorCodes(
          await execute(p.districtUrl, 'mutation { receiveSchoolTermClose(payload: "{}") }', { token: admin() }),
        ),
      ).toEqual(['FORBIDDEN']);
    },
  );
});
