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
import { AttentionCategory, ExamBand, FamilyStructure } from './archive.enums';
import { type ArchiveEdit, ArchiveService } from './archive.service';

/** 成长档案 on a hand-built school: versions and conflicts, validation by field, who may write, the service clock. */
describe('ArchiveService', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let f: SchoolFixture;
  const clock = movableClock('2026-11-16T08:00:00Z');
  const as = (personId: string, role = Role.MENTOR) => {
    const principal = principalOf(f, personId, role);
    return new ArchiveService(ds, callerFor(ds, principal, clock.now), clock.now);
  };
  const edit = (input: Partial<ArchiveEdit>, who = f.mentor) =>
    as(who).edit({ studentId: f.a, expectedVersion: 0, ...input });
  const stored = async (studentId: string) =>
    (await ds.query('SELECT version, personality, habits FROM growth_archive WHERE student_id = $1', [studentId]))[0];

  beforeAll(async () => {
    db = await createTestDatabase('archive');
    ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    f = await seedSchool(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query('DELETE FROM growth_archive');
    await ds.query('DELETE FROM attention_flag');
    await ds.query('DELETE FROM access_log');
    clock.set('2026-11-16T08:00:00Z');
  });

  it('the first edit names version 0 and makes version 1, stamped with the editor and the service clock', async () => {
    const archive = await edit({
      familyStructure: FamilyStructure.LEFT_BEHIND,
      personality: '内向，做事认真',
      guardians: [{ name: '王奶奶', relation: '祖母', phone: '13800000000' }],
      examResults: [{ term: '2026-2027-1', exam: '期中 数学', band: ExamBand.FROM_10_TO_30 }],
    });
    expect(archive).toMatchObject({
      version: 1,
      personality: '内向，做事认真',
      updatedBy: f.mentor,
      updatedAt: new Date('2026-11-16T08:00:00Z'),
    });
    expect(await stored(f.a)).toEqual({ version: 1, personality: '内向，做事认真', habits: null });
    expect(await auditRows(ds, f.a)).toEqual([{ action: 'WRITE', fields: ['archive'], sealed: false }]);
  });

  it('a stale version is a conflict naming the current one, and overwrites nothing', async () => {
    await edit({ personality: '内向' });
    await expect(edit({ personality: '覆盖' })).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
      field: 'expectedVersion',
      message: expect.stringContaining('version 1'),
    });
    expect(await stored(f.a)).toEqual({ version: 1, personality: '内向', habits: null });
  });

  it('two first edits at once: exactly one wins, the other is a conflict', async () => {
    const results = await Promise.allSettled(['甲', '乙', '丙'].map((habits) => edit({ habits })));
    const codes = results.map((r) => (r.status === 'fulfilled' ? 'OK' : (r.reason as { code: string }).code)).sort();
    expect(codes).toEqual(['OK', 'VERSION_CONFLICT', 'VERSION_CONFLICT']);
    expect((await stored(f.a)).version).toBe(1);
  });

  it('fields left out are kept; null clears; notes and exam results are upserted by month and by exam', async () => {
    await edit({
      personality: '内向',
      habits: '早起',
      monthlyNotes: [{ month: '2026-11', note: '期中后情绪低落' }],
      examResults: [{ term: '2026-2027-1', exam: '期中 数学', band: ExamBand.FROM_10_TO_30 }],
    });
    const next = await edit({
      expectedVersion: 1,
      habits: null,
      monthlyNotes: [
        { month: '2026-11', note: '好转' },
        { month: '2026-10', note: '适应新班级' },
      ],
      examResults: [{ term: '2026-2027-1', exam: '期中 语文', band: ExamBand.TOP_10 }],
    });
    expect(next).toMatchObject({ version: 2, personality: '内向', habits: null });
    expect(next.monthlyNotes).toEqual([
      { month: '2026-10', note: '适应新班级' },
      { month: '2026-11', note: '好转' },
    ]);
    expect(next.examResults.map((e) => e.exam)).toEqual(['期中 数学', '期中 语文']);
  });

  it('refuses bad input by field and writes nothing', async () => {
    const cases: [Partial<ArchiveEdit>, { code: string; field: string }][] = [
      [{ personality: '长'.repeat(4001) }, { code: 'TOO_LONG', field: 'personality' }],
      [{ guardians: [{ name: ' ', relation: '父亲', phone: null }] }, { code: 'REQUIRED', field: 'guardians[0].name' }],
      [
        { guardians: [{ name: '王', relation: '父亲', phone: 'call me' }] },
        { code: 'INVALID_PHONE', field: 'guardians[0].phone' },
      ],
      [{ monthlyNotes: [{ month: '2026-13', note: 'x' }] }, { code: 'INVALID_MONTH', field: 'monthlyNotes[0].month' }],
      [
        { examResults: [{ term: '2026', exam: '期中', band: ExamBand.TOP_10 }] },
        { code: 'INVALID_TERM', field: 'examResults[0].term' },
      ],
      [
        { examResults: [{ term: '2026-2027-1', exam: ' ', band: ExamBand.TOP_10 }] },
        { code: 'REQUIRED', field: 'examResults[0].exam' },
      ],
    ];
    for (const [input, error] of cases) await expect(edit(input)).rejects.toMatchObject(error);
    expect(await stored(f.a)).toBeUndefined();
  });

  it("only the student's current mentor edits: a colleague is refused and writes nothing", async () => {
    await expect(edit({ personality: 'x' }, f.colleague)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(edit({ studentId: f.c, personality: 'x' })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await stored(f.a)).toBeUndefined();
    expect(await stored(f.c)).toBeUndefined();
  });

  it('attention categories are replaced; unchanged ones keep who set them and when; the write is sealed', async () => {
    const first = await as(f.mentor).setAttentionCategories(f.b, [
      AttentionCategory.LEFT_BEHIND,
      AttentionCategory.LEFT_BEHIND,
    ]);
    expect(first.map((c) => [c.category, c.setAt])).toEqual([
      [AttentionCategory.LEFT_BEHIND, new Date('2026-11-16T08:00:00Z')],
    ]);
    clock.advance(86_400_000);
    const next = await as(f.mentor).setAttentionCategories(f.b, [
      AttentionCategory.ECONOMIC_HARDSHIP,
      AttentionCategory.LEFT_BEHIND,
    ]);
    expect(next.map((c) => [c.category, c.setAt])).toEqual([
      [AttentionCategory.ECONOMIC_HARDSHIP, new Date('2026-11-17T08:00:00Z')],
      [AttentionCategory.LEFT_BEHIND, new Date('2026-11-16T08:00:00Z')],
    ]);
    expect(await as(f.mentor).setAttentionCategories(f.b, [])).toEqual([]);
    expect(await auditRows(ds, f.b)).toContainEqual({ action: 'WRITE', fields: ['attentionCategories'], sealed: true });
    await expect(as(f.colleague).setAttentionCategories(f.b, [AttentionCategory.LEFT_BEHIND])).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await ds.query('SELECT 1 FROM attention_flag')).toEqual([]);
  });
});
