import { randomUUID } from 'node:crypto';

import { createServiceDataSource } from '@mentorship/db';
import { createTestDatabase } from '@mentorship/testing';

import { entities } from '../entities';
import { SchoolLevelBandsOnly1796101976988 } from './1796101976988-SchoolLevelBandsOnly';
import { migrations } from './index';

// A district database written by v1 (exact or withheld sensitive counts, grade and classroom
// cells), migrated forward: what it holds afterwards is all the district may hold (DISCLOSURE.md).
const exact = (value: number) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };
const v1School = {
  students: 212,
  studentsWithLeadMentor: 200,
  attentionStudents: exact(7),
  attentionStudentsWithMentor: exact(6),
  openCrisisAlerts: withheld,
  overdueCrisisAlerts: withheld,
  crisisOverdue: true,
};
const v1Grade = { gradeId: randomUUID(), attentionStudents: exact(3), openCrisisAlerts: withheld };

describe('migration SchoolLevelBandsOnly on a v1 district database', () => {
  let db: { url: string; drop(): Promise<void> };
  afterAll(() => db?.drop());

  it('deletes grade and classroom cells and turns stored sensitive counts into bands', async () => {
    db = await createTestDatabase('bands');
    const before = migrations.indexOf(SchoolLevelBandsOnly1796101976988);
    const v1 = await createServiceDataSource(db.url, {
      entities: [],
      migrations: migrations.slice(0, before),
    }).initialize();
    await v1.runMigrations();
    const schoolId = randomUUID();
    const districtId = randomUUID();
    await v1.query(`INSERT INTO district (id, name, code) VALUES ($1, '示范区', 'D1')`, [districtId]);
    await v1.query(
      `INSERT INTO school (id, district_id, name, code, stage) VALUES ($1, $2, '示范小学', 'S1', 'PRIMARY')`,
      [schoolId, districtId],
    );
    const snapshotId = randomUUID();
    const payload = {
      snapshotId,
      schoolId,
      term: '2026-2027-1',
      school: v1School,
      grades: [v1Grade],
      classrooms: [v1Grade],
    };
    await v1.query(
      `INSERT INTO metric_snapshot (id, school_id, taken_at, term, payload, received_at) VALUES ($1, $2, now(), '2026-2027-1', $3, now())`,
      [snapshotId, schoolId, JSON.stringify(payload)],
    );
    for (const table of ['school_metrics_latest', 'school_metrics_weekly']) {
      const week = table.endsWith('weekly') ? ', week' : '';
      await v1.query(
        `INSERT INTO ${table} (school_id, snapshot_id, taken_at, term, figures${week}) VALUES ($1, $2, now(), '2026-2027-1', $3${week ? ", '2026-11-23'" : ''})`,
        [schoolId, snapshotId, JSON.stringify(v1School)],
      );
    }
    await v1.destroy();

    const now = await createServiceDataSource(db.url, { entities, migrations }).initialize();
    try {
      await now.runMigrations();
      const [{ payload: stored }] = await now.query('SELECT payload FROM metric_snapshot WHERE id = $1', [snapshotId]);
      expect(stored.grades).toBeUndefined();
      expect(stored.classrooms).toBeUndefined();
      const banded = {
        students: 212,
        studentsWithLeadMentor: 200,
        crisisOverdue: true,
        attentionStudents: { atLeast: 5, atMost: 9 }, // exact 7
        openCrisisAlerts: { atLeast: 0, atMost: 4 }, // withheld (1–4) falls in the lowest band
      };
      expect(stored.school).toEqual(banded);
      for (const table of ['school_metrics_latest', 'school_metrics_weekly']) {
        const [{ figures }] = await now.query(`SELECT figures FROM ${table} WHERE snapshot_id = $1`, [snapshotId]);
        expect(figures).toEqual(banded);
      }
      // No exact sensitive count survives anywhere in the stored JSON.
      const text = JSON.stringify(
        await now.query('SELECT payload FROM metric_snapshot UNION ALL SELECT figures FROM school_metrics_latest'),
      );
      expect(text).not.toMatch(/suppressed|attentionStudentsWithMentor|overdueCrisisAlerts|"value"/);
    } finally {
      await now.destroy();
    }
  });
});
