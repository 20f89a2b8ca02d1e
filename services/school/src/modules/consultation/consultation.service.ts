import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { isCalendarDate, UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { CaseConsultation, ConsultationDecision, ConsultationTask } from './case-consultation.entity';

export interface NewConsultation {
  classroomId: string;
  heldOn: string;
  attendeeIds: string[];
  decisions: { studentId: string; decision: string }[];
  tasks: { description: string; ownerId: string; studentId?: string | null; dueOn?: string | null }[];
  idempotencyKey?: string | null;
}

/** 学情会商: recorded by the classroom's head teacher; decisions reach each student's mentors only. */
export class ConsultationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private requireHeadTeacherOf(classroomId: string): string {
    if (
      this.caller.principal.role !== Role.HEAD_TEACHER ||
      this.caller.principal.classroomId !== classroomId ||
      !this.caller.principal.schoolId
    )
      throw forbidden('Only the head teacher of this class records its consultations.');
    return this.caller.principal.schoolId;
  }

  async record(input: NewConsultation): Promise<CaseConsultation> {
    const schoolId = this.requireHeadTeacherOf(input.classroomId);
    if (!isCalendarDate(input.heldOn))
      throw new UserFacingError('INVALID_DATE', 'Date must look like 2026-11-24.', 'heldOn');
    const idempotencyKey = input.idempotencyKey ?? null;
    if (idempotencyKey !== null && !/^[\w.:-]{8,64}$/.test(idempotencyKey))
      throw new UserFacingError(
        'INVALID_IDEMPOTENCY_KEY',
        'Send 8 to 64 letters, digits or -_.: (a UUID is ideal).',
        'idempotencyKey',
      );
    if (Date.parse(input.heldOn) > this.now().getTime())
      throw new UserFacingError('IN_THE_FUTURE', 'Record a meeting that has taken place.', 'heldOn');
    input.decisions.forEach((d, i) => {
      if (!d.decision.trim()) throw new UserFacingError('REQUIRED', 'Write the decision.', `decisions[${i}].decision`);
      if (input.decisions.findIndex((o) => o.studentId === d.studentId) !== i)
        throw new UserFacingError(
          'DUPLICATE_STUDENT',
          'One decision per student per meeting.',
          `decisions[${i}].studentId`,
        );
    });
    input.tasks.forEach((t, i) => {
      if (!t.description.trim()) throw new UserFacingError('REQUIRED', 'Describe the task.', `tasks[${i}].description`);
      if (t.dueOn && !isCalendarDate(t.dueOn))
        throw new UserFacingError('INVALID_DATE', 'Date must look like 2026-11-24.', `tasks[${i}].dueOn`);
    });
    return inTransaction(this.dataSource, async (m) => {
      if (idempotencyKey !== null) {
        const sent = await m
          .getRepository(CaseConsultation)
          .findOneBy({ recordedBy: this.caller.principal.personId, idempotencyKey });
        if (sent) return sent;
      }
      const attendees = [...new Set(input.attendeeIds)];
      const teachers = [...new Set([...attendees, ...input.tasks.map((t) => t.ownerId)])];
      const known: { id: string }[] = await m.query(
        'SELECT id FROM teacher WHERE school_id = $1 AND id = ANY($2) AND left_on IS NULL',
        [schoolId, teachers],
      );
      const knownIds = new Set(known.map((k) => k.id));
      attendees.forEach((id, i) => {
        if (!knownIds.has(id))
          throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', `attendeeIds[${i}]`);
      });
      input.tasks.forEach((t, i) => {
        if (!knownIds.has(t.ownerId))
          throw new UserFacingError('UNKNOWN_TEACHER', 'Not a current teacher of your school.', `tasks[${i}].ownerId`);
      });
      const students = [
        ...new Set([
          ...input.decisions.map((d) => d.studentId),
          ...input.tasks.flatMap((t) => (t.studentId ? [t.studentId] : [])),
        ]),
      ];
      const inRoom: { id: string }[] = await m.query(
        'SELECT id FROM student WHERE classroom_id = $1 AND school_id = $2 AND id = ANY($3) AND left_on IS NULL',
        [input.classroomId, schoolId, students],
      );
      const inRoomIds = new Set(inRoom.map((s) => s.id));
      input.decisions.forEach((d, i) => {
        if (!inRoomIds.has(d.studentId))
          throw new UserFacingError('NOT_IN_CLASSROOM', 'Not a student of this class.', `decisions[${i}].studentId`);
      });
      input.tasks.forEach((t, i) => {
        if (t.studentId && !inRoomIds.has(t.studentId))
          throw new UserFacingError('NOT_IN_CLASSROOM', 'Not a student of this class.', `tasks[${i}].studentId`);
      });

      const consultation = Object.assign(new CaseConsultation(), {
        id: randomUUID(),
        schoolId,
        classroomId: input.classroomId,
        heldOn: input.heldOn,
        recordedBy: this.caller.principal.personId,
        attendeeIds: attendees,
        idempotencyKey,
      });
      await m.getRepository(CaseConsultation).insert(consultation);
      if (input.decisions.length) {
        await m.getRepository(ConsultationDecision).insert(
          input.decisions.map((d) => ({
            consultationId: consultation.id,
            studentId: d.studentId,
            schoolId,
            heldOn: input.heldOn,
            decision: d.decision.trim(),
          })),
        );
      }
      if (input.tasks.length) {
        await m.getRepository(ConsultationTask).insert(
          input.tasks.map((t) => ({
            id: randomUUID(),
            consultationId: consultation.id,
            schoolId,
            description: t.description.trim(),
            ownerId: t.ownerId,
            studentId: t.studentId ?? null,
            dueOn: t.dueOn ?? null,
            doneAt: null,
          })),
        );
      }
      // Sealed: being named in a 学情会商 is itself what must not be told.
      await this.caller.accessLog.wrote(m, students, 'consultation', { sealed: true });
      return consultation;
    });
  }

  /** The head teacher's own class's consultations, newest first. */
  /** A class's consultations, newest first: weekly at most, so a class's whole list is paged in memory. */
  async forClassroom(classroomId: string): Promise<CaseConsultation[]> {
    const schoolId = this.requireHeadTeacherOf(classroomId);
    return this.dataSource
      .getRepository(CaseConsultation)
      .find({ where: { schoolId, classroomId }, order: { heldOn: 'DESC', id: 'ASC' } });
  }

  /** Tasks the caller owns, open first. */
  async myTasks(): Promise<ConsultationTask[]> {
    if (!this.caller.principal.schoolId) throw forbidden();
    return this.dataSource
      .getRepository(ConsultationTask)
      .createQueryBuilder('t')
      .where('t.owner_id = :me AND t.school_id = :schoolId', {
        me: this.caller.principal.personId,
        schoolId: this.caller.principal.schoolId,
      })
      .orderBy('t.done_at IS NOT NULL')
      .addOrderBy('t.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('t.id', 'ASC')
      .getMany();
  }

  async completeTask(taskId: string): Promise<ConsultationTask> {
    return inTransaction(this.dataSource, async (m) => {
      const task = await m.getRepository(ConsultationTask).findOneBy({
        id: taskId,
        schoolId: this.caller.principal.schoolId ?? '',
        ownerId: this.caller.principal.personId,
      });
      if (!task) throw new UserFacingError('NOT_FOUND', 'No such task of yours.', 'taskId');
      if (!task.doneAt) {
        task.doneAt = this.now();
        await m.getRepository(ConsultationTask).save(task);
        if (task.studentId)
          await this.caller.accessLog.wrote(m, [task.studentId], 'consultation.task', { sealed: true });
      }
      return task;
    });
  }
}
