import { isSchoolStaff, type Principal } from '@mentorship/auth';
import type { DataSource } from 'typeorm';

/**
 * The privacy wall's one question: is the caller a currently assigned mentor (lead or
 * supporting) of this student? Answered from one statement per request, whatever the role the
 * token names: a head teacher who also mentors a student reads that student as their mentor.
 */
export class MenteeAccess {
  private ids?: Promise<Set<string>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  /** Ids of the caller's active mentees (lead and supporting), in the caller's school. */
  menteeIds(): Promise<Set<string>> {
    if (!this.ids) {
      const { principal } = this;
      this.ids =
        isSchoolStaff(principal) && principal.schoolId
          ? this.dataSource
              .query('SELECT student_id FROM mentorship WHERE mentor_id = $1 AND school_id = $2 AND ended_on IS NULL', [
                principal.personId,
                principal.schoolId,
              ])
              .then((rows: { student_id: string }[]) => new Set(rows.map((r) => r.student_id)))
          : Promise.resolve(new Set());
    }
    return this.ids;
  }

  async isMentorOf(studentId: string): Promise<boolean> {
    return (await this.menteeIds()).has(studentId);
  }

  async isMentorOfAny(studentIds: readonly string[]): Promise<boolean> {
    const mine = await this.menteeIds();
    return studentIds.some((id) => mine.has(id));
  }
}

/**
 * The same wall in SQL, for list queries: `<alias>.student_id` must be an active mentee of the
 * caller. Filters (a category, a note's text) then only ever run over the caller's own mentees.
 */
export function menteeCondition(alias: string, principal: Principal): [string, Record<string, unknown>] {
  return [
    `${alias}.student_id IN (SELECT ms.student_id FROM mentorship ms WHERE ms.mentor_id = :wallMentorId ` +
      `AND ms.school_id = :wallSchoolId AND ms.ended_on IS NULL)`,
    {
      wallMentorId: isSchoolStaff(principal) ? principal.personId : '00000000-0000-0000-0000-000000000000',
      wallSchoolId: principal.schoolId ?? '00000000-0000-0000-0000-000000000000',
    },
  ];
}
