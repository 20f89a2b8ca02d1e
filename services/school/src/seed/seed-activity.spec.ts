import { createTestDatabase } from '@mentorship/testing';

import { createSchoolDataSource } from '../data-source';
import { seedSchoolDemo } from './seed-demo';

describe('demo activity seed', () => {
  it('writes a term of mentors’ work that obeys the same rules as real use', async () => {
    const db = await createTestDatabase('school');
    const ds = await createSchoolDataSource(db.url).initialize();
    try {
      await ds.runMigrations();
      const now = new Date('2026-11-24T08:00:00Z');
      await seedSchoolDemo(ds, { scale: { schools: 2, students: 300, seed: 'activity-spec' }, now });
      const [c] = await ds.query(
        `SELECT
          (SELECT count(*) FROM mentor_record)::int AS records,
          (SELECT count(DISTINCT kind) FROM mentor_record)::int AS kinds,
          (SELECT count(*) FROM record_student rs WHERE NOT EXISTS (SELECT 1 FROM mentorship m JOIN mentor_record r
            ON r.id = rs.record_id WHERE m.student_id = rs.student_id AND m.mentor_id = r.author_id AND m.ended_on IS
            NULL))::int AS not_by_a_mentor,
          (SELECT count(*) FROM mentor_record WHERE occurred_at > $1 OR occurred_at < '2026-08-01')::int AS
            outside_term,
          (SELECT count(*) FROM attention_flag)::int AS flags,
          (SELECT count(*) FROM record_student WHERE term <> '2026-2027-1')::int AS wrong_term`,
        [now],
      );
      expect(c.records).toBeGreaterThan(300);
      expect(c.kinds).toBe(5);
      expect(c.not_by_a_mentor).toBe(0);
      expect(c.outside_term).toBe(0);
      expect(c.wrong_term).toBe(0);
      expect(c.flags).toBeGreaterThan(5);
      // Deterministic: the same roster gives the same records.
      const [{ digest }] = await ds.query(
        `SELECT md5(string_agg(id::text || kind, ',' ORDER BY id)) AS digest FROM mentor_record`,
      );
      expect(digest).toBe(
        await (async () => {
          const db2 = await createTestDatabase('school');
          const ds2 = await createSchoolDataSource(db2.url).initialize();
          try {
            await ds2.runMigrations();
            await seedSchoolDemo(ds2, { scale: { schools: 2, students: 300, seed: 'activity-spec' }, now });
            return (
              await ds2.query(`SELECT md5(string_agg(id::text || kind, ',' ORDER BY id)) AS digest FROM mentor_record`)
            )[0].digest;
          } finally {
            await ds2.destroy();
            await db2.drop();
          }
        })(),
      );
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
