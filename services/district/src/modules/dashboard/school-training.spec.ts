import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

import { createDistrictDataSource } from '../../data-source';
import { seedDistrictDemo } from '../../seed/seed-demo';

/**
 * The dashboard's training figure computed live, as it was before the summary table (per school, schools with none left
 * out).
 */
const LIVE = `
WITH req AS (
  SELECT s.id AS school_id, c.id AS course_id FROM school s
    JOIN training_course c ON c.district_id = s.district_id AND c.required
      AND (c.school_id IS NULL OR c.school_id = s.id) AND (cardinality(c.stages) = 0 OR s.stage = ANY(c.stages))),
total AS (SELECT school_id, count(*) AS n FROM req GROUP BY school_id),
done AS (
  SELECT t.school_id, t.staff_number, count(*) AS n FROM training_completion t JOIN req
    ON req.school_id = t.school_id AND req.course_id = t.course_id
   WHERE t.passed GROUP BY t.school_id, t.staff_number)
SELECT d.school_id, count(*)::int AS trained FROM done d JOIN total ON total.school_id = d.school_id
  WHERE d.n >= total.n GROUP BY d.school_id ORDER BY 1`;

const kept = (ds: DataSource) => ds.query('SELECT school_id, trained FROM school_training ORDER BY 1');
const live = (ds: DataSource) => ds.query(LIVE);

describe('the training summary the district dashboard reads (school_training)', () => {
  it(
    'equals the live computation after every kind of write: seed, completion upserts, failing, deleting, ' +
      "courses, a school's stage, truncation",
    async () => {
      const db = await createTestDatabase('district');
      const ds = await createDistrictDataSource(db.url).initialize();
      try {
        await ds.runMigrations();
        await seedDistrictDemo(ds, { scale: { schools: 6, students: 1200, seed: 'training-summary' } });
        const seeded = await live(ds);
        expect(seeded.length).toBeGreaterThan(3);
        expect(await kept(ds)).toEqual(seeded);
        const [school] = await ds.query('SELECT id, stage, district_id FROM school ORDER BY id LIMIT 1');
        const [done] = await ds.query('SELECT * FROM training_completion WHERE school_id = $1 AND passed LIMIT 1', [
          school.id,
        ]);
        const writes = [
          // One teacher fails a course they had passed, then passes again (the upsert path).
          ['UPDATE training_completion SET passed = false WHERE id = $1', [done.id]],
          [
            `INSERT INTO training_completion (id, course_id, school_id, staff_number, completed_on, hours, passed,
             recorded_by) SELECT gen_random_uuid(), course_id, school_id, staff_number, completed_on, hours, true,
             recorded_by FROM training_completion WHERE id = $1
          ON CONFLICT (school_id, staff_number, course_id) DO UPDATE SET passed = excluded.passed`,
            [done.id],
          ],
          ['DELETE FROM training_completion WHERE id = $1', [done.id]],
          // A new required course for this school only; then for every stage; then no longer required.
          [
            `INSERT INTO training_course (id, district_id, school_id, title, topic, hours, required) ` +
              `VALUES (gen_random_uuid(), $1, $2, 'spec course', 'POLICY_AND_PLAN', 1, true)`,
            [school.district_id, school.id],
          ],
          [`UPDATE training_course SET school_id = NULL WHERE title = 'spec course'`, []],
          [`UPDATE training_course SET required = false WHERE title = 'spec course'`, []],
          // A stage-limited course, and a school moving to another stage.
          [
            `UPDATE training_course SET required = true, stages = ARRAY[$1::text] WHERE title = 'spec course'`,
            [school.stage],
          ],
          [
            `UPDATE school SET stage = CASE WHEN stage = 'PRIMARY' THEN 'JUNIOR' ELSE 'PRIMARY' END WHERE id = $1`,
            [school.id],
          ],
          ['DELETE FROM training_course WHERE title = $1', ['spec course']],
          ['TRUNCATE training_completion', []],
        ] as const;
        for (const [sql, params] of writes) {
          await ds.query(sql, params as unknown[]);
          expect([sql, await kept(ds)]).toEqual([sql, await live(ds)]);
        }
        expect(await kept(ds)).toEqual([]);
      } finally {
        await ds.destroy();
        await db.drop();
      }
    },
  );
});
