import { randomUUID } from 'node:crypto';

import { Role } from '@mentorship/auth';
import { toGlobalId } from '@mentorship/graphql';
import { errorCodes } from '@mentorship/testing';

import { type MentorDay, startMentorDay } from '../support/mentor-day';
import type { TestPlatform } from '../support/platform';

describe("a head teacher's case consultations (学情会商)", () => {
  let p: TestPlatform;
  let mentor: string;
  let mentees: MentorDay['mentees'];
  let gql: MentorDay['gql'];
  let ok: MentorDay['ok'];
  let record: MentorDay['record'];
  beforeAll(async () => {
    ({ p, mentor, mentees, gql, ok, record } = await startMentorDay());
    expect(mentees.length).toBeGreaterThan(3);
  });
  afterAll(() => p?.stop());

  describe('case consultations (学情会商)', () => {
    it(
      "the head teacher records the class's meeting; each mentor reads only the decisions about their own " + 'mentees',
      async () => {
        const head = p.logins.find((l) => l.login === 'head-teacher')!;
        const pairs = await p.school.query(
          `SELECT s.id AS student_id, m.mentor_id FROM student s JOIN mentorship m ON m.student_id = s.id
           AND m.ended_on IS NULL AND m.role = 'LEAD'
          WHERE s.classroom_id = $1 ORDER BY s.student_number`,
          [head.classroomId],
        );
        const x = pairs[0];
        const y = pairs.find(
          (r: { mentor_id: string }) => r.mentor_id !== x.mentor_id && r.mentor_id !== head.personId,
        );
        const input = {
          classroomId: toGlobalId('Classroom', head.classroomId!),
          heldOn: '2026-11-13',
          attendeeIds: [toGlobalId('Teacher', x.mentor_id), toGlobalId('Teacher', y.mentor_id)],
          decisions: [
            { studentId: toGlobalId('Student', x.student_id), decision: '数学需要个别辅导' },
            { studentId: toGlobalId('Student', y.student_id), decision: '与家长沟通作息' },
          ],
          tasks: [
            {
              description: '周三约谈家长',
              ownerId: toGlobalId('Teacher', y.mentor_id),
              studentId: toGlobalId('Student', y.student_id),
              dueOn: '2026-11-20',
            },
          ],
        };
        const mutation =
          'mutation($i: RecordCaseConsultationInput!) { recordCaseConsultation(input: $i) { consultation ' +
          '{ id heldOn decisions { decision } } userErrors { field code } } }';
        const saved = await ok(p.token('head-teacher'), mutation, { i: input });
        expect(saved.recordCaseConsultation.consultation.decisions).toHaveLength(2);
        const tokenOf = (personId: string) =>
          p.tokenFor({ personId, role: Role.MENTOR, districtId: p.demo.district.id, schoolId: p.demo.schools[0].id });
        const notes = 'query($id: ID!) { student(id: $id) { consultationNotes { nodes { heldOn decision } } } }';
        expect(
          (await ok(tokenOf(x.mentor_id), notes, { id: toGlobalId('Student', x.student_id) })).student.consultationNotes
            .nodes,
        ).toEqual([{ heldOn: '2026-11-13', decision: '数学需要个别辅导' }]);
        const tooMany = 'query($id: ID!) { student(id: $id) { consultationNotes(first: 101) { totalCount } } }';
        expect(
          errorCodes(await gql(tokenOf(x.mentor_id), tooMany, { id: toGlobalId('Student', x.student_id) })),
        ).toEqual(['BAD_USER_INPUT']);
        expect(errorCodes(await gql(tokenOf(x.mentor_id), notes, { id: toGlobalId('Student', y.student_id) }))).toEqual(
          ['FORBIDDEN'],
        );
        expect(
          errorCodes(
            await gql(
              tokenOf(x.mentor_id),
              'query($c: ID!) { caseConsultations(classroomId: $c) { nodes { decisions { decision } } } }',
              { c: input.classroomId },
            ),
          ),
        ).toEqual(['FORBIDDEN']);
        // The owner sees and completes the task.
        const tasks = await ok(
          tokenOf(y.mentor_id),
          '{ me { consultationTasks { nodes { id description dueOn doneAt } } } }',
        );
        expect(tasks.me.consultationTasks.nodes).toEqual([
          { id: expect.any(String), description: '周三约谈家长', dueOn: '2026-11-20', doneAt: null },
        ]);
        const done = await ok(
          tokenOf(y.mentor_id),
          'mutation($t: ID!) { completeConsultationTask(taskId: $t) { task { doneAt } userErrors { code } } }',
          { t: tasks.me.consultationTasks.nodes[0].id },
        );
        expect(done.completeConsultationTask.task.doneAt).not.toBeNull();
        // Another class's head teacher cannot record for this class.
        const [otherRoom] = await p.school.query(
          'SELECT id, head_teacher_id FROM classroom WHERE school_id = $1 AND id <> $2 LIMIT 1',
          [p.demo.schools[0].id, head.classroomId],
        );
        const otherHead = p.tokenFor({
          personId: otherRoom.head_teacher_id,
          role: Role.HEAD_TEACHER,
          districtId: p.demo.district.id,
          schoolId: p.demo.schools[0].id,
          classroomId: otherRoom.id,
        });
        expect(errorCodes(await gql(otherHead, mutation, { i: input }))).toEqual(['FORBIDDEN']);
        const outsider = await ok(p.token('head-teacher'), mutation, {
          i: { ...input, decisions: [{ studentId: mentees[0].gid, decision: 'x' }], tasks: [] },
        });
        if (!pairs.some((r: { student_id: string }) => r.student_id === mentees[0].id))
          expect(outsider.recordCaseConsultation.userErrors).toEqual([
            { field: 'decisions[0].studentId', code: 'NOT_IN_CLASSROOM' },
          ]);
      },
    );

    it(
      'a retried send with the same idempotency key ' + 'records the meeting once; a malformed key is refused',
      async () => {
        const head = p.logins.find((l) => l.login === 'head-teacher')!;
        const [row] = await p.school.query(
          'SELECT id FROM student WHERE classroom_id = $1 AND left_on IS NULL ORDER BY student_number LIMIT 1',
          [head.classroomId],
        );
        const idempotencyKey = randomUUID();
        const input = {
          classroomId: toGlobalId('Classroom', head.classroomId!),
          heldOn: '2026-11-12',
          attendeeIds: [],
          decisions: [{ studentId: toGlobalId('Student', row.id), decision: '先观察一周' }],
          tasks: [],
          idempotencyKey,
        };
        const mutation =
          'mutation($i: RecordCaseConsultationInput!) { recordCaseConsultation(input: $i) { consultation ' +
          '{ id } userErrors { field code } } }';
        const first = await ok(p.token('head-teacher'), mutation, { i: input });
        const again = await ok(p.token('head-teacher'), mutation, { i: input });
        expect(again.recordCaseConsultation.consultation.id).toBe(first.recordCaseConsultation.consultation.id);
        const [{ n }] = await p.school.query(
          "SELECT count(*)::int AS n FROM case_consultation WHERE classroom_id = $1 AND held_on = '2026-11-12'",
          [head.classroomId],
        );
        expect(n).toBe(1);
        // A new form (a new key) is a new meeting record.
        await ok(p.token('head-teacher'), mutation, { i: { ...input, idempotencyKey: randomUUID() } });
        const bad = await ok(p.token('head-teacher'), mutation, { i: { ...input, idempotencyKey: 'x' } });
        expect(bad.recordCaseConsultation.userErrors).toEqual([
          { field: 'idempotencyKey', code: 'INVALID_IDEMPOTENCY_KEY' },
        ]);
      },
    );
  });
});
