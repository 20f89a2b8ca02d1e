// The notifications tests' school: the demo district on 2026-11-15 with a school e-mail channel for crisis
// alerts to a fake SMTP server, and a mentee of mentor-1; and late 学情会商 follow-ups for the head teacher.
import { randomUUID } from 'node:crypto';

import { startFakeSmtp } from '../support/fake-receivers';
import { notifyHarness, SAVE_CHANNEL } from '../support/notify-harness';
import { startTestPlatform, type TestPlatform } from '../support/platform';

type Login = TestPlatform['logins'][number];

export async function startNotificationsPlatform() {
  const [p, smtp] = await Promise.all([startTestPlatform(), startFakeSmtp()]);
  const h = notifyHarness(() => p);
  p.clock.set('2026-11-15T10:00:00Z');
  const mentee = await h.mentee();
  const i = {
    kind: 'EMAIL',
    name: '学校邮箱',
    topics: ['CRISIS'],
    smtpHost: '127.0.0.1',
    smtpPort: smtp.port,
    from: 'notify@school.test',
    recipients: ['crisis-team@school.test'],
  };
  expect((await h.ok(p.token('school-admin'), SAVE_CHANNEL, { i })).saveNotificationChannel.userErrors).toEqual([]);
  return { p, smtp, mentee };
}

/** A 学情会商 of the head teacher's class on 2026-11-13 with four follow-ups of mentor-1: two late, one done, one due. */
export async function lateFollowUps(p: TestPlatform, head: Login, mentor: Login, menteeId: string) {
  const consultation = randomUUID();
  await p.school.query(
    `INSERT INTO case_consultation (id, school_id, classroom_id, held_on, recorded_by, attendee_ids)
     VALUES ($1, $2, $3, '2026-11-13', $4, $5)`,
    [consultation, head.schoolId, head.classroomId, head.personId, [mentor.personId]],
  );
  const task = (due: string, done: Date | null) =>
    p.school.query(
      `INSERT INTO consultation_task (id, consultation_id, school_id, description, owner_id, student_id, due_on,
                                    done_at) VALUES ($1, $2, $3, '家访跟进', $4, $5, $6, $7)`,
      [randomUUID(), consultation, head.schoolId, mentor.personId, menteeId, due, done],
    );
  await task('2026-11-20', null);
  await task('2026-11-21', null);
  await task('2026-11-19', new Date('2026-11-19T08:00:00Z'));
  await task('2026-12-20', null);
}
