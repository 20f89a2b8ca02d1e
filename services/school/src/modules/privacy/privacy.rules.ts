import { Role } from '@mentorship/auth';
import { type IRule, rule } from 'graphql-shield';

import type { SchoolContext } from '../../context';

/**
 * The privacy wall in shield. Each rule asks the same question — is the caller a current mentor
 * of the student this object is about? — of a different parent type. They hold wherever the
 * object is reached from, `_entities` included, because they sit on the types themselves.
 *
 * Every rule here reads its parent, so none is cached by shield: 'contextual' would reuse one
 * parent's verdict for another (a hole), and 'strict' hashes the whole parent object for every
 * guarded field (a third of this subgraph's CPU in issue 15's profiles). Each verdict is cheap
 * instead: role and id comparisons, and the caller's mentee set, read once per request.
 * privacy.rules.spec.ts holds them to that.
 */
const mentorOf = (name: string, studentIds: (parent: any) => readonly string[]): IRule =>
  rule(name, { cache: 'no_cache' })(
    async (parent, _args, ctx: SchoolContext) =>
      ctx.principal !== null && (await ctx.mentees.isMentorOfAny(studentIds(parent))),
  );

/** On Student fields: the student is the parent. */
export const mentorOfStudent: IRule = mentorOf('mentorOfStudent', (student) => [student.id]);
/** On GrowthArchive, AttentionFlag, ConsultationDecision: objects that carry `studentId`. */
export const mentorOfSubject: IRule = mentorOf('mentorOfSubject', (row) => [row.studentId]);
/** On MentorRecord: a current mentor of any student the record is about. */
export const mentorOfRecord: IRule = mentorOf('mentorOfRecord', (record) => record.studentIds ?? []);

/** Crisis details: the school's crisis team (rows are school-scoped in SQL), or the student's mentors. */
export const crisisDetailReader: IRule = rule('crisisDetailReader', { cache: 'no_cache' })(
  async (alert, _args, ctx: SchoolContext) =>
    ctx.principal?.role === Role.CRISIS_TEAM ||
    (ctx.principal !== null && (await ctx.mentees.isMentorOf(alert.studentId))),
);

/** A consultation as a whole: the head teacher who recorded it. */
export const consultationRecorder: IRule = rule('consultationRecorder', { cache: 'no_cache' })(
  (consultation, _args, ctx: SchoolContext) =>
    ctx.principal?.role === Role.HEAD_TEACHER && consultation.recordedBy === ctx.principal.personId,
);

/** A follow-up task: its owner, or the head teacher who recorded the meeting. */
export const taskReader: IRule = rule('taskReader', { cache: 'no_cache' })(
  (task, _args, ctx: SchoolContext) =>
    ctx.principal !== null && (task.ownerId === ctx.principal.personId || ctx.principal.role === Role.HEAD_TEACHER),
);

/** A grade's live figures: the school admin, or the lead of that grade. */
export const leaderOfGrade: IRule = rule('leaderOfGrade', { cache: 'no_cache' })(
  (grade, _args, ctx: SchoolContext) =>
    ctx.principal?.role === Role.SCHOOL_ADMIN ||
    (ctx.principal?.role === Role.GRADE_LEAD && ctx.principal.gradeId === grade.id),
);

/** A classroom's live figures: the school admin, the lead of its grade, its head teacher. */
export const leaderOfClassroom: IRule = rule('leaderOfClassroom', { cache: 'no_cache' })(
  (room, _args, ctx: SchoolContext) =>
    ctx.principal?.role === Role.SCHOOL_ADMIN ||
    (ctx.principal?.role === Role.GRADE_LEAD && ctx.principal.gradeId === room.gradeId) ||
    (ctx.principal?.role === Role.HEAD_TEACHER && ctx.principal.classroomId === room.id),
);
