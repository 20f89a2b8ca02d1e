import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Principal, Role } from '@mentorship/auth';
import { type ServiceClient, UserFacingError } from '@mentorship/graphql';
import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

import { createSchoolDataSource } from '../../data-source';
import { callerFor } from '../../testing/school-fixture';
import { MentorStatus } from '../roster/teacher.entity';
import { CertificationService } from './certification.service';
import { districtClient, type TrainingStatus } from './district-access';

/** A stand-in district: answers `_entities` with the training the test sets, and remembers what it was asked. */
async function standInDistrict() {
  const asked: { authorization?: string; body: { query: string; variables: { r: { staffNumber: string }[] } } }[] = [];
  let training: TrainingStatus = {
    complete: false,
    requiredCoursesDone: 1,
    requiredCoursesTotal: 3,
    trialPeriodDays: 30,
  };
  let hang = false;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      asked.push({ authorization: req.headers.authorization, body: JSON.parse(body) });
      if (hang) return; // never answers: the client's deadline has to end the call
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { _entities: [{ training }] } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    asked,
    client: (timeoutMs = 2_000) => districtClient({ url, token: () => 'service-token', timeoutMs }),
    trains: (value: Partial<TrainingStatus>) => void (training = { ...training, ...value }),
    hangs: (value: boolean) => void (hang = value),
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** 聘任 on a hand-built school, with the district's answers from a stand-in server reached through the real client. */
describe('CertificationService', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let district: Awaited<ReturnType<typeof standInDistrict>>;
  const school = randomUUID();
  const [trainee, mentor, successor, admin] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const [a, b] = [randomUUID(), randomUUID()];
  const principal: Principal = { personId: admin, role: Role.SCHOOL_ADMIN, districtId: randomUUID(), schoolId: school };
  const clock = () => new Date('2027-03-15T08:00:00Z');
  const service = (client: ServiceClient | null = district.client()) =>
    new CertificationService(ds, callerFor(ds, principal, clock, client), clock);
  const teacher = async (id: string) =>
    (
      await ds.query(
        `SELECT mentor_status, to_char(trial_started_on, 'YYYY-MM-DD') AS trial,
                to_char(certified_on, 'YYYY-MM-DD') AS certified FROM teacher WHERE id = $1`,
        [id],
      )
    )[0];
  const history = async (id: string) =>
    (
      await ds.query(
        'SELECT from_status, to_status, reason, changed_by FROM mentor_status_change WHERE teacher_id = $1 ORDER BY at',
        [id],
      )
    ).map((r: { from_status: string; to_status: string }) => `${r.from_status}→${r.to_status}`);
  const rejection = (code: string, field: string) => expect.objectContaining({ code, field });

  beforeAll(async () => {
    district = await standInDistrict();
    db = await createTestDatabase('certification');
    ds = await createSchoolDataSource(db.url).initialize();
    await ds.runMigrations();
    await ds.query('INSERT INTO school (id, district_id, mentor_student_cap) VALUES ($1, $2, 5)', [
      school,
      principal.districtId,
    ]);
    for (const [id, no] of [
      [trainee, 'T1'],
      [mentor, 'T2'],
      [successor, 'T3'],
      [admin, 'T4'],
    ])
      await ds.query(
        `INSERT INTO teacher (id, school_id, staff_number, name, gender, mentor_status)
         VALUES ($1, $2, $3, $4, 'MALE', 'CERTIFIED')`,
        [id, school, no, `老师${no}`],
      );
    const grade = randomUUID();
    const room = randomUUID();
    await ds.query(`INSERT INTO grade (id, school_id, level, name) VALUES ($1, $2, 7, '初一')`, [grade, school]);
    await ds.query(`INSERT INTO classroom (id, school_id, grade_id, name) VALUES ($1, $2, $3, '初一(1)班')`, [
      room,
      school,
      grade,
    ]);
    for (const [id, no] of [
      [a, 'A'],
      [b, 'B'],
    ])
      await ds.query(
        `INSERT INTO student (id, school_id, classroom_id, student_number, name, gender)
         VALUES ($1, $2, $3, $4, '学生', 'MALE')`,
        [id, school, room, no],
      );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
    await district?.stop();
  });
  beforeEach(async () => {
    await ds.query('DELETE FROM mentorship');
    await ds.query('DELETE FROM mentor_status_change');
    await ds.query(`UPDATE teacher SET mentor_status = 'CERTIFIED', trial_started_on = NULL, certified_on = NULL`);
    await ds.query(`UPDATE teacher SET mentor_status = 'NOT_SUITABLE' WHERE id = $1`, [trainee]);
    district.trains({ complete: false, requiredCoursesDone: 1, requiredCoursesTotal: 3, trialPeriodDays: 30 });
    district.hangs(false);
    district.asked.length = 0;
  });

  it('a trial period starts on the given day (or today by the service clock) and is recorded', async () => {
    await service().startTrial(trainee, '2027-01-10');
    expect(await teacher(trainee)).toEqual({ mentor_status: 'TRAINEE', trial: '2027-01-10', certified: null });
    await service().startTrial(trainee);
    expect((await teacher(trainee)).trial).toBe('2027-03-15');
    expect(await history(trainee)).toEqual(['NOT_SUITABLE→TRAINEE', 'TRAINEE→TRAINEE']);
    await expect(service().startTrial(trainee, '15/03/2027')).rejects.toEqual(rejection('INVALID_DATE', 'on'));
    await expect(service().startTrial(mentor)).rejects.toEqual(rejection('WRONG_STATUS', 'teacherId'));
  });

  it(
    'certifies only after the district’s required training ' + 'and the trial period, asking with the service token',
    async () => {
      await service().startTrial(trainee, '2027-02-01');
      await expect(service().certify(trainee)).rejects.toEqual(rejection('TRAINING_INCOMPLETE', 'teacherId'));
      expect(district.asked[0].authorization).toBe('Bearer service-token');
      expect(district.asked[0].body.variables.r).toEqual([expect.objectContaining({ staffNumber: 'T1' })]);
      district.trains({ complete: true, requiredCoursesDone: 3 });
      // 2027-02-01 + 30 days = 2027-03-03: not over on 2027-03-02.
      await expect(service().certify(trainee, '2027-03-02')).rejects.toEqual(rejection('TRIAL_NOT_OVER', 'on'));
      expect((await teacher(trainee)).mentor_status).toBe('TRAINEE');
      await service().certify(trainee);
      expect(await teacher(trainee)).toEqual({
        mentor_status: 'CERTIFIED',
        trial: '2027-02-01',
        certified: '2027-03-15',
      });
      expect(await history(trainee)).toEqual(['NOT_SUITABLE→TRAINEE', 'TRAINEE→CERTIFIED']);
      await expect(service().certify(trainee)).rejects.toEqual(rejection('WRONG_STATUS', 'teacherId'));
    },
  );

  it(
    'the district unreachable, hung or not configured: ' + 'DISTRICT_UNAVAILABLE on the teacher, nothing written',
    async () => {
      await service().startTrial(trainee, '2027-01-01');
      district.trains({ complete: true, requiredCoursesDone: 3 });
      const closed = districtClient({ url: 'http://127.0.0.1:9/', token: () => 'service-token', timeoutMs: 2_000 });
      district.hangs(true);
      const started = Date.now();
      const hung = service(district.client(300)).certify(trainee);
      for (const attempt of [service(closed).certify(trainee), hung, service(null).certify(trainee)]) {
        const error = await attempt.catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UserFacingError);
        expect(error).toEqual(rejection('DISTRICT_UNAVAILABLE', 'teacherId'));
      }
      // A timeout is not tried again: one question, answered within its deadline.
      expect(district.asked).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(await teacher(trainee)).toEqual({ mentor_status: 'TRAINEE', trial: '2027-01-01', certified: null });
      expect(await history(trainee)).toEqual(['NOT_SUITABLE→TRAINEE']);
    },
  );

  it('not suitable needs a reason; a teacher without mentees leaves mentoring at once', async () => {
    await expect(service().takeOut(mentor, MentorStatus.NOT_SUITABLE, '  ')).rejects.toEqual(
      rejection('REASON_REQUIRED', 'reason'),
    );
    await expect(service().takeOut(mentor, MentorStatus.NOT_SUITABLE, '暂时不适合')).resolves.toMatchObject({
      handedOver: 0,
      teacher: { mentorStatus: MentorStatus.NOT_SUITABLE },
    });
    expect(await history(mentor)).toEqual(['CERTIFIED→NOT_SUITABLE']);
    await expect(service().takeOut(mentor, MentorStatus.NOT_SUITABLE, '再次')).rejects.toEqual(
      rejection('WRONG_STATUS', 'teacherId'),
    );
  });

  it('suspending a mentor hands their mentees to the named successor in the same transaction', async () => {
    await ds.query(
      `INSERT INTO mentorship (id, school_id, student_id, mentor_id, role, academic_year, started_on) VALUES
         (gen_random_uuid(), $1, $2, $4, 'LEAD', '2026-2027', '2026-09-01'),
         (gen_random_uuid(), $1, $3, $4, 'LEAD', '2026-2027', '2026-09-01')`,
      [school, a, b, mentor],
    );
    await expect(service().takeOut(mentor, MentorStatus.SUSPENDED, '未履职')).rejects.toEqual(
      rejection('HAS_MENTEES', 'successorId'),
    );
    expect((await teacher(mentor)).mentor_status).toBe('CERTIFIED');
    await expect(service().takeOut(mentor, MentorStatus.SUSPENDED, '未履职', successor)).resolves.toMatchObject({
      handedOver: 2,
      teacher: { mentorStatus: MentorStatus.SUSPENDED },
    });
    const current = await ds.query(
      'SELECT mentor_id, student_id FROM mentorship WHERE ended_on IS NULL ORDER BY student_id',
    );
    expect(current).toEqual([a, b].sort().map((student_id) => ({ mentor_id: successor, student_id })));
    expect(await history(mentor)).toEqual(['CERTIFIED→SUSPENDED']);
  });
});
