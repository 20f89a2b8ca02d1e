import { toGlobalId } from '@mentorship/graphql';
import type { GraphQLResponse } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from './platform';

/**
 * Side channels (issue 12, "No oracle"; services/school/SIDE-CHANNELS.md): the victim is the demo student, whose hidden
 * facts (attention categories) the tests set and clear around each attack.
 */

/** An answer with what legitimately differs between two identical requests (fresh ids) taken out. */
export function comparable(r: GraphQLResponse): unknown {
  return JSON.parse(
    JSON.stringify({
      data: r.data ?? null,
      errors: (r.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })),
    }),
    (key, value) => (key === 'id' ? '<id>' : value),
  );
}

export async function startVictim() {
  const p: TestPlatform = await startTestPlatform();
  const schoolId = p.demo.schools[0].id;
  const admin = p.token('school-admin');
  const student = p.logins.find((l) => l.login === 'student')!;
  const mentorId = p.logins.find((l) => l.login === 'mentor-1')!.personId;
  const [row] = await p.school.query(
    `SELECT s.id, s.student_number, s.name, s.gender, g.name AS grade, c.name AS classroom FROM ` +
      `student s JOIN classroom c ON c.id = s.classroom_id JOIN grade g ON g.id = c.grade_id ` +
      `WHERE s.id = $1`,
    [student.studentId],
  );
  const victim = {
    id: row.id,
    gid: toGlobalId('Student', row.id),
    number: row.student_number,
    name: row.name,
    gender: row.gender === 'MALE' ? '男' : '女',
    grade: row.grade,
    classroom: row.classroom,
  };
  const setCategories = async (categories: string[]) => {
    await p.school.query('DELETE FROM attention_flag WHERE student_id = $1', [victim.id]);
    for (const c of categories)
      await p.school.query(
        'INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at) VALUES ($1, $2, $3, $4, now())',
        [victim.id, c, schoolId, mentorId],
      );
  };
  const categoriesOf = async () =>
    (await p.school.query('SELECT category FROM attention_flag WHERE student_id = $1 ORDER BY 1', [victim.id])).map(
      (r: { category: string }) => r.category,
    );

  return { p, schoolId, victim, admin, mentorId, setCategories, categoriesOf };
}

export type Victim = Awaited<ReturnType<typeof startVictim>>;
