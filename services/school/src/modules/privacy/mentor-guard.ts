import { forbidden, type Principal } from '@mentorship/auth';
import type { EntityManager } from 'typeorm';

/**
 * Inside a write's transaction: the caller must be a current mentor of every student named,
 * else FORBIDDEN (and the transaction rolls back). Locks the pairings so a handover running at
 * the same moment cannot slip a write past the wall.
 */
export async function requireMentorOf(
  m: EntityManager,
  principal: Principal,
  studentIds: readonly string[],
): Promise<void> {
  if (!(await isMentorOfAll(m, principal, studentIds))) throw forbidden('Only a student’s current mentor may do this.');
}

/** The same question, answered rather than enforced (same locks), for callers that must refuse in their own words. */
export async function isMentorOfAll(
  m: EntityManager,
  principal: Principal,
  studentIds: readonly string[],
): Promise<boolean> {
  const unique = [...new Set(studentIds)];
  if (!unique.length || !principal.schoolId) return false;
  const rows: { student_id: string }[] = await m.query(
    `SELECT student_id FROM mentorship WHERE mentor_id = $1 AND school_id = $2 AND ended_on IS NULL ` +
      `AND student_id = ANY($3) FOR SHARE`,
    [principal.personId, principal.schoolId, unique],
  );
  return new Set(rows.map((r) => r.student_id)).size === unique.length;
}
