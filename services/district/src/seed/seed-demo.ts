import { bulkInsert } from '@mentorship/db';
import { generateDistrict, type DemoScale } from '@mentorship/demo-data';
import type { DataSource } from 'typeorm';

/** Seeds the demo district: registry, calendar and policy, in one transaction; no-op when present. */
export async function seedDistrictDemo(dataSource: DataSource, options: { scale?: Partial<DemoScale>; log?: (line: string) => void } = {}): Promise<boolean> {
  const log = options.log ?? (() => undefined);
  const demo = generateDistrict(options.scale);
  const [{ present }] = await dataSource.query('SELECT count(*)::int AS present FROM district WHERE id = $1', [demo.district.id]);
  if (present) return false;
  await dataSource.transaction(async (m) => {
    const { id, name, code } = demo.district;
    await m.query('INSERT INTO district (id, name, code) VALUES ($1, $2, $3)', [id, name, code]);
    await m.query('INSERT INTO district_policy (district_id, mentor_student_cap, small_group_threshold) VALUES ($1, $2, $3)', [id, demo.policy.mentorStudentCap, demo.policy.smallGroupThreshold]);
    await bulkInsert(m, 'school', [
      { name: 'id', type: 'uuid', value: (s) => s.id },
      { name: 'district_id', type: 'uuid', value: () => id },
      { name: 'name', type: 'text', value: (s) => s.name },
      { name: 'code', type: 'text', value: (s) => s.code },
      { name: 'stage', type: 'text', value: (s) => s.stage },
    ], demo.schools);
    for (const year of demo.academicYears) {
      await m.query('INSERT INTO academic_year (id, district_id, name, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)', [year.id, id, year.name, year.startsOn, year.endsOn]);
      for (const t of year.terms) {
        await m.query('INSERT INTO term (id, academic_year_id, number, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)', [t.id, year.id, t.number, t.startsOn, t.endsOn]);
      }
    }
  });
  log(`seeded district ${demo.district.name}: ${demo.schools.length} schools, ${demo.academicYears.length} academic years`);
  return true;
}
