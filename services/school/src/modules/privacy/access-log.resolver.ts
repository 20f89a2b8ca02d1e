import { forbidden } from '@mentorship/auth';
import { fromGlobalId, notFound } from '@mentorship/graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { SchoolContext } from '../../context';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';

@ObjectType({ description: 'Who read which student’s personal data, and when.' })
export class AccessLogEntry {
  @Field(() => ID) id: string;
  actorId: string;
  studentId: string;
  @Field() actorRole: string;
  @Field(() => [String], { description: 'Which personal data, e.g. archive, records.' }) fields: string[];
  @Field() readAt: Date;
  @Field() requestId: string;
}

@ObjectType()
export class AccessLogPage {
  @Field(() => [AccessLogEntry]) entries: AccessLogEntry[];
  @Field(() => String, { nullable: true, description: 'Pass as `before` for the next (older) page.' }) nextCursor: string | null;
}

/** School admin: who looked at what. The log names the fields read, never their contents. */
@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  @FieldResolver(() => Teacher, { nullable: true })
  actor(@Root() e: AccessLogEntry, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(e.actorId);
  }

  @FieldResolver(() => Student, { nullable: true })
  student(@Root() e: AccessLogEntry, @Ctx() ctx: SchoolContext): Promise<Student | null> {
    return ctx.loaders.studentById.load(e.studentId);
  }

  @Query(() => AccessLogPage, { description: 'School admin: reads of personal data in your school, newest first.' })
  async accessLog(
    @Arg('studentId', () => ID, { nullable: true }) studentId: string | null,
    @Arg('actorId', () => ID, { nullable: true }) actorId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<AccessLogPage> {
    if (!ctx.principal.schoolId) throw forbidden();
    if (before && !/^\d{1,19}$/.test(before)) throw notFound('Access log cursor');
    const limit = Math.max(1, Math.min(200, first));
    const rows: { id: string; actor_id: string; actor_role: string; student_id: string; fields: string[]; read_at: Date; request_id: string }[] = await ctx.dataSource.query(
      `SELECT id::text, actor_id, actor_role, student_id, fields, read_at, request_id FROM access_log
        WHERE school_id = $1 AND ($2::uuid IS NULL OR student_id = $2) AND ($3::uuid IS NULL OR actor_id = $3) AND ($4::bigint IS NULL OR id < $4)
        ORDER BY id DESC LIMIT $5`,
      [ctx.principal.schoolId, studentId ? fromGlobalId(studentId, 'Student', 'studentId') : null, actorId ? fromGlobalId(actorId, 'Teacher', 'actorId') : null, before ?? null, limit + 1],
    );
    const entries = rows.slice(0, limit).map((r) => Object.assign(new AccessLogEntry(), { id: r.id, actorId: r.actor_id, actorRole: r.actor_role, studentId: r.student_id, fields: r.fields, readAt: r.read_at, requestId: r.request_id }));
    return { entries, nextCursor: rows.length > limit ? entries[entries.length - 1].id : null };
  }
}
