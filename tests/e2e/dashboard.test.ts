import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { deliverToDistrict, districtClient, OutboxRelay, queueSnapshots } from '@mentorship/school';
import { readXlsx } from '@mentorship/spreadsheet';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';

const NOW = '2026-11-16T02:00:00Z';

describe('dashboards: live grade comparison, snapshots through the outbox, the district view', () => {
  let p: TestPlatform;
  let serviceToken: string;
  const gql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    execute(p.gatewayUrl, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await gql(token, query, variables));
  const relayTo = (url: string) =>
    new OutboxRelay(p.school, deliverToDistrict(districtClient({ url: url, token: () => serviceToken })));
  const schoolIds = () => p.demo.schools.map((s) => s.id);

  /** Puts `n` students of a school in an attention category (as their mentors would). */
  async function flagStudents(schoolId: string, n: number) {
    await p.school.query(
      `INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at)
       SELECT s.id, 'LEFT_BEHIND', s.school_id, m.mentor_id, now() FROM student s JOIN mentorship m
         ON m.student_id = s.id AND m.role = 'LEAD' AND m.ended_on IS NULL
        WHERE s.school_id = $1 ORDER BY s.student_number LIMIT $2`,
      [schoolId, n],
    );
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    p.clock.set(NOW);
    serviceToken = p.tokenFor({ personId: 'school-service', role: Role.SERVICE, districtId: '*' });
    await flagStudents(p.demo.schools[0].id, 3); // a small group: must never show as 3
    await flagStudents(p.demo.schools[1].id, 6);
    // An alert nobody picked up for two days: overdue.
    const [s] = await p.school.query(
      `SELECT m.student_id, m.mentor_id FROM mentorship m WHERE m.school_id = $1 AND m.ended_on IS NULL LIMIT 1`,
      [p.demo.schools[0].id],
    );
    await p.school.query(
      `INSERT INTO crisis_alert (id, school_id, student_id, raised_by, level, status, description, ` +
        `reported_at, idempotency_key) VALUES ($1, $2, $3, $4, 'HIGH', 'REPORTED', '描述', $5, $6)`,
      [
        randomUUID(),
        p.demo.schools[0].id,
        s.student_id,
        s.mentor_id,
        new Date(Date.parse(NOW) - 48 * 3600_000),
        randomUUID(),
      ],
    );
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

  describe('snapshots reach the district through the outbox', () => {
    it(
      'while the district is down, snapshots wait in the ' + 'outbox; none is lost; they arrive when it is back',
      async () => {
        const queued = await queueSnapshots(p.school, p.clock.now(), schoolIds());
        expect(queued).toHaveLength(4);
        const down = await relayTo('http://127.0.0.1:9/graphql').drain();
        expect(down.delivered).toBe(0);
        expect(down.failed).toBeTruthy();
        expect(await relayTo(p.districtUrl).pending()).toBe(4);
        expect((await p.district.query('SELECT count(*)::int n FROM metric_snapshot'))[0].n).toBe(0);
        const [{ attempts }] = await p.school.query('SELECT max(attempts)::int attempts FROM outbox_message');
        expect(attempts).toBe(1);

        const up = await relayTo(p.districtUrl).drain();
        expect(up).toEqual({ delivered: 4, failed: null });
        expect(await relayTo(p.districtUrl).pending()).toBe(0);
        expect((await p.district.query('SELECT count(*)::int n FROM metric_snapshot'))[0].n).toBe(4);
      },
    );

    it(
      'a replayed or duplicated delivery changes nothing; ' + 'an older snapshot never overwrites a newer one',
      async () => {
        const before = await p.district.query(
          'SELECT school_id, snapshot_id, figures FROM school_metrics_latest ORDER BY school_id',
        );
        const payloads = (await p.school.query('SELECT payload FROM outbox_message ORDER BY created_at')).map(
          (r: { payload: unknown }) => r.payload,
        );
        await deliverToDistrict(districtClient({ url: p.districtUrl, token: () => serviceToken }))([
          ...payloads,
          ...payloads,
        ]);
        const stale = {
          ...payloads[0],
          snapshotId: randomUUID(),
          takenAt: '2026-11-01T00:00:00Z',
          school: { ...payloads[0].school, homeVisitDone: 1 },
        };
        await deliverToDistrict(districtClient({ url: p.districtUrl, token: () => serviceToken }))([stale]);
        expect(
          await p.district.query(
            'SELECT school_id, snapshot_id, figures FROM school_metrics_latest ORDER BY school_id',
          ),
        ).toEqual(before);
        expect((await p.district.query('SELECT count(*)::int n FROM metric_snapshot'))[0].n).toBe(5);
      },
    );

    it(
      'the district refuses snapshots from anyone but a service, exact sensitive counts, and grade or ' +
        'classroom cells',
      async () => {
        const payload = (await p.school.query('SELECT payload FROM outbox_message LIMIT 1'))[0].payload;
        const mutation = 'mutation($p: [String!]!) { ingestMetricSnapshots(payloads: $p) }';
        for (const login of ['school-admin', 'district-admin']) {
          expect(
            errorCodes(
              await execute(p.districtUrl, mutation, {
                token: p.token(login),
                variables: { p: [JSON.stringify({ ...payload, snapshotId: randomUUID() })] },
              }),
            ),
          ).toEqual(['FORBIDDEN']);
        }
        expect(errorCodes(await gql(p.token('district-admin'), mutation, { p: [] }))).toEqual([
          'GRAPHQL_VALIDATION_FAILED',
        ]);
        const leaks = [
          {
            ...payload,
            snapshotId: randomUUID(),
            school: { ...payload.school, attentionStudents: { value: 3, suppressed: false } },
          },
          {
            ...payload,
            snapshotId: randomUUID(),
            school: { ...payload.school, attentionStudents: { atLeast: 3, atMost: 3 } },
          },
          { ...payload, snapshotId: randomUUID(), grades: [{ gradeId: randomUUID(), students: 40 }] },
          { ...payload, snapshotId: randomUUID(), classrooms: [] },
        ];
        const messages = [];
        for (const leaky of leaks) {
          const refused = await execute(p.districtUrl, mutation, {
            token: serviceToken,
            variables: { p: [JSON.stringify(leaky)] },
          });
          messages.push(refused.errors?.[0].message);
          expect(
            (await p.district.query('SELECT count(*)::int n FROM metric_snapshot WHERE id = $1', [leaky.snapshotId]))[0]
              .n,
          ).toBe(0);
        }
        expect(messages[0]).toMatch(/must arrive as a band/);
        expect(messages[1]).toMatch(/must arrive as a band/);
        expect(messages[2]).toMatch(/no grades, no classrooms/);
        expect(messages[3]).toMatch(/no grades, no classrooms/);
        const stored = await p.district.query(
          `SELECT count(*)::int n FROM metric_snapshot WHERE payload ? 'grades' OR payload ? 'classrooms'`,
        );
        expect(stored[0].n).toBe(0);
      },
    );

    it('the district database holds no student-level data: no student id or name appears anywhere in it', async () => {
      const students: { id: string; name: string; student_number: string }[] = await p.school.query(
        'SELECT id, name, student_number FROM student',
      );
      const tables: { table_name: string }[] = await p.district.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      let dump = '';
      for (const { table_name } of tables)
        dump += JSON.stringify(await p.district.query(`SELECT * FROM "${table_name}"`));
      expect(dump.length).toBeGreaterThan(1000);
      const leaked = students.filter(
        (s) => dump.includes(s.id) || dump.includes(`"${s.name}"`) || dump.includes(`"${s.student_number}"`),
      );
      expect(leaked).toEqual([]);
    });
  });

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
      // The stale snapshot delivered above is the only one of its week (2026-10-26): a point of its own.
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

describe('the gateway reuses a dashboard answer per caller for a short time', () => {
  it(
    'a repeated dashboard query costs the district nothing; ' + 'another caller or a failed answer is never shared',
    async () => {
      const p = await startTestPlatform(undefined, { dashboardCacheSeconds: 30 });
      try {
        const q = '{ districtDashboard { totals { schools } } }';
        const admin = p.token('district-admin');
        const run = (token: string) => execute(p.gatewayUrl, q, { token });
        expectNoGraphQLErrors(await run(admin));
        p.districtStatements.reset();
        expect(expectNoGraphQLErrors(await run(admin)).districtDashboard.totals.schools).toBe(4);
        expect(p.districtStatements.count).toBe(0);
        // A second district admin is a different caller: computed afresh.
        const other = p.tokenFor({ personId: randomUUID(), role: Role.DISTRICT_ADMIN, districtId: p.demo.district.id });
        expectNoGraphQLErrors(await run(other));
        expect(p.districtStatements.count).toBeGreaterThan(0);
        // Refusals are not cached, and a cached answer never reaches a caller who may not see it.
        for (let i = 0; i < 2; i++) expect(errorCodes(await run(p.token('school-admin')))).toEqual(['FORBIDDEN']);
        // Anything but the dashboard fields is always live.
        p.districtStatements.reset();
        for (let i = 0; i < 2; i++)
          expectNoGraphQLErrors(
            await execute(p.gatewayUrl, '{ districtDashboard { term } schools { totalCount } }', { token: admin }),
          );
        expect(p.districtStatements.count).toBeGreaterThan(2);
      } finally {
        await p.stop();
      }
    },
  );
});
