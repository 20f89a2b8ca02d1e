import { toGlobalId } from '@mentorship/graphql';

import { gatewayCalls, startTestPlatform, type TestPlatform } from '../support/platform';
import { freeTrainee } from './free-trainee';

describe('suspending a mentor (暂停导师资格)', () => {
  let p: TestPlatform;
  let mentor: { personId: string; gid: string };
  let trainee: { id: string; gid: string };
  const { ok } = gatewayCalls(() => p);
  const payload =
    '{ teacher { mentorStatus trialStartedOn certifiedOn } handedOver userErrors { field code message } }';

  beforeAll(async () => {
    p = await startTestPlatform();
    const login = p.logins.find((l) => l.login === 'mentor-1')!;
    mentor = { personId: login.personId, gid: toGlobalId('Teacher', login.personId) };
    // A trainee with no mentees of their own takes mentor-1's over.
    trainee = await freeTrainee(p);
  });
  afterAll(() => p?.stop());

  it(
    'suspending a mentor hands their mentees to a successor in the same transaction; a suspended ' +
      'teacher cannot take part in matching',
    async () => {
      const admin = p.token('school-admin');
      const suspend = `mutation($i: TakeOutOfMentoringInput!) { suspendMentor(input: $i) ${payload} }`;
      const [{ n }] = await p.school.query(
        'SELECT count(*)::int n FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL',
        [mentor.personId],
      );
      expect(
        (await ok(admin, suspend, { i: { teacherId: mentor.gid, reason: '连续两月未完成谈心' } })).suspendMentor
          .userErrors[0].code,
      ).toBe('HAS_MENTEES');
      const res = (
        await ok(admin, suspend, {
          i: { teacherId: mentor.gid, reason: '连续两月未完成谈心', successorId: trainee.gid },
        })
      ).suspendMentor;
      expect(res).toMatchObject({ teacher: { mentorStatus: 'SUSPENDED' }, handedOver: n, userErrors: [] });
      expect(
        (
          await p.school.query('SELECT count(*)::int n FROM mentorship WHERE mentor_id = $1 AND ended_on IS NULL', [
            trainee.id,
          ])
        )[0].n,
      ).toBe(n);
      const open =
        'mutation($i: OpenMatchingRoundInput!) { openMatchingRound(input: $i) { userErrors { field code } } }';
      const round = await ok(admin, open, {
        i: {
          academicYear: '2027-2028',
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 86400_000).toISOString(),
          teacherIds: [mentor.gid],
        },
      });
      expect(round.openMatchingRound.userErrors).toEqual([{ field: 'teacherIds[0]', code: 'MENTOR_NOT_ELIGIBLE' }]);
    },
  );
});
