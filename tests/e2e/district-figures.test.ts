import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import { readXlsx } from '@mentorship/spreadsheet';
import { execute } from '@mentorship/testing';

import { gatewayCalls, startTestPlatform, type TestPlatform } from '../support/platform';

/** Issue 16, "figures that mean what they say": each corrected figure asserted on seeded data, through the gateway. */
describe('district figures that mean what they say', () => {
  let p: TestPlatform;
  const { ok } = gatewayCalls(() => p);
  const district = () => p.token('district-admin');
  const schoolGid = (i: number) => toGlobalId('School', p.demo.schools[i].id);
  const dashboard =
    'query { districtDashboard { term termElapsed totals { trainingRate mentorsTrained teachersMentoring } ' +
    'schools { school { id } flags shortfallPoints trainingRate mentorsTrained ' +
    'figures { coverage teachersMentoring } } } }';
  type Row = {
    school: { id: string };
    flags: string[];
    shortfallPoints: number;
    trainingRate: number | null;
    mentorsTrained: number | null;
    figures: { coverage: number; teachersMentoring: number };
  };

  async function snapshot() {
    const token = p.tokenFor({ personId: 'school-service', role: Role.SERVICE, districtId: '*' });
    await queueSnapshots(
      p.school,
      p.clock.now(),
      p.demo.schools.map((s) => s.id),
    );
    await new OutboxRelay(
      p.school,
      deliverToDistrict(districtClient({ url: p.districtUrl, token: () => token })),
    ).drain();
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    p.clock.set('2026-11-16T02:00:00Z');
    // Coverage below 100% everywhere, a little differently per school: end some lead pairings.
    for (const [i, n] of [
      [0, 10],
      [1, 40],
      [2, 80],
      [3, 20],
    ] as const) {
      await p.school.query(
        `UPDATE mentorship SET ended_on = '2026-11-01', end_reason = 'TEST' WHERE id IN (
           SELECT id FROM mentorship WHERE school_id = $1 AND role = 'LEAD' AND ended_on IS NULL
            ORDER BY student_id LIMIT $2)`,
        [p.demo.schools[i].id, n],
      );
    }
    await snapshot();
  });
  afterAll(() => p?.stop());

  it('培训完成率 counts trained mentors over mentors, not every trained teacher', async () => {
    const course = await ok(
      district(),
      'mutation { addTrainingCourse(input: { title: "导师职责", topic: POLICY_AND_PLAN, hours: 2, ' +
        'required: true }) { course { id } } }',
    );
    const school = p.demo.schools[0].id;
    const staff = async (mentoring: boolean, n: number): Promise<string[]> =>
      (
        await p.school.query(
          `SELECT t.staff_number FROM teacher t WHERE t.school_id = $1 AND t.left_on IS NULL
             AND ${mentoring ? '' : 'NOT'} EXISTS (SELECT 1 FROM mentorship m
               WHERE m.mentor_id = t.id AND m.ended_on IS NULL AND m.role = 'LEAD')
           ORDER BY t.staff_number LIMIT $2`,
          [school, n],
        )
      ).map((r: { staff_number: string }) => r.staff_number);
    const mentors = await staff(true, 3);
    const others = await staff(false, 20);
    expect(others.length).toBeGreaterThan(0); // trained staff who mentor no one: the old figure counted them
    for (const staffNumber of [...mentors, ...others]) {
      await ok(
        district(),
        'mutation($i: RecordTrainingCompletionInput!) { recordTrainingCompletion(input: $i) { userErrors { code } } }',
        {
          i: {
            schoolId: schoolGid(0),
            staffNumber,
            courseId: course.addTrainingCourse.course.id,
            completedOn: '2026-10-01',
            passed: true,
          },
        },
      );
    }
    const d = (await ok(district(), dashboard)).districtDashboard;
    const row: Row = d.schools.find((r: Row) => r.school.id === schoolGid(0));
    // The old figure was (every trained teacher) / mentors, capped at 100%; the right one is 3 / mentors.
    expect(row.mentorsTrained).toBe(3);
    expect(row.trainingRate).toBeCloseTo(3 / row.figures.teachersMentoring, 10);
    expect(row.flags).toContain('TRAINING_BELOW_RATE');
    expect(d.totals.mentorsTrained).toBe(3);
    expect(d.totals.trainingRate).toBeCloseTo(3 / d.totals.teachersMentoring, 10);
  });

  it('需关注学校 follows the district’s thresholds, and says how far each school is from them', async () => {
    const rows = async (): Promise<Row[]> => (await ok(district(), dashboard)).districtDashboard.schools;
    // Loosen training and duties so coverage alone decides; then place the threshold between the schools.
    const set = (input: Record<string, number>) =>
      ok(
        district(),
        'mutation($i: DistrictPolicyInput!) { setDistrictPolicy(input: $i) { policy { ' +
          'coverageThresholdPercent } userErrors { code } } }',
        { i: input },
      );
    await set({ trainingRatePercent: 0, dutiesLagPoints: 100, coverageThresholdPercent: 0 });
    expect((await rows()).filter((r) => r.flags.includes('COVERAGE_BELOW_THRESHOLD'))).toEqual([]);
    const coverages = (await rows()).map((r) => r.figures.coverage).sort((a, b) => a - b);
    const cut = Math.ceil(((coverages[1] + coverages[2]) / 2) * 100);
    expect((await set({ coverageThresholdPercent: cut })).setDistrictPolicy.policy.coverageThresholdPercent).toBe(cut);
    const after = await rows();
    const flagged = after.filter((r) => r.flags.includes('COVERAGE_BELOW_THRESHOLD'));
    expect(flagged).toHaveLength(2);
    for (const r of after)
      expect(r.shortfallPoints).toBeCloseTo(Math.max(0, Math.round((cut / 100 - r.figures.coverage) * 1000) / 10), 5);
    // Out of range is refused naming the field, and changes nothing.
    const bad = await ok(
      district(),
      'mutation { setDistrictPolicy(input: { coverageThresholdPercent: 101 }) { policy { ' +
        'coverageThresholdPercent } userErrors { field code } } }',
    );
    expect(bad.setDistrictPolicy.userErrors).toEqual([{ field: 'coverageThresholdPercent', code: 'OUT_OF_RANGE' }]);
    expect(
      (await ok(district(), '{ district { policy { coverageThresholdPercent } } }')).district.policy
        .coverageThresholdPercent,
    ).toBe(cut);
    // Only the district admin sets policy.
    const denied = await execute(
      p.gatewayUrl,
      'mutation { setDistrictPolicy(input: { coverageThresholdPercent: 50 }) { userErrors { code } } }',
      { token: p.token('school-admin') },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the export speaks the screen’s vocabulary: same flag names and headers, one decimal per percentage', async () => {
    const res = await ok(district(), '{ districtReportExport(format: XLSX) { base64 } }');
    const [headers, ...rows] = await readXlsx(Buffer.from(res.districtReportExport.base64, 'base64'));
    expect(headers).toEqual(
      expect.arrayContaining(['学生覆盖率', '每名导师带教学生（均）', '培训完成率', '需关注原因']),
    );
    expect(headers).not.toContain('师生比(均)');
    const at = (name: string) => headers.indexOf(name);
    for (const row of rows) {
      expect(String(row[at('学生覆盖率')])).toMatch(/^\d{1,3}\.\d%$/);
      expect(String(row[at('每名导师带教学生（均）')])).toMatch(/^\d+\.\d$/);
    }
    // The web's label for the coverage flag (services/web/src/format.ts) is the export's.
    expect(rows.some((r) => String(r[at('需关注原因')]).includes('覆盖率低于区定标准'))).toBe(true);
    expect(rows.every((r) => !String(r[at('需关注原因')]).includes('覆盖率不足100%'))).toBe(true);
  });

  it('term progress counts China dates: 00:30 in Beijing on the first day of term 2 is term 2, 0% gone', async () => {
    p.clock.set('2027-02-19T16:30:00Z'); // 2027-02-20 00:30 China time; still the 19th in UTC
    const d = (await ok(district(), dashboard)).districtDashboard;
    expect(d.term).toBe('2026-2027-2');
    expect(d.termElapsed).toBe(0);
    p.clock.set('2026-11-16T02:00:00Z');
  });

  it('导师平均带教 says over whom: the mean over mentors with students, beside the count of them', async () => {
    const admin = p.token('school-admin');
    const [grade] = await p.school.query('SELECT id FROM grade WHERE school_id = $1 ORDER BY level LIMIT 1', [
      p.demo.schools[0].id,
    ]);
    const opened = await ok(
      admin,
      `mutation($i: OpenMatchingRoundInput!) { openMatchingRound(input: $i)` +
        ` { round { id } userErrors { code message } } }`,
      {
        i: {
          academicYear: '2026-2027',
          opensAt: '2026-11-16T00:00:00Z',
          closesAt: '2026-11-17T00:00:00Z',
          gradeIds: [toGlobalId('Grade', grade.id)],
        },
      },
    );
    expect(opened.openMatchingRound.userErrors).toEqual([]);
    const roundId = opened.openMatchingRound.round.id;
    p.clock.set('2026-11-17T01:00:00Z');
    expect(
      (await ok(admin, 'mutation($r: ID!) { runMatching(roundId: $r) { userErrors { code } } }', { r: roundId }))
        .runMatching.userErrors,
    ).toEqual([]);
    const r = (
      await ok(
        admin,
        'query($r: ID!) { matchingRound(id: $r) { preferencesReceived report { matched mentorLoad { mean ' +
          'mentorsWithStudents meanWithStudents } } mentors { load } } }',
        { r: roundId },
      )
    ).matchingRound;
    const busy = r.mentors.filter((m: { load: number }) => m.load > 0);
    expect(r.report.mentorLoad.mentorsWithStudents).toBe(busy.length);
    expect(r.report.mentorLoad.meanWithStudents).toBeCloseTo(r.report.matched / busy.length, 2);
    expect(r.preferencesReceived).toBe(0);
    p.clock.set('2026-11-16T02:00:00Z');
  });
});
