import { createTestDatabase } from '@mentorship/testing';

import { createDistrictDataSource } from '../data-source';
import { seedDistrictDemo } from './seed-demo';

describe('district demo seed', () => {
  it(
    'seeds a term in progress: plans mostly filed, a training catalogue, completions by staff number; a ' +
      'second run does nothing',
    async () => {
      const db = await createTestDatabase('district');
      const ds = await createDistrictDataSource(db.url).initialize();
      try {
        await ds.runMigrations();
        expect(await seedDistrictDemo(ds, { scale: { schools: 5, students: 1000, seed: 'seed-spec' } })).toBe(true);
        const [c] =
          await ds.query(`SELECT (SELECT count(*) FROM school WHERE plan_filed_on IS NOT NULL)::int AS filed, (SELECT
          count(*) FROM training_course WHERE required)::int AS required,
        (SELECT count(DISTINCT (school_id, staff_number)) FROM training_completion)::int AS teachers`);
        expect(c).toEqual({ filed: 4, required: 2, teachers: expect.any(Number) });
        expect(c.teachers).toBeGreaterThan(20);
        expect(await seedDistrictDemo(ds, { scale: { schools: 5, students: 1000, seed: 'seed-spec' } })).toBe(false);
        const [{ n }] = await ds.query('SELECT count(*)::int n FROM training_course');
        expect(n).toBe(3);
      } finally {
        await ds.destroy();
        await db.drop();
      }
    },
  );
});
