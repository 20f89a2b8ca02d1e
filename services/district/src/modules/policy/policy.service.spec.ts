import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

import { createDistrictDataSource } from '../../data-source';
import { PolicyService } from './policy.service';

describe('PolicyService', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  const districtId = randomUUID();
  const as = (role: Role) => new PolicyService(ds, { personId: randomUUID(), role, districtId }, () => new Date());

  beforeAll(async () => {
    db = await createTestDatabase('district');
    ds = await createDistrictDataSource(db.url).initialize();
    await ds.runMigrations();
    await ds.query(`INSERT INTO district (id, name, code) VALUES ($1, '测试区', $2)`, [districtId, `P${districtId}`]);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('starts from the defaults, changes only the fields given, and keeps them on the next change', async () => {
    expect(await as(Role.DISTRICT_ADMIN).set({ mentorStudentCap: 12 })).toMatchObject({
      mentorStudentCap: 12,
      trialPeriodDays: 30,
      trainingRatePercent: 80,
    });
    expect(await as(Role.DISTRICT_ADMIN).set({ trialPeriodDays: 60, mentorStudentCap: null })).toMatchObject({
      mentorStudentCap: 12,
      trialPeriodDays: 60,
    });
  });

  it('refuses a value out of range, naming the field, and anyone but the district admin', async () => {
    await expect(as(Role.DISTRICT_ADMIN).set({ dutiesLagPoints: 101 })).rejects.toMatchObject({
      code: 'OUT_OF_RANGE',
      field: 'dutiesLagPoints',
    });
    await expect(as(Role.SCHOOL_ADMIN).set({ mentorStudentCap: 10 })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    const [row] = await ds.query('SELECT mentor_student_cap, duties_lag_points FROM district_policy');
    expect(row).toEqual({ mentor_student_cap: 12, duties_lag_points: 20 });
  });
});
