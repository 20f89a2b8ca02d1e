import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';
import { errorCodes } from '@mentorship/testing';

import { type TestPlatform } from '../support/platform';
import { growthCalls, startGrowthPlatform } from './growth-setup';

const TERM = '2026-2027-1';

describe('a student’s trajectory across mentors (the demo district with a term of activity)', () => {
  let p: TestPlatform;
  let schoolId: string;
  let mentor1: string;
  const { gql, ok, admin, teacherToken } = growthCalls(() => p);

  beforeAll(async () => {
    ({ p, schoolId, mentor1 } = await startGrowthPlatform());
  });
  afterAll(() => p?.stop());

  it(
    'after a handover the new mentor reads the archive and the earlier terms; the former mentor reads ' +
      'nothing personal',
    async () => {
      const student = p.logins.find((l) => l.login === 'student')!.studentId!;
      const gid = toGlobalId('Student', student);
      await ok(
        p.token('mentor-1'),
        'mutation($i: EditGrowthArchiveInput!) { editGrowthArchive(input: $i) { userErrors { code } } }',
        { i: { studentId: gid, expectedVersion: 0, personality: '轨迹标记-性格' } },
      );
      // A teacher new to the school takes mentor-1's mentees over (继任), as at a new school year.
      const successor = { id: randomUUID() };
      await p.school.query(
        `INSERT INTO teacher (id, school_id, staff_number, name, gender, mentor_status) ` +
          `VALUES ($1, $2, 'T-NEW-1', '新导师', 'FEMALE', 'CERTIFIED')`,
        [successor.id, schoolId],
      );
      p.clock.set('2027-02-20T08:00:00Z');
      const moved = await ok(
        admin(),
        'mutation($i: HandOverMenteesInput!) { handOverMentees(input: $i) { changed userErrors { code } } }',
        {
          i: {
            fromTeacherId: toGlobalId('Teacher', mentor1),
            toTeacherId: toGlobalId('Teacher', successor.id),
            reason: '新学年调整',
          },
        },
      );
      expect(moved.handOverMentees.userErrors).toEqual([]);
      const query =
        'query($id: ID!) { student(id: $id) { archive { personality } records(first: 100) { term content ' +
        '} trajectory { term mentors { active mentor { id } } records { kind content } } } }';
      const next = (await ok(teacherToken(successor.id), query, { id: gid })).student;
      expect(next.archive.personality).toBe('轨迹标记-性格');
      const [earlier] = await p.school.query(
        `SELECT count(*)::int n FROM record_student WHERE student_id = $1 AND term = $2`,
        [student, TERM],
      );
      expect(earlier.n).toBeGreaterThan(0);
      const term = next.trajectory.find((t: any) => t.term === TERM);
      expect(term.records).toHaveLength(earlier.n);
      expect(term.mentors).toEqual(
        expect.arrayContaining([{ active: false, mentor: { id: toGlobalId('Teacher', mentor1) } }]),
      );
      for (const url of [p.gatewayUrl, p.schoolUrl]) {
        const former = await gql(p.token('mentor-1'), query, { id: gid }, url);
        expect(former.data?.student?.archive ?? null).toBeNull();
        expect(former.data?.student?.trajectory ?? null).toBeNull();
        expect(former.data?.student?.records ?? null).toBeNull();
        expect(JSON.stringify(former)).not.toContain('轨迹标记');
        expect(new Set(errorCodes(former))).toEqual(new Set(['FORBIDDEN']));
      }
    },
  );
});
