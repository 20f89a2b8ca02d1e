import { randomUUID } from 'node:crypto';

import { type EmbeddedPostgres, ReplicaReads, startThrowawayPostgres } from '@mentorship/db';
import { toGlobalId } from '@mentorship/graphql';
import { createSchoolDataSource } from '@mentorship/school';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { type ProcessPlatform, startProcessPlatform } from '../support/process-platform';
import { DASHBOARD, queryAt, SCHOOL_FIGURES } from './replica/queries';
import { onPort, type Standby, startStandby } from './replica/standby';

// A PostgreSQL, a standby or PgBouncer, and the platform as processes: minutes on a busy 2-core machine.
jest.setTimeout(180_000);

/**
 * Reads on a streaming standby (packages/db/src/read-replica.ts): the district dashboard, trends and export and the
 * school figures may be answered by the replica; writes, a mutation's own payload and the privacy wall use the primary.
 * The standby is a real one of the embedded PostgreSQL 18, built with pg_backup_start/pg_backup_stop
 * (replica/standby.ts). Pausing its replay makes a replica answer tell itself apart from a primary one.
 */
describe('a read replica (streaming standby of PostgreSQL 18)', () => {
  let primary: EmbeddedPostgres;
  let standby: Standby;
  let p: ProcessPlatform;
  const gql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    execute(p.gatewayUrl, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await gql(token, query, variables));
  const replicaUrl = (db: 'school' | 'district') => onPort(p.databaseUrls[db], standby.port);
  beforeAll(async () => {
    primary = await startThrowawayPostgres();
    standby = await startStandby(primary);
    process.env.TEST_DATABASE_URL = primary.url('postgres');
    p = await startProcessPlatform({
      env: { DASHBOARD_CACHE_SECONDS: '0' }, // the gateway's own 30 s cache would hide where an answer came from
      databaseEnv: (urls) => ({
        SCHOOL_DATABASE_READ_URL: onPort(urls.school, standby.port),
        DISTRICT_DATABASE_READ_URL: onPort(urls.district, standby.port),
      }),
    });
    await standby.catchUp();
  }, 240_000);
  afterAll(async () => {
    await p?.stop();
    await standby?.stop();
    await primary?.stop();
  });

  it('each service found the replica and reads from it', () => {
    expect(p.processes.school.output()).toContain('read replica in use');
    expect(p.processes.district.output()).toContain('read replica in use');
  });

  it(
    'the district dashboard is served by the replica: right when caught up, behind (never wrong for the ' +
      "primary's writes) while replay is paused",
    async () => {
      const admin = p.token('district-admin');
      const before = (await ok(admin, DASHBOARD)).districtDashboard;
      const unfiled = before.schools.find((s: { planFiled: boolean }) => !s.planFiled);
      expect(unfiled).toBeDefined();
      const [{ count }] = await queryAt<{ count: number }>(
        replicaUrl('district'),
        'SELECT count(*)::int AS count FROM school WHERE plan_filed_on IS NOT NULL',
      );
      expect(before.totals.plansFiled).toBe(count);

      await standby.pauseReplay();
      try {
        const filed = await ok(
          admin,
          'mutation($id: ID!, $on: String!) { recordSchoolPlan(schoolId: $id, filedOn: $on) { school { id ' +
            'planFiledOn } userErrors { code } } }',
          { id: unfiled.school.id, on: '2026-09-10' },
        );
        // The write and a read of it in the same mutation: the primary.
        expect(filed.recordSchoolPlan).toEqual({
          school: { id: unfiled.school.id, planFiledOn: '2026-09-10' },
          userErrors: [],
        });
        const [{ planned }] = await queryAt<{ planned: number }>(
          p.databaseUrls.district,
          'SELECT count(*)::int AS planned FROM school WHERE plan_filed_on IS NOT NULL',
        );
        expect(planned).toBe(count + 1);
        // The dashboard comes from the paused replica: the figures as they were, not the primary's.
        const stale = (await ok(admin, DASHBOARD)).districtDashboard;
        expect(stale.totals.plansFiled).toBe(count);
        expect(stale).toEqual(before);
      } finally {
        await standby.resumeReplay();
      }
      await standby.catchUp();
      const after = (await ok(admin, DASHBOARD)).districtDashboard;
      expect(after.totals.plansFiled).toBe(count + 1);
      expect(after.schools.find((s: { school: { id: string } }) => s.school.id === unfiled.school.id).planFiled).toBe(
        true,
      );
    },
  );

  it(
    'school figures come from the replica; the mentorship privacy wall reads the primary, so an ended ' +
      'mentorship grants nothing even while the replica still has it',
    async () => {
      const schoolId = toGlobalId('School', p.logins.find((l) => l.login === 'school-admin')!.schoolId!);
      const admin = p.token('school-admin');
      const mentor = p.logins.find((l) => l.login === 'mentor-1')!;
      const [mentee] = await queryAt<{ id: string; classroom_id: string }>(
        p.databaseUrls.school,
        `SELECT s.id, s.classroom_id FROM mentorship m JOIN student s ON s.id = m.student_id
        WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND m.role = 'LEAD'
          AND NOT EXISTS (SELECT 1 FROM record_student rs WHERE rs.student_id = s.id AND rs.kind = 'HOME_VISIT')
            ORDER BY s.student_number LIMIT 1`,
        [mentor.personId],
      );
      const [idle] = await queryAt<{ id: string }>(
        p.databaseUrls.school,
        `SELECT t.id FROM teacher t WHERE t.school_id = $1 AND t.left_on IS NULL AND t.id <> $2
          AND NOT EXISTS (SELECT 1 FROM mentorship m WHERE m.mentor_id = t.id AND m.ended_on IS NULL) LIMIT 1`,
        [mentor.schoolId, mentor.personId],
      );
      const readRecords = () =>
        gql(p.token('mentor-1'), 'query($id: ID!) { student(id: $id) { name records { kind } } }', {
          id: toGlobalId('Student', mentee.id),
        });
      const homeVisits = (figures: {
        grades: { classrooms: { id: string; dutyCompletion: { homeVisitDone: number } }[] }[];
      }) =>
        figures.grades.flatMap((g) => g.classrooms).find((c) => c.id === toGlobalId('Classroom', mentee.classroom_id))!
          .dutyCompletion.homeVisitDone;

      const before = (await ok(admin, SCHOOL_FIGURES, { id: schoolId })).school;
      expect(errorCodes(await readRecords())).toEqual([]);

      // The figures tolerate 5 s of lag, measured as the age of the last replayed commit. On a busy
      // machine the last commit before the pause can be older than that, and the figures then (rightly)
      // come from the primary: commit now and let the standby replay it, so the pause starts fresh.
      await queryAt(
        p.databaseUrls.school,
        'CREATE TABLE IF NOT EXISTS replica_test_tick (at timestamptz); INSERT INTO replica_test_tick VALUES (now())',
      );
      await standby.catchUp();
      await standby.pauseReplay();
      try {
        const visit = {
          idempotencyKey: randomUUID(),
          kind: 'HOME_VISIT',
          studentIds: [toGlobalId('Student', mentee.id)],
          occurredAt: new Date().toISOString(),
          content: '家访',
        };
        const made = await ok(
          p.token('mentor-1'),
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { record { kind } ' +
            'userErrors { code } } }',
          { i: visit },
        );
        expect(made.createMentorRecord).toEqual({ record: { kind: 'HOME_VISIT' }, userErrors: [] });
        const stale = (await ok(admin, SCHOOL_FIGURES, { id: schoolId })).school;
        expect(homeVisits(stale)).toBe(homeVisits(before));

        const handOver =
          'mutation($i: HandOverMenteesInput!) { handOverMentees(input: $i) { changed userErrors { code } } }';
        const moved = await ok(admin, handOver, {
          i: {
            fromTeacherId: toGlobalId('Teacher', mentor.personId),
            toTeacherId: toGlobalId('Teacher', idle.id),
            reason: '继任',
            teacherLeaves: false,
          },
        });
        expect(moved.handOverMentees.userErrors).toEqual([]);
        const [{ active }] = await queryAt<{ active: number }>(
          replicaUrl('school'),
          'SELECT count(*)::int AS active FROM mentorship WHERE mentor_id = $1 AND student_id = $2 ' +
            'AND ended_on IS NULL',
          [mentor.personId, mentee.id],
        );
        expect(active).toBe(1); // the replica still says mentor-1 mentors this student…
        expect(errorCodes(await readRecords())).toEqual(['FORBIDDEN']); // …the wall asks the primary.
      } finally {
        await standby.resumeReplay();
      }
      await standby.catchUp();
      const after = (await ok(admin, SCHOOL_FIGURES, { id: schoolId })).school;
      expect(homeVisits(after)).toBe(homeVisits(before) + 1);
    },
  );

  it(
    'a replica further behind than a family tolerates is ' + 'skipped for that family, not for a more tolerant one',
    async () => {
      const primaryDs = await createSchoolDataSource(p.databaseUrls.school).initialize();
      const reads = await new ReplicaReads(
        primaryDs,
        () => createSchoolDataSource(replicaUrl('school'), { replica: true }).initialize(),
        { probeMs: 200 },
      ).start();
      const where = (maxLagMs: number) =>
        reads.run(async (ds) => (await ds.query('SELECT pg_is_in_recovery() AS standby'))[0].standby as boolean, {
          maxLagMs,
        });
      try {
        expect(await where(1_000)).toBe(true);
        await standby.pauseReplay();
        await queryAt(
          p.databaseUrls.school,
          'CREATE TABLE IF NOT EXISTS infra_lag_probe (at timestamptz); INSERT INTO infra_lag_probe VALUES (now())',
        );
        // Lag grows while replay stays paused; the probe sees it within a few rounds.
        for (let i = 0; i < 100 && (reads.status() as { lagMs?: number }).lagMs! <= 1_500; i++)
          await new Promise((r) => setTimeout(r, 100));
        expect(await where(1_000)).toBe(false);
        expect(await where(60_000)).toBe(true);
      } finally {
        await standby.resumeReplay();
        await queryAt(p.databaseUrls.school, 'DROP TABLE IF EXISTS infra_lag_probe');
        await reads.stop();
        await primaryDs.destroy();
      }
    },
  );

  it(
    'with the replica stopped the platform keeps serving the same answers from the primary, and uses the ' +
      'replica again once it is back',
    async () => {
      await standby.catchUp();
      const schoolId = toGlobalId('School', p.logins.find((l) => l.login === 'school-admin')!.schoolId!);
      const fromReplica = [
        (await ok(p.token('district-admin'), DASHBOARD)).districtDashboard,
        (await ok(p.token('school-admin'), SCHOOL_FIGURES, { id: schoolId })).school,
      ];
      await standby.stop();
      // At once, before any probe noticed: pooled replica connections are dead, reads fall back.
      for (let i = 0; i < 3; i++) {
        expect((await ok(p.token('district-admin'), DASHBOARD)).districtDashboard).toEqual(fromReplica[0]);
        expect((await ok(p.token('school-admin'), SCHOOL_FIGURES, { id: schoolId })).school).toEqual(fromReplica[1]);
      }
      expect(p.processes.district.output()).toContain('read replica unavailable, reading from the primary');
      await standby.start();
      await standby.catchUp();
      const inUse = () => p.processes.district.output().split('read replica in use').length - 1;
      for (let i = 0; i < 100 && inUse() < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(inUse()).toBe(2);
      expect((await ok(p.token('district-admin'), DASHBOARD)).districtDashboard).toEqual(fromReplica[0]);
    },
  );
});
