import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

import { createSchoolDataSource } from '../../data-source';
import {
  auditRows,
  callerFor,
  movableClock,
  principalOf,
  type SchoolFixture,
  seedSchool,
} from '../../testing/school-fixture';
import { messageIdOf } from '../notifications/notification-queue';
import { CrisisService, isOverdue } from './crisis.service';
import { CrisisLevel, CrisisStatus } from './crisis-alert.entity';

const hour = 3600_000;

/** 危机上报 on a hand-built school: who may raise and move an alert, its steps, retries, and the service clock. */
describe('CrisisService', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let f: SchoolFixture;
  const clock = movableClock('2026-11-16T08:00:00Z');
  const as = (personId: string, role: Role) => {
    const principal = principalOf(f, personId, role);
    return new CrisisService(ds, callerFor(ds, principal, clock.now), clock.now);
  };
  const mentor = () => as(f.mentor, Role.MENTOR);
  const team = () => as(f.crisisTeam, Role.CRISIS_TEAM);
  const raise = (input: Partial<Parameters<CrisisService['raise']>[0]> = {}) =>
    mentor().raise({
      studentId: f.a,
      level: CrisisLevel.HIGH,
      description: '  多次提到不想活了 ',
      idempotencyKey: randomUUID(),
      ...input,
    });

  beforeAll(async () => {
    db = await createTestDatabase('crisis');
    ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    f = await seedSchool(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query('DELETE FROM outbox_message');
    await ds.query('DELETE FROM crisis_alert_event');
    await ds.query('DELETE FROM crisis_alert');
    clock.set('2026-11-16T08:00:00Z');
  });

  it(
    'a mentor raises an alert about a mentee at the service ' + 'clock’s time, trimmed, sealed in the audit trail',
    async () => {
      const alert = await raise();
      expect(alert).toMatchObject({
        status: CrisisStatus.REPORTED,
        level: CrisisLevel.HIGH,
        description: '多次提到不想活了',
        raisedBy: f.mentor,
        reportedAt: new Date('2026-11-16T08:00:00Z'),
        pickedUpAt: null,
      });
      expect(await auditRows(ds, f.a)).toContainEqual({ action: 'WRITE', fields: ['crisisAlert'], sealed: true });
      // The crisis team is told in the same transaction, with ids and the level only.
      const [queued] = await ds.query('SELECT payload FROM outbox_message WHERE id = $1', [
        messageIdOf(f.schoolId, `crisis-alert:${alert.id}`),
      ]);
      expect(JSON.stringify(queued.payload)).not.toContain('不想活');
    },
  );

  it('a retried raise with the same key returns the first alert; a new key is a new alert', async () => {
    const idempotencyKey = randomUUID();
    const [first, again] = [await raise({ idempotencyKey }), await raise({ idempotencyKey })];
    expect(again.id).toBe(first.id);
    await raise();
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM crisis_alert');
    expect(n).toBe(2);
  });

  it('refuses bad input by field and writes nothing', async () => {
    await expect(raise({ description: '   ' })).rejects.toMatchObject({ code: 'REQUIRED', field: 'description' });
    await expect(raise({ description: '很'.repeat(2001) })).rejects.toMatchObject({
      code: 'TOO_LONG',
      field: 'description',
    });
    await expect(raise({ idempotencyKey: 'x' })).rejects.toMatchObject({
      code: 'INVALID_IDEMPOTENCY_KEY',
      field: 'idempotencyKey',
    });
    expect(await ds.query('SELECT id FROM crisis_alert')).toEqual([]);
  });

  it("only the student's current mentor raises one: a colleague is refused and nothing is written", async () => {
    await expect(raise({ studentId: f.c })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      as(f.colleague, Role.MENTOR).raise({
        studentId: f.a,
        level: CrisisLevel.MODERATE,
        description: '情绪低落',
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await ds.query('SELECT id FROM crisis_alert')).toEqual([]);
  });

  it('REPORTED → ASSESSING → REFERRED (to whom) → CLOSED, each step with who and when; no step back', async () => {
    const { id: alertId } = await raise();
    clock.advance(2 * hour);
    const assessing = await team().advance({ alertId, status: CrisisStatus.ASSESSING });
    expect(assessing).toMatchObject({ status: CrisisStatus.ASSESSING, pickedUpAt: new Date('2026-11-16T10:00:00Z') });
    await expect(team().advance({ alertId, status: CrisisStatus.REFERRED, referredTo: ' ' })).rejects.toMatchObject({
      code: 'REQUIRED',
      field: 'referredTo',
    });
    clock.advance(hour);
    const referred = await team().advance({ alertId, status: CrisisStatus.REFERRED, referredTo: ' 区心理辅导中心 ' });
    expect(referred).toMatchObject({ referredTo: '区心理辅导中心', pickedUpAt: new Date('2026-11-16T10:00:00Z') });
    await expect(team().advance({ alertId, status: CrisisStatus.ASSESSING })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      field: 'status',
    });
    await team().advance({ alertId, status: CrisisStatus.CLOSED, note: '已转介并跟进' });
    await expect(team().advance({ alertId, status: CrisisStatus.CLOSED })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const history = await ds.query(
      `SELECT status, actor_id, note, to_char(at AT TIME ZONE 'UTC', 'HH24:MI') AS at ` +
        `FROM crisis_alert_event WHERE alert_id = $1 ORDER BY at, status = 'CLOSED'`,
      [alertId],
    );
    expect(history).toEqual([
      { status: 'REPORTED', actor_id: f.mentor, note: null, at: '08:00' },
      { status: 'ASSESSING', actor_id: f.crisisTeam, note: null, at: '10:00' },
      { status: 'REFERRED', actor_id: f.crisisTeam, note: '区心理辅导中心', at: '11:00' },
      { status: 'CLOSED', actor_id: f.crisisTeam, note: '已转介并跟进', at: '11:00' },
    ]);
  });

  it('only the crisis team of the school moves an alert; an unknown alert is NOT_FOUND', async () => {
    const { id: alertId } = await raise();
    for (const [who, role] of [
      [f.mentor, Role.MENTOR],
      [f.admin, Role.SCHOOL_ADMIN],
    ] as const)
      await expect(as(who, role).advance({ alertId, status: CrisisStatus.CLOSED })).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    await expect(team().advance({ alertId: randomUUID(), status: CrisisStatus.ASSESSING })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'alertId',
    });
    const [{ status }] = await ds.query('SELECT status FROM crisis_alert WHERE id = $1', [alertId]);
    expect(status).toBe('REPORTED');
  });

  it("goes overdue by the school's pick-up time on the service clock, until someone picks it up", async () => {
    const { id } = await raise();
    clock.advance(23 * hour);
    expect((await team().list({ overdueOnly: true })).alerts).toEqual([]);
    clock.advance(2 * hour);
    const { alerts, pickupHours } = await team().list({ overdueOnly: true });
    expect(alerts.map((a) => a.id)).toEqual([id]);
    expect(pickupHours).toBe(24);
    expect(isOverdue(alerts[0], pickupHours, clock.now())).toBe(true);
    await ds.query('UPDATE school SET crisis_pickup_hours = 48 WHERE id = $1', [f.schoolId]);
    expect((await team().list({ overdueOnly: true })).alerts).toEqual([]);
    await ds.query('UPDATE school SET crisis_pickup_hours = 24 WHERE id = $1', [f.schoolId]);
    await team().advance({ alertId: id, status: CrisisStatus.ASSESSING });
    expect((await team().list({ overdueOnly: true })).alerts).toEqual([]);
    expect((await team().list({ status: CrisisStatus.ASSESSING })).alerts.map((a) => a.id)).toEqual([id]);
  });

  it('lists open alerts first, newest first, for a caller with a school only', async () => {
    const old = await raise();
    clock.advance(hour);
    const closed = await raise({ studentId: f.b });
    await team().advance({ alertId: closed.id, status: CrisisStatus.CLOSED });
    clock.advance(hour);
    const newest = await raise();
    expect((await as(f.admin, Role.SCHOOL_ADMIN).list({})).alerts.map((a) => a.id)).toEqual([
      newest.id,
      old.id,
      closed.id,
    ]);
    const districtAdmin = { personId: randomUUID(), role: Role.DISTRICT_ADMIN, districtId: f.districtId };
    const districtWide = new CrisisService(ds, callerFor(ds, districtAdmin, clock.now), clock.now);
    await expect(districtWide.list({})).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
