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
import { ConsultationService, type NewConsultation } from './consultation.service';

/** 学情会商 on a hand-built school: the head teacher of the class only, validation by field, retries, tasks. */
describe('ConsultationService', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let f: SchoolFixture;
  const clock = movableClock('2026-11-16T08:00:00Z');
  const as = (personId: string, role: Role, classroomId?: string) => {
    const principal = principalOf(f, personId, role, classroomId ? { classroomId } : {});
    return new ConsultationService(ds, callerFor(ds, principal, clock.now), clock.now);
  };
  const head = () => as(f.headTeacher, Role.HEAD_TEACHER, f.room);
  const meeting = (input: Partial<NewConsultation> = {}): NewConsultation => ({
    classroomId: f.room,
    heldOn: '2026-11-13',
    attendeeIds: [f.mentor],
    decisions: [
      { studentId: f.a, decision: ' 数学需要个别辅导 ' },
      { studentId: f.b, decision: '与家长沟通作息' },
    ],
    tasks: [{ description: '周三约谈家长', ownerId: f.mentor, studentId: f.b, dueOn: '2026-11-20' }],
    ...input,
  });
  const count = async () => (await ds.query('SELECT count(*)::int AS n FROM case_consultation'))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase('consultation');
    ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    f = await seedSchool(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query('DELETE FROM consultation_task');
    await ds.query('DELETE FROM consultation_decision');
    await ds.query('DELETE FROM case_consultation');
    await ds.query('DELETE FROM access_log');
    clock.set('2026-11-16T08:00:00Z');
  });

  it('the head teacher records the meeting with its decisions and tasks; naming students is sealed', async () => {
    const saved = await head().record(meeting());
    expect(saved).toMatchObject({ classroomId: f.room, heldOn: '2026-11-13', recordedBy: f.headTeacher });
    expect(
      await ds.query('SELECT student_id, decision FROM consultation_decision WHERE consultation_id = $1', [saved.id]),
    ).toEqual(
      expect.arrayContaining([
        { student_id: f.a, decision: '数学需要个别辅导' },
        { student_id: f.b, decision: '与家长沟通作息' },
      ]),
    );
    expect(await auditRows(ds, f.a)).toEqual([{ action: 'WRITE', fields: ['consultation'], sealed: true }]);
    expect((await head().forClassroom(f.room)).map((c) => c.id)).toEqual([saved.id]);
  });

  it('only the head teacher of this class records or lists it', async () => {
    const refusals = [
      as(f.headTeacher, Role.HEAD_TEACHER, f.otherRoom),
      as(f.mentor, Role.MENTOR, f.room),
      as(f.admin, Role.SCHOOL_ADMIN),
    ];
    for (const service of refusals) {
      await expect(service.record(meeting())).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      await expect(service.forClassroom(f.room)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    expect(await count()).toBe(0);
  });

  it('refuses bad input by field and writes nothing', async () => {
    const stranger = randomUUID();
    const cases: [Partial<NewConsultation>, { code: string; field: string }][] = [
      [{ heldOn: '13/11/2026' }, { code: 'INVALID_DATE', field: 'heldOn' }],
      [{ heldOn: '2026-11-17' }, { code: 'IN_THE_FUTURE', field: 'heldOn' }],
      [{ idempotencyKey: 'x' }, { code: 'INVALID_IDEMPOTENCY_KEY', field: 'idempotencyKey' }],
      [{ decisions: [{ studentId: f.a, decision: ' ' }] }, { code: 'REQUIRED', field: 'decisions[0].decision' }],
      [
        {
          decisions: [
            { studentId: f.a, decision: '一' },
            { studentId: f.a, decision: '二' },
          ],
        },
        { code: 'DUPLICATE_STUDENT', field: 'decisions[1].studentId' },
      ],
      [{ tasks: [{ description: ' ', ownerId: f.mentor }] }, { code: 'REQUIRED', field: 'tasks[0].description' }],
      [
        { tasks: [{ description: '约谈', ownerId: f.mentor, dueOn: 'next week' }] },
        { code: 'INVALID_DATE', field: 'tasks[0].dueOn' },
      ],
      [{ attendeeIds: [stranger] }, { code: 'UNKNOWN_TEACHER', field: 'attendeeIds[0]' }],
      [{ tasks: [{ description: '约谈', ownerId: stranger }] }, { code: 'UNKNOWN_TEACHER', field: 'tasks[0].ownerId' }],
      [
        { decisions: [{ studentId: f.c, decision: '另一个班' }] },
        { code: 'NOT_IN_CLASSROOM', field: 'decisions[0].studentId' },
      ],
      [
        { tasks: [{ description: '约谈', ownerId: f.mentor, studentId: f.c }] },
        { code: 'NOT_IN_CLASSROOM', field: 'tasks[0].studentId' },
      ],
    ];
    for (const [input, error] of cases) await expect(head().record(meeting(input))).rejects.toMatchObject(error);
    expect(await count()).toBe(0);
    expect(await ds.query('SELECT 1 FROM access_log')).toEqual([]);
  });

  it('a retried send with the same key records the meeting once; a new key is a new meeting', async () => {
    const idempotencyKey = randomUUID();
    const first = await head().record(meeting({ idempotencyKey }));
    const again = await head().record(meeting({ idempotencyKey }));
    expect(again.id).toBe(first.id);
    expect(await count()).toBe(1);
    await head().record(meeting({ idempotencyKey: randomUUID() }));
    await head().record(meeting());
    expect(await count()).toBe(3);
  });

  it("the task's owner (and nobody else) sees it and completes it once, on the service clock", async () => {
    await head().record(meeting());
    const owner = () => as(f.mentor, Role.MENTOR);
    const [task] = await owner().myTasks();
    expect(task).toMatchObject({ description: '周三约谈家长', dueOn: '2026-11-20', doneAt: null });
    expect(await as(f.colleague, Role.MENTOR).myTasks()).toEqual([]);
    await expect(as(f.colleague, Role.MENTOR).completeTask(task.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'taskId',
    });
    clock.advance(3600_000);
    expect((await owner().completeTask(task.id)).doneAt).toEqual(new Date('2026-11-16T09:00:00Z'));
    clock.advance(3600_000);
    expect((await owner().completeTask(task.id)).doneAt).toEqual(new Date('2026-11-16T09:00:00Z'));
    expect(await auditRows(ds, f.b)).toContainEqual({ action: 'WRITE', fields: ['consultation.task'], sealed: true });
  });
});
