import { isSchoolStaff, type Principal, Role } from '@mentorship/auth';
import type { PrincipalCheck } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { MentorStatus } from './teacher.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Does the roster still say what the token says? A teacher who left (left_on set, by a
 * transfer or the roster), a mentor suspended (停聘), a head teacher no longer heading the
 * class, a grade lead's grade gone from the school, a student who left, a guardian whose
 * child left: refused. The roster can only revoke what it records: staff it does not know
 * (non-teaching staff, a school not yet imported) are as the identity provider says.
 * One statement per check; the caller caches the verdict (principal-check.ts).
 */
export function rosterCheck(dataSource: DataSource): PrincipalCheck {
  return async (p) => {
    if (p.role === Role.DISTRICT_ADMIN || p.role === Role.SERVICE) return null;
    if (!p.schoolId || !UUID.test(p.schoolId)) return 'Your school is not known here.';
    if (isSchoolStaff(p)) {
      const ids = [p.personId, p.classroomId, p.gradeId].map((id) => (id && UUID.test(id) ? id : null));
      const [row] = await dataSource.query(
        `SELECT t.left_on IS NULL AS current, t.mentor_status,
                (SELECT c.head_teacher_id = $1 FROM classroom c WHERE c.id = $3 AND c.school_id = $2) AS heads,
                EXISTS (SELECT 1 FROM grade g WHERE g.id = $4 AND g.school_id = $2) AS grade
           FROM (SELECT 1) one LEFT JOIN teacher t ON t.id = $1 AND t.school_id = $2`,
        [ids[0], p.schoolId, ids[1], ids[2]],
      );
      if (row.current === false) return 'You are no longer on the staff of this school: sign in again.';
      if (p.role === Role.MENTOR && row.mentor_status === MentorStatus.SUSPENDED)
        return 'You are suspended as a mentor (停聘).';
      if (p.role === Role.HEAD_TEACHER && row.heads !== true) return 'You no longer head this class: sign in again.';
      if (p.role === Role.GRADE_LEAD && !row.grade)
        return 'This grade is no longer part of your school: sign in again.';
      return null;
    }
    // Students and guardians: the student must be enrolled at the token's school.
    const studentId = p.role === Role.STUDENT ? p.personId : p.studentId;
    if (!studentId || !UUID.test(studentId)) return 'Your student is not enrolled here.';
    const [row] = await dataSource.query(
      'SELECT EXISTS (SELECT 1 FROM student WHERE id = $1 AND school_id = $2 AND left_on IS NULL) AS enrolled',
      [studentId, p.schoolId],
    );
    return row.enrolled
      ? null
      : p.role === Role.STUDENT
        ? 'You are no longer enrolled at this school: sign in again.'
        : 'Your child is no longer enrolled at this school: sign in again.';
  };
}
