import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

import { createDistrictDataSource } from '../../data-source';
import { CalendarService } from './calendar.service';

describe('CalendarService', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  const districtId = randomUUID();
  const [year, first, second] = [randomUUID(), randomUUID(), randomUUID()];
  const calendarAt = (at: string) =>
    new CalendarService(ds, { personId: randomUUID(), role: Role.DISTRICT_ADMIN, districtId }, () => new Date(at));

  beforeAll(async () => {
    db = await createTestDatabase('district');
    ds = await createDistrictDataSource(db.url).initialize();
    await ds.runMigrations();
    await ds.query(`INSERT INTO district (id, name, code) VALUES ($1, '测试区', $2)`, [
      districtId,
      `D${districtId.slice(0, 8)}`,
    ]);
    await ds.query(
      `INSERT INTO academic_year (id, district_id, name, starts_on, ends_on)
       VALUES ($1, $2, '2026-2027', '2026-09-01', '2027-07-15')`,
      [year, districtId],
    );
    await ds.query(
      `INSERT INTO term (id, academic_year_id, number, starts_on, ends_on)
       VALUES ($1, $3, 1, '2026-09-01', '2027-01-20'), ($2, $3, 2, '2027-02-20', '2027-07-15')`,
      [first, second, year],
    );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('the current term follows the service clock, not the database date', async () => {
    expect((await calendarAt('2026-10-08T02:00:00Z').currentTerm())?.id).toBe(first);
    expect((await calendarAt('2027-03-01T02:00:00Z').currentTerm())?.id).toBe(second);
    expect(await calendarAt('2027-02-05T02:00:00Z').currentTerm()).toBeNull();
  });
});
