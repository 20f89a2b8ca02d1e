import { randomUUID } from 'node:crypto';

import { deliverToDistrict, districtClient, queueSnapshots } from '@mentorship/school';
import { errorCodes, execute } from '@mentorship/testing';

import { type TestPlatform } from '../support/platform';
import { dashboardCalls, serviceTokenOf, startDashboardPlatform } from './dashboard-setup';

describe('dashboards: snapshots through the outbox', () => {
  let p: TestPlatform;
  let serviceToken: string;
  const { gql, relayTo, schoolIds } = dashboardCalls(() => p);

  beforeAll(async () => {
    p = await startDashboardPlatform();
    serviceToken = serviceTokenOf(p);
  });
  afterAll(() => p?.stop());

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
});
