import { toGlobalId } from '@mentorship/graphql';
import { readXlsx } from '@mentorship/spreadsheet';
import { errorCodes } from '@mentorship/testing';

import { type TestPlatform } from '../support/platform';
import { dashboardCalls, startDashboardPlatform } from './dashboard-setup';

describe('dashboards: live grade comparison', () => {
  let p: TestPlatform;
  const { gql, ok } = dashboardCalls(() => p);

  beforeAll(async () => {
    p = await startDashboardPlatform();
  });
  afterAll(() => p?.stop());

  describe('school leaders compare grades, live', () => {
    const q = `query($id: ID!) { school(id: $id) { stats { students } metrics { students attentionStudents { atLeast
      atMost } openCrisisAlerts { atLeast atMost } hasOverdueCrisisAlert }
      grades { id name metrics { students studentsWithLeadMentor coverage } classrooms { metrics { students } } } } }`;

    it(
      'the school admin sees every grade side by side; the figures add up to the school; sensitive counts ' +
        'only for the school, as bands',
      async () => {
        const { school } = await ok(p.token('school-admin'), q, { id: toGlobalId('School', p.demo.schools[0].id) });
        const sum = school.grades.reduce(
          (t: number, g: { metrics: { students: number } }) => t + g.metrics.students,
          0,
        );
        expect(sum).toBe(school.stats.students);
        for (const g of school.grades)
          expect(
            g.classrooms.reduce((t: number, c: { metrics: { students: number } }) => t + c.metrics.students, 0),
          ).toBe(g.metrics.students);
        // Three flagged students and one overdue alert in the school: a band each, never per grade (DISCLOSURE.md).
        expect(school.metrics.attentionStudents).toEqual({ atLeast: 0, atMost: 4 });
        expect(school.metrics.openCrisisAlerts).toEqual({ atLeast: 0, atMost: 4 });
        expect(school.metrics.hasOverdueCrisisAlert).toBe(true);
        const perGrade = await gql(
          p.token('school-admin'),
          'query($id: ID!) { school(id: $id) { grades { metrics { attentionStudents { atLeast } } } } }',
          { id: toGlobalId('School', p.demo.schools[0].id) },
        );
        expect(errorCodes(perGrade)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      },
    );

    it('a grade lead sees their own grade, not the others', async () => {
      const lead = p.logins.find((l) => l.login === 'grade-lead')!;
      const res = await gql(
        p.token('grade-lead'),
        'query($id: ID!) { school(id: $id) { grades { id metrics { students } } } }',
        { id: toGlobalId('School', p.demo.schools[0].id) },
      );
      const own = toGlobalId('Grade', lead.gradeId!);
      expect(res.data.school.grades.find((g: { id: string }) => g.id === own).metrics.students).toBeGreaterThan(0);
      const denied = (res.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN');
      expect(denied.length).toBe(res.data.school.grades.length - 1);
      expect(
        errorCodes(
          await gql(p.token('mentor-1'), 'query($id: ID!) { school(id: $id) { grades { metrics { students } } } }', {
            id: toGlobalId('School', p.demo.schools[0].id),
          }),
        ),
      ).toContain('FORBIDDEN');
    });

    it(
      'exports the comparison as .xlsx with Chinese headers; ' + 'sensitive counts only in the school row, as bands',
      async () => {
        const res = await ok(
          p.token('school-admin'),
          'query($id: ID!) { school(id: $id) { comparisonExport(format: XLSX) { filename base64 } } }',
          { id: toGlobalId('School', p.demo.schools[0].id) },
        );
        const rows = await readXlsx(Buffer.from(res.school.comparisonExport.base64, 'base64'));
        expect(rows[0].slice(0, 4)).toEqual(['年级', '班级', '学生数', '有导师学生数']);
        expect(rows.at(-1)![0]).toBe('全校');
        expect(rows.at(-1)!.slice(9)).toEqual(['0–4', '0–4']);
        for (const row of rows.slice(1, -1)) expect(row.slice(9)).toEqual(['—', '—']);
      },
    );
  });
});
