import { readXlsx } from '@mentorship/spreadsheet';
import { errorCodes, expectNoGraphQLErrors } from '@mentorship/testing';

import { type TestPlatform } from '../support/platform';
import { matchingCalls, openRoundWithChoices, startMatchingPlatform } from './matching-setup';

describe('mentor matching through the gateway: run, adjust, publish, export', () => {
  let p: TestPlatform;
  let roundId: string;
  let gradeId: string;
  let studentId: string;
  let eligible: { id: string; name: string }[];
  const { admin, gql } = matchingCalls(() => p);

  beforeAll(async () => {
    ({ p, studentId, gradeId } = await startMatchingPlatform());
    ({ roundId, eligible } = await openRoundWithChoices(p, gradeId, studentId));
  });
  afterAll(() => p?.stop());

  it('runs the match: everyone in the grade matched or explained, no mentor above the cap, stable', async () => {
    const run = expectNoGraphQLErrors(
      await gql(
        admin(),
        `mutation($r: ID!) { runMatching(roundId: $r) { round { status report { students matched ` +
          `unmatched blockingPairs firstChoiceRate mentorLoad { max } matchedByPhase { preference ` +
          `classFill } } } userErrors { code } } }`,
        { r: roundId },
      ),
    );
    const { round } = run.runMatching;
    expect(round.status).toBe('DRAFTED');
    const [{ n }] = await p.school.query(
      `SELECT count(*)::int n FROM student s JOIN classroom c ON c.id = s.classroom_id ` +
        `WHERE c.grade_id = $1 AND s.left_on IS NULL`,
      [Buffer.from(gradeId, 'base64url').toString().split(':')[1]],
    );
    expect(round.report.students).toBe(n);
    expect(round.report.matched + round.report.unmatched).toBe(n);
    expect(round.report.blockingPairs).toBe(0);
    expect(round.report.firstChoiceRate).toBe(1); // the one student with preferences got their (accepting) first choice
    expect(round.report.matchedByPhase.preference).toBe(1);
    expect(round.report.mentorLoad.max).toBeLessThanOrEqual(15);
    const mine = expectNoGraphQLErrors(
      await gql(
        admin(),
        `query($r: ID!) { matchingRound(id: $r) { outcomes(first: 100) { totalCount nodes { student { ` +
          `id } mentor { id } phase rank } } } }`,
        { r: roundId },
      ),
    );
    const outcome = mine.matchingRound.outcomes.nodes.find(
      (o: { student: { id: string } }) => o.student.id === studentId,
    );
    expect(outcome).toEqual({
      student: { id: studentId },
      mentor: { id: eligible[0].id },
      phase: 'PREFERENCE',
      rank: 1,
    });
  });

  it(
    'manual adjustment needs a reason and cannot exceed ' + 'a mentor’s capacity; a refused change writes nothing',
    async () => {
      const adjust =
        `mutation($i: AdjustMatchInput!) { adjustMatch(input: $i) { outcome { phase } userErrors { field ` +
        `code } } }`;
      const noReason = expectNoGraphQLErrors(
        await gql(admin(), adjust, { i: { roundId, studentId, mentorId: eligible[1].id, reason: '  ' } }),
      );
      expect(noReason.adjustMatch.userErrors).toEqual([{ field: 'reason', code: 'REASON_REQUIRED' }]);
      // Fill the second mentor to their capacity: they set it to their current draft load.
      const uuid = Buffer.from(eligible[1].id, 'base64url').toString().split(':')[1];
      const [{ load }] = await p.school.query(
        'SELECT count(*)::int AS load FROM matching_outcome WHERE teacher_id = $1',
        [uuid],
      );
      const mentor = p.tokenFor({
        personId: uuid,
        role: 'MENTOR' as never,
        districtId: p.demo.district.id,
        schoolId: p.demo.schools[0].id,
      });
      const cap = expectNoGraphQLErrors(
        await gql(
          mentor,
          'mutation($i: SetMentorCapacityInput!) { setMentorCapacity(input: $i) { capacity userErrors { code } } }',
          { i: { roundId, capacity: load } },
        ),
      );
      expect(cap.setMentorCapacity).toEqual({ capacity: load, userErrors: [] });
      const full = expectNoGraphQLErrors(
        await gql(admin(), adjust, { i: { roundId, studentId, mentorId: eligible[1].id, reason: '家长要求' } }),
      );
      expect(full.adjustMatch.userErrors).toEqual([{ field: 'mentorId', code: 'CAP_EXCEEDED' }]);
      const [{ n }] = await p.school.query('SELECT count(*)::int n FROM matching_adjustment');
      expect(n).toBe(0);
      const ok = expectNoGraphQLErrors(
        await gql(admin(), adjust, { i: { roundId, studentId, mentorId: eligible[2].id, reason: '家长要求' } }),
      );
      expect(ok.adjustMatch).toEqual({ outcome: { phase: 'MANUAL' }, userErrors: [] });
      const log = expectNoGraphQLErrors(
        await gql(
          admin(),
          'query($r: ID!) { matchingRound(id: $r) { adjustments { reason student { id } toMentor { id } } } }',
          { r: roundId },
        ),
      );
      expect(log.matchingRound.adjustments).toEqual([
        { reason: '家长要求', student: { id: studentId }, toMentor: { id: eligible[2].id } },
      ]);
    },
  );

  it('publishes once, in one transaction: new LEAD mentorships, previous ones ended with history kept', async () => {
    const publish = `mutation($r: ID!) { publishMatchingRound(roundId: $r) { round { status } userErrors { code } } }`;
    expect(expectNoGraphQLErrors(await gql(admin(), publish, { r: roundId })).publishMatchingRound).toEqual({
      round: { status: 'PUBLISHED' },
      userErrors: [],
    });
    expect(expectNoGraphQLErrors(await gql(admin(), publish, { r: roundId })).publishMatchingRound.userErrors).toEqual([
      { code: 'ALREADY_PUBLISHED' },
    ]);
    const s = expectNoGraphQLErrors(
      await gql(admin(), 'query($id: ID!) { student(id: $id) { mentors { role mentor { id } } } }', { id: studentId }),
    );
    expect(s.student.mentors).toEqual([{ role: 'LEAD', mentor: { id: eligible[2].id } }]);
    const history = await p.school.query(
      `SELECT end_reason FROM mentorship WHERE student_id = $1 AND ended_on IS NOT NULL`,
      [p.logins.find((l) => l.login === 'student')!.studentId],
    );
    expect(history.map((h: { end_reason: string }) => h.end_reason)).toContain('REMATCHED');
    const [{ overloaded }] = await p.school.query(
      `SELECT count(*)::int AS overloaded FROM (SELECT mentor_id FROM mentorship WHERE ended_on IS NULL ` +
        `GROUP BY mentor_id HAVING count(*) > 15) x`,
    );
    expect(overloaded).toBe(0);
  });

  it(
    'the school admin exports the result as .xlsx and CSV with Chinese headers, one row per student; ' +
      'nobody else can',
    async () => {
      const q =
        `query($r: ID!, $f: ExportFormat!) { matchingRound(id: $r) { export(format: $f) { filename ` +
        `contentType base64 } } }`;
      const xlsx = expectNoGraphQLErrors(await gql(admin(), q, { r: roundId, f: 'XLSX' })).matchingRound.export;
      expect(xlsx.filename).toMatch(/^匹配结果-2026-2027-已发布\.xlsx$/);
      const rows = await readXlsx(Buffer.from(xlsx.base64, 'base64'));
      expect(rows[0]).toEqual([
        '学号',
        '学生姓名',
        '年级',
        '班级',
        '导师工号',
        '导师姓名',
        '匹配方式',
        '志愿序号',
        '未匹配原因',
      ]);
      const [{ n }] = await p.school.query('SELECT count(*)::int n FROM matching_outcome WHERE round_id = $1', [
        Buffer.from(roundId, 'base64url').toString().split(':')[1],
      ]);
      expect(rows).toHaveLength(n + 1);
      const me = p.logins.find((l) => l.login === 'student')!;
      expect(rows.find((r) => r[1] === me.name)?.[5]).toBe(eligible[2].name);
      const csv = expectNoGraphQLErrors(await gql(admin(), q, { r: roundId, f: 'CSV' })).matchingRound.export;
      const text = Buffer.from(csv.base64, 'base64');
      expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text.toString('utf8').trim().split('\r\n')).toHaveLength(n + 1);
      for (const login of ['mentor-1', 'grade-lead', 'student'] as const)
        expect(errorCodes(await gql(p.token(login), q, { r: roundId, f: 'CSV' }))).toContain('FORBIDDEN');
    },
  );
});
