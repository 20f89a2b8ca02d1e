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
import { createRosterLoaders } from '../roster/roster.loaders';
import { ContactMethod, DutyPeriod, RecordKind } from './record-kind';
import { type NewRecord, RecordsService } from './records.service';

const NOW = '2026-11-15T10:00:00Z';

/** 工作记录 on a hand-built school: retries, validation by field, who may write, 成长寄语, and duties by the clock. */
describe('RecordsService', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let f: SchoolFixture;
  const clock = movableClock(NOW);
  const as = (personId: string, role = Role.MENTOR, extra = {}) => {
    const principal = principalOf(f, personId, role, extra);
    return new RecordsService(ds, callerFor(ds, principal, clock.now), clock.now);
  };
  const input = (over: Partial<NewRecord> = {}): NewRecord => ({
    idempotencyKey: randomUUID(),
    kind: RecordKind.TALK,
    studentIds: [f.a],
    occurredAt: new Date(NOW),
    content: '谈了学习计划',
    ...over,
  });
  const create = (over: Partial<NewRecord> = {}, who = f.mentor) => as(who).create(input(over));
  const count = async () => (await ds.query('SELECT count(*)::int AS n FROM mentor_record'))[0].n as number;
  const pending = async () =>
    (await as(f.mentor).pendingDuties()).map(
      (d) => `${d.studentId === f.a ? 'A' : 'B'} ${d.kind}/${d.period} ${d.done}/${d.required}`,
    );

  beforeAll(async () => {
    db = await createTestDatabase('records');
    ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    f = await seedSchool(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query('DELETE FROM record_student');
    await ds.query('DELETE FROM mentor_record');
    await ds.query('DELETE FROM duty_rule');
    await ds.query('DELETE FROM access_log');
    clock.set(NOW);
  });

  it('a record belongs to the term of its day, content trimmed, and the write is in the audit trail', async () => {
    const { record, replayed } = await create({ content: '  家访  ', kind: RecordKind.HOME_VISIT, place: '学生家' });
    expect(replayed).toBe(false);
    expect(record).toMatchObject({ term: '2026-2027-1', content: '家访', authorId: f.mentor, studentIds: [f.a] });
    const spring = await create({ occurredAt: new Date('2026-03-02T08:00:00Z') });
    expect(spring.record.term).toBe('2025-2026-2');
    expect(await auditRows(ds, f.a)).toContainEqual({ action: 'WRITE', fields: ['records'], sealed: false });
  });

  it('a retried request with the same key creates one record; the same key for other content is refused', async () => {
    const same = input({ kind: RecordKind.HOME_VISIT, place: '学生家' });
    const results = await Promise.all([0, 1, 2].map(() => as(f.mentor).create(same)));
    expect(new Set(results.map((r) => r.record.id)).size).toBe(1);
    expect(results.filter((r) => r.replayed)).toHaveLength(2);
    expect(await count()).toBe(1);
    await expect(as(f.mentor).create({ ...same, content: '别的内容' })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: 'idempotencyKey',
    });
    expect(await count()).toBe(1);
  });

  it('refuses what does not make sense, by field, and writes nothing', async () => {
    const cases: [Partial<NewRecord>, { code: string; field: string }][] = [
      [{ idempotencyKey: 'x' }, { code: 'INVALID_IDEMPOTENCY_KEY', field: 'idempotencyKey' }],
      [{ studentIds: [] }, { code: 'REQUIRED', field: 'studentIds' }],
      [{ studentIds: [f.a, f.b] }, { code: 'ONE_STUDENT_ONLY', field: 'studentIds' }],
      [
        { kind: RecordKind.GROUP_ACTIVITY, studentIds: Array.from({ length: 61 }, () => randomUUID()) },
        { code: 'TOO_MANY_STUDENTS', field: 'studentIds' },
      ],
      [{ content: '  ' }, { code: 'REQUIRED', field: 'content' }],
      [{ content: '长'.repeat(10_001) }, { code: 'TOO_LONG', field: 'content' }],
      [{ occurredAt: new Date('2026-11-15T10:06:00Z') }, { code: 'IN_THE_FUTURE', field: 'occurredAt' }],
      [{ occurredAt: new Date('not a date') }, { code: 'IN_THE_FUTURE', field: 'occurredAt' }],
      [{ kind: RecordKind.PARENT_CONTACT }, { code: 'REQUIRED', field: 'contactMethod' }],
      [
        { kind: RecordKind.GROUP_ACTIVITY, studentIds: [f.a, f.b], topic: '读书会' },
        { code: 'REQUIRED', field: 'place' },
      ],
      [
        { kind: RecordKind.GROUP_ACTIVITY, studentIds: [f.a, f.b], place: '图书馆' },
        { code: 'REQUIRED', field: 'topic' },
      ],
      [{ kind: RecordKind.OPTIONAL_ACTION }, { code: 'REQUIRED', field: 'optionalAction' }],
      [
        { kind: RecordKind.OPTIONAL_ACTION, optionalAction: '一起打游戏' },
        { code: 'UNKNOWN_OPTIONAL_ACTION', field: 'optionalAction' },
      ],
    ];
    for (const [over, error] of cases) await expect(create(over)).rejects.toMatchObject(error);
    expect(await count()).toBe(0);
    // Five minutes of clock skew is a record of now, not of the future.
    await expect(create({ occurredAt: new Date('2026-11-15T10:04:00Z') })).resolves.toMatchObject({ replayed: false });
    await expect(create({ kind: RecordKind.OPTIONAL_ACTION, optionalAction: '共进午餐' })).resolves.toMatchObject({
      replayed: false,
    });
  });

  it("only a current mentor of every student named writes: nothing about someone else's mentee", async () => {
    await expect(create({}, f.colleague)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      create({ kind: RecordKind.GROUP_ACTIVITY, studentIds: [f.a, f.c], place: '操场', topic: '跑步' }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await count()).toBe(0);
    const group = await create({
      kind: RecordKind.GROUP_ACTIVITY,
      studentIds: [f.b, f.a, f.a],
      place: '图书馆',
      topic: '读书分享会',
    });
    expect(group.record.studentIds).toEqual([f.a, f.b].sort());
  });

  it('a 成长寄语 once published is read by the student and their guardian; one per student per term', async () => {
    const feedback = (content: string) => create({ kind: RecordKind.WRITTEN_FEEDBACK, studentIds: [f.b], content });
    const first = (await feedback('你这学期进步很大，继续加油！')).record;
    const second = (await feedback('第二份寄语')).record;
    const student = () => as(f.b, Role.STUDENT);
    const guardian = () => as(randomUUID(), Role.GUARDIAN, { studentId: f.b });
    expect(await student().publishedFeedback()).toEqual([]);
    clock.advance(3600_000);
    const published = await as(f.mentor).publishFeedback(first.id);
    expect(published.publishedAt).toEqual(new Date('2026-11-15T11:00:00Z'));
    await expect(as(f.mentor).publishFeedback(first.id)).resolves.toMatchObject({ publishedAt: published.publishedAt });
    await expect(as(f.mentor).publishFeedback(second.id)).rejects.toMatchObject({
      code: 'FEEDBACK_ALREADY_PUBLISHED',
      field: 'recordId',
    });
    const expected = [
      {
        term: '2026-2027-1',
        content: '你这学期进步很大，继续加油！',
        publishedAt: published.publishedAt,
        mentorId: f.mentor,
        recordId: first.id,
      },
    ];
    expect(await student().publishedFeedback()).toEqual(expected);
    expect(await guardian().publishedFeedback()).toEqual(expected);
    expect(await as(f.a, Role.STUDENT).publishedFeedback()).toEqual([]);
    await expect(as(f.mentor).publishedFeedback()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('publishing answers a colleague as if the record did not exist, and refuses a record that is no 寄语', async () => {
    const feedback = (await create({ kind: RecordKind.WRITTEN_FEEDBACK, studentIds: [f.b] })).record;
    await expect(as(f.colleague).publishFeedback(feedback.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'recordId',
    });
    await expect(as(f.colleague).publishFeedback(randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const talk = (await create()).record;
    await expect(as(f.mentor).publishFeedback(talk.id)).rejects.toMatchObject({ code: 'NOT_WRITTEN_FEEDBACK' });
    const [{ published_at }] = await ds.query('SELECT published_at FROM mentor_record WHERE id = $1', [feedback.id]);
    expect(published_at).toBeNull();
  });

  it("the to-do list counts this term's and this month's records on the service clock", async () => {
    await create({ kind: RecordKind.HOME_VISIT, place: '学生家' });
    await create({ occurredAt: new Date('2026-11-03T08:00:00Z') });
    await create({ kind: RecordKind.PARENT_CONTACT, contactMethod: ContactMethod.PHONE });
    await create({ kind: RecordKind.WRITTEN_FEEDBACK }); // unpublished: counts for nothing yet
    await create({ studentIds: [f.b], occurredAt: new Date('2026-10-20T08:00:00Z') });
    await create({ studentIds: [f.b], occurredAt: new Date('2026-07-01T08:00:00Z') }); // last term
    expect(await pending()).toEqual([
      'A PARENT_CONTACT/TERM 1/2',
      'A WRITTEN_FEEDBACK/TERM 0/1',
      'B HOME_VISIT/TERM 0/1',
      'B PARENT_CONTACT/TERM 0/2',
      'B TALK/MONTH 0/1',
      'B WRITTEN_FEEDBACK/TERM 0/1',
    ]);
    clock.set('2026-12-02T08:00:00Z');
    expect(await pending()).toContain('A TALK/MONTH 0/1');
    expect(await pending()).not.toContain('A TALK/TERM 0/1');
  });

  it('a school sets its own rules, validated by field, but cannot drop 三个一', async () => {
    const admin = () => as(f.admin, Role.SCHOOL_ADMIN);
    const three = [RecordKind.HOME_VISIT, RecordKind.TALK, RecordKind.WRITTEN_FEEDBACK].map((kind) => ({
      kind,
      period: DutyPeriod.TERM,
      minCount: 1,
    }));
    await expect(admin().setDutyRules(three.slice(1))).rejects.toMatchObject({
      code: 'THREE_DUTIES_REQUIRED',
      field: 'rules',
    });
    await expect(admin().setDutyRules([...three, { ...three[0], minCount: 32 }])).rejects.toMatchObject({
      code: 'INVALID_COUNT',
      field: 'rules[3].minCount',
    });
    await expect(admin().setDutyRules([...three, three[1]])).rejects.toMatchObject({
      code: 'DUPLICATE_RULE',
      field: 'rules[3]',
    });
    expect(await ds.query('SELECT 1 FROM duty_rule')).toEqual([]);
    const rules = [...three, { kind: RecordKind.OPTIONAL_ACTION, period: DutyPeriod.TERM, minCount: 2 }];
    expect((await admin().setDutyRules(rules)).map((r) => `${r.kind}/${r.period}/${r.minCount}`)).toEqual([
      'HOME_VISIT/TERM/1',
      'OPTIONAL_ACTION/TERM/2',
      'TALK/TERM/1',
      'WRITTEN_FEEDBACK/TERM/1',
    ]);
    const kinds = new Set((await as(f.mentor).pendingDuties()).map((d) => d.kind));
    expect(kinds.has(RecordKind.OPTIONAL_ACTION)).toBe(true);
    expect(kinds.has(RecordKind.PARENT_CONTACT)).toBe(false);
  });

  it('each pending duty carries its lead mentee as the loader reads it (so it can prime it)', async () => {
    const duties = await as(f.mentor).pendingDuties();
    expect(new Set(duties.map((d) => d.studentId))).toEqual(new Set([f.a, f.b]));
    const loaders = createRosterLoaders(ds, principalOf(f, f.mentor, Role.MENTOR));
    expect(duties.map((d) => d.student)).toEqual(await loaders.studentById.loadMany(duties.map((d) => d.studentId)));
  });
});
