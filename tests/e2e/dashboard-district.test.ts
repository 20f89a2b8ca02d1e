import { toGlobalId } from '@mentorship/graphql';
import { queueSnapshots } from '@mentorship/school';
import { readXlsx } from '@mentorship/spreadsheet';
import { errorCodes } from '@mentorship/testing';

import { type TestPlatform } from '../support/platform';
import { dashboardCalls, deliverSnapshots, NOW, startDashboardPlatform } from './dashboard-setup';

describe('dashboards: the district view', () => {
  let p: TestPlatform;
  const { gql, ok, relayTo, schoolIds } = dashboardCalls(() => p);

  beforeAll(async () => {
    p = await startDashboardPlatform();
    await deliverSnapshots(p);
  });
  afterAll(() => p?.stop());

  describe('the district dashboard', () => {
    const q = `{ districtDashboard { term totals { schools schoolsReporting students studentsWithLeadMentor coverage
      mentorsAboveCap attentionStudents { atLeast atMost } schoolsWithOverdueCrisisAlert plansFiled }
      byStage { stage figures { schools students } }
      schools { school { id name stage } planFiled flags figures { students studentsWithLeadMentor teachersMentoring
        mentorsAboveCap attentionStudents { atLeast atMost } openCrisisAlerts { atLeast atMost }
        hasOverdueCrisisAlert } } } }`;

    it(
      'shows every school with the same figures the school service computes live, sensitive counts as ' +
        'bands, schools below threshold flagged',
      async () => {
        const { districtDashboard: d } = await ok(p.token('district-admin'), q);
        const live = await ok(
          p.token('district-admin'),
          '{ schools { nodes { id stats { students studentsWithLeadMentor teachersMentoring } } } }',
        );
        expect(d.term).toBe('2026-2027-1');
        expect(d.totals.schools).toBe(4);
        expect(d.totals.schoolsReporting).toBe(4);
        for (const row of d.schools) {
          const stats = live.schools.nodes.find((n: { id: string }) => n.id === row.school.id).stats;
          expect(row.figures).toMatchObject(stats);
          expect(row.figures.mentorsAboveCap).toBe(0);
        }
        const first = d.schools.find(
          (r: { school: { id: string } }) => r.school.id === toGlobalId('School', p.demo.schools[0].id),
        );
        const second = d.schools.find(
          (r: { school: { id: string } }) => r.school.id === toGlobalId('School', p.demo.schools[1].id),
        );
        expect(first.figures.attentionStudents).toEqual({ atLeast: 0, atMost: 4 });
        expect(second.figures.attentionStudents).toEqual({ atLeast: 5, atMost: 9 });
        // The total is the sum of the schools' bands (4 schools): nothing sharper to subtract from.
        expect(d.totals.attentionStudents).toEqual({ atLeast: 5, atMost: 21 });
        expect(first.figures.openCrisisAlerts).toEqual({ atLeast: 0, atMost: 4 });
        expect(first.flags).toContain('CRISIS_OVERDUE');
        expect(second.flags).not.toContain('CRISIS_OVERDUE');
        expect(d.totals.schoolsWithOverdueCrisisAlert).toBe(1);
        expect(d.schools.every((r: { flags: string[] }) => r.flags.includes('PLAN_NOT_FILED'))).toBe(true);
        expect(d.byStage.reduce((t: number, s: { figures: { students: number } }) => t + s.figures.students, 0)).toBe(
          d.totals.students,
        );
      },
    );

    it('filing a plan clears its flag; a duty behind the term calendar is flagged', async () => {
      const id = toGlobalId('School', p.demo.schools[1].id);
      const filed = await ok(
        p.token('district-admin'),
        'mutation($id: ID!) { recordSchoolPlan(schoolId: $id, filedOn: "2026-09-15") { school { ' +
          'planFiledOn } userErrors { code } } }',
        { id },
      );
      expect(filed.recordSchoolPlan).toEqual({ school: { planFiledOn: '2026-09-15' }, userErrors: [] });
      const { districtDashboard: d } = await ok(
        p.token('district-admin'),
        '{ districtDashboard { termElapsed totals { plansFiled } schools { school { id } flags } } }',
      );
      expect(d.totals.plansFiled).toBe(1);
      const row = d.schools.find((r: { school: { id: string } }) => r.school.id === id);
      expect(row.flags).not.toContain('PLAN_NOT_FILED');
      // Mid-November, the term is about half gone and no duty is recorded yet: lagging.
      expect(d.termElapsed).toBeGreaterThan(0.4);
      expect(row.flags).toContain('DUTIES_LAGGING');
    });

    it('training below the district rate is flagged; completing it clears the flag', async () => {
      const district = p.token('district-admin');
      const course = await ok(
        district,
        'mutation { addTrainingCourse(input: { title: "政策解读", topic: POLICY_AND_PLAN, hours: 2, ' +
          'required: true }) { course { id } } }',
      );
      const rows = async () =>
        (
          await ok(
            district,
            '{ districtDashboard { totals { teachersTrained } schools { school { id } teachersTrained ' +
              'trainingRate flags } } }',
          )
        ).districtDashboard;
      const first = (d: { schools: { school: { id: string } }[] }) =>
        d.schools.find((r) => r.school.id === toGlobalId('School', p.demo.schools[0].id)) as unknown as {
          teachersTrained: number;
          trainingRate: number;
          flags: string[];
        };
      expect(first(await rows())).toMatchObject({
        teachersTrained: 0,
        trainingRate: 0,
        flags: expect.arrayContaining(['TRAINING_BELOW_RATE']),
      });
      const mentors: { staff_number: string }[] = await p.school.query(
        'SELECT DISTINCT t.staff_number FROM teacher t JOIN mentorship m ON m.mentor_id = t.id ' +
          'AND m.ended_on IS NULL WHERE t.school_id = $1',
        [p.demo.schools[0].id],
      );
      for (const m of mentors) {
        await ok(
          district,
          'mutation($i: RecordTrainingCompletionInput!) { recordTrainingCompletion(input: $i) { ' +
            'userErrors { code } } }',
          {
            i: {
              schoolId: toGlobalId('School', p.demo.schools[0].id),
              staffNumber: m.staff_number,
              courseId: course.addTrainingCourse.course.id,
              completedOn: '2026-10-01',
              passed: true,
            },
          },
        );
      }
      const after = await rows();
      expect(first(after)).toMatchObject({ teachersTrained: mentors.length, trainingRate: 1 });
      expect(first(after).flags).not.toContain('TRAINING_BELOW_RATE');
      expect(after.totals.teachersTrained).toBe(mentors.length);
    });

    it('costs the district subgraph the same few statements for any number of schools', async () => {
      p.districtStatements.reset();
      await ok(p.token('district-admin'), q);
      const all = p.districtStatements.count;
      p.districtStatements.reset();
      await ok(p.token('district-admin'), '{ districtDashboard(stage: PRIMARY) { schools { school { id } flags } } }');
      expect(p.districtStatements.count).toBe(all);
      expect(all).toBeLessThanOrEqual(4);
    });

    it('trends: one point per week of the term, from the weekly snapshots', async () => {
      p.clock.set('2026-11-24T02:00:00Z');
      await queueSnapshots(p.school, p.clock.now(), schoolIds());
      expect((await relayTo(p.districtUrl).drain()).failed).toBeNull();
      const { districtTrends } = await ok(
        p.token('district-admin'),
        '{ districtTrends { week figures { schoolsReporting students } } }',
      );
      // The stale snapshot delivered in set-up is the only one of its week (2026-10-26): a point of its own.
      expect(districtTrends.map((t: { week: string }) => t.week)).toEqual(['2026-10-26', '2026-11-16', '2026-11-23']);
      expect(
        districtTrends.slice(1).map((t: { figures: { schoolsReporting: number } }) => t.figures.schoolsReporting),
      ).toEqual([4, 4]);
      p.clock.set(NOW);
    });

    it(
      'exports the report as .xlsx with Chinese headers, sensitive counts as bands; only district admins ' +
        'see any of it',
      async () => {
        const res = await ok(p.token('district-admin'), '{ districtReportExport(format: XLSX) { filename base64 } }');
        const rows = await readXlsx(Buffer.from(res.districtReportExport.base64, 'base64'));
        expect(rows[0].slice(0, 6)).toEqual(['学校代码', '学校', '学段', '学生数', '有主导师学生数', '学生覆盖率']);
        expect(rows).toHaveLength(5);
        expect(rows.every((r, i) => i === 0 || /^\d+–\d+$/.test(String(r[14])))).toBe(true);
        for (const login of ['school-admin', 'mentor-1', 'student'])
          expect(errorCodes(await gql(p.token(login), '{ districtDashboard { term } }'))).toEqual(['FORBIDDEN']);
      },
    );
  });
});
