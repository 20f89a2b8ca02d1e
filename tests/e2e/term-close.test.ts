import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';
import { readXlsx } from '@mentorship/spreadsheet';
import { errorCodes } from '@mentorship/testing';

import { pdfText, valueAfter } from '../support/pdf-text';
import { gatewayCalls, type TestPlatform } from '../support/platform';
import { band, CHECKLIST, CLOSE, DISTRICT, FIGURES, REPORT, startTermClosePlatform, TERM } from './term-close-setup';

describe('closing a term: the checklist, frozen figures, the school’s and the district’s reports', () => {
  let p: TestPlatform;
  let schoolId: string;
  const { gql, ok } = gatewayCalls(() => p);
  const admin = () => p.token('school-admin');
  let figures: any;

  beforeAll(async () => {
    p = await startTermClosePlatform();
    schoolId = p.demo.schools[0].id;
  });
  afterAll(() => p?.stop());

  it(
    'the checklist shows what is open; closing with open items needs the admin to say so, and writes ' +
      'nothing otherwise',
    async () => {
      const list = (await ok(admin(), CHECKLIST, { t: TERM })).termCloseChecklist;
      const [db] = await p.school.query(
        `SELECT (SELECT count(*) FROM student s WHERE s.school_id = $1 AND s.left_on IS NULL AND NOT EXISTS (SELECT 1
         FROM record_student rs WHERE rs.student_id = s.id AND rs.term = $2 AND rs.kind = 'WRITTEN_FEEDBACK' AND
         rs.published))::int AS nofb,
              (SELECT count(*) FROM crisis_alert WHERE school_id = $1 AND status <> 'CLOSED')::int AS alerts`,
        [schoolId, TERM],
      );
      expect(list).toMatchObject({
        studentsWithoutPublishedFeedback: db.nofb,
        openCrisisAlerts: db.alerts,
        evaluationPublished: false,
        readyToClose: false,
        closed: false,
      });
      expect(db.alerts).toBeGreaterThanOrEqual(1);
      const refused = (await ok(admin(), CLOSE, { i: { term: TERM } })).closeTerm;
      expect(refused).toMatchObject({ close: null, userErrors: [{ field: 'acceptOpenItems', code: 'OPEN_ITEMS' }] });
      expect((await p.school.query('SELECT count(*)::int n FROM term_close'))[0].n).toBe(0);
      // Not the admin's to ask: a mentor, the district; and a term that has not begun.
      expect(errorCodes(await gql(p.token('mentor-1'), CHECKLIST, { t: TERM }))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await gql(p.token('district-admin'), CLOSE, { i: { term: TERM, acceptOpenItems: true } })),
      ).toEqual(['FORBIDDEN']);
      expect(
        (await ok(admin(), CLOSE, { i: { term: '2027-2028-2', acceptOpenItems: true } })).closeTerm.userErrors,
      ).toEqual([{ field: 'term', code: 'TERM_NOT_STARTED' }]);
    },
  );

  it(
    'closing freezes the term’s figures, school level, ' + 'crisis counts as bands, and the district receives them',
    async () => {
      await ok(admin(), 'mutation { openEvaluationCycle(input: { term: "2026-2027-1" }) { userErrors { code } } }');
      const [cycle] = await p.school.query('SELECT id FROM evaluation_cycle WHERE school_id = $1', [schoolId]);
      await ok(admin(), 'mutation($c: ID!) { publishEvaluationCycle(cycleId: $c) { userErrors { code } } }', {
        c: toGlobalId('EvaluationCycle', cycle.id),
      });
      const closed = (await ok(admin(), CLOSE, { i: { term: TERM, acceptOpenItems: true } })).closeTerm;
      expect(closed.userErrors).toEqual([]);
      expect(closed.close.sentToDistrict).toBe(true);
      figures = closed.close.figures;
      // The figures agree with the live API of the same moment and with the database.
      const live = (
        await ok(
          admin(),
          `query($s: ID!) { school(id: $s) { name metrics(term: "${TERM}") { students ` +
            `studentsWithLeadMentor homeVisitDone talkDone writtenFeedbackDone allDutiesDone } } }`,
          { s: toGlobalId('School', schoolId) },
        )
      ).school;
      expect(figures).toMatchObject({ ...live.metrics, schoolName: live.name });
      const distribution = (
        await ok(admin(), '{ evaluationCycles { nodes { distribution { excellent qualified needsImprovement } } } }')
      ).evaluationCycles.nodes[0].distribution;
      expect(figures.evaluation).toEqual(distribution);
      expect(figures.optionalActions).toContainEqual({
        action: '共读一本书',
        records: expect.any(Number),
        students: expect.any(Number),
      });
      const [reading] = await p.school.query(
        `SELECT count(DISTINCT r.id)::int AS records, count(DISTINCT rs.student_id)::int AS students ` +
          `FROM mentor_record r JOIN record_student rs ON rs.record_id = r.id WHERE r.school_id = $1 ` +
          `AND r.term = $2 AND r.optional_action = '共读一本书'`,
        [schoolId, TERM],
      );
      expect(figures.optionalActions.find((a: any) => a.action === '共读一本书')).toEqual({
        action: '共读一本书',
        ...reading,
      });
      const [training] = await p.district.query(
        `SELECT count(DISTINCT staff_number)::int AS teachers FROM training_completion WHERE school_id = $1`,
        [schoolId],
      );
      expect(figures.training.teachers).toBeGreaterThanOrEqual(training.teachers);
      expect(figures.training.hours).toBeGreaterThan(0);
      // A crisis count leaves only as a band of width 5 (DISCLOSURE.md).
      expect(figures.crisisRaisedInTerm.atMost - figures.crisisRaisedInTerm.atLeast).toBe(4);
      const stored = (
        await p.district.query('SELECT figures FROM school_term_close WHERE school_id = $1 AND term = $2', [
          schoolId,
          TERM,
        ])
      )[0].figures;
      expect(JSON.stringify(stored)).not.toMatch(/"(grades|classrooms|openCrisisAlerts|unpublishedFeedbackDrafts)"/);
      expect(stored.crisisRaisedInTerm).toEqual(figures.crisisRaisedInTerm);
      const district = (await ok(p.token('district-admin'), DISTRICT, { t: TERM })).districtTermClosing;
      expect(district.schools.filter((s: any) => s.closed).map((s: any) => s.school.id)).toEqual([
        toGlobalId('School', schoolId),
      ]);
    },
  );

  it('the PDF report says, in Chinese, the figures the API froze; the .xlsx reads back the same', async () => {
    const pdf = (await ok(admin(), REPORT, { t: TERM, f: 'PDF' })).termClose.report;
    expect(pdf.contentType).toBe('application/pdf');
    const text = pdfText(pdf.base64);
    // The title may wrap; read it without the layout's spaces and line breaks.
    expect(text.replace(/\s+/g, '')).toContain(`${figures.schoolName}2026-2027学年第一学期全员导师制工作报告`);
    const expected: [string, string][] = [
      ['在册学生', String(figures.students)],
      ['有主导师的学生', String(figures.studentsWithLeadMentor)],
      ['导师覆盖率', `${(figures.coverage * 100).toFixed(1)}%`],
      ['家访完成（学生数）', String(figures.homeVisitDone)],
      ['谈心谈话完成（学生数）', String(figures.talkDone)],
      ['成长寄语已发布（学生数）', String(figures.writtenFeedbackDone)],
      ['“三个一”全部完成（学生数）', String(figures.allDutiesDone)],
      ['完成必修培训的教师', String(figures.training.requiredComplete)],
      ['关注学生（区间）', band(figures.attentionStudents)],
      ['本学期危机上报（区间）', band(figures.crisisRaisedInTerm)],
      ['学期末未结危机（区间）', band(figures.crisisOpenAtClose)],
    ];
    for (const [label, value] of expected) expect([label, valueAfter(text, label)]).toEqual([label, value]);
    // The charts: one bar per "三个一" duty with its count over the students.
    expect(valueAfter(text, '家访 ')).toBe(`${figures.homeVisitDone}/${figures.students}`);
    const evaluated = figures.evaluation.excellent + figures.evaluation.qualified + figures.evaluation.needsImprovement;
    expect(valueAfter(text, '考核·优秀')).toBe(`${figures.evaluation.excellent}/${evaluated}`);
    const xlsx = (await ok(admin(), REPORT, { t: TERM, f: 'XLSX' })).termClose.report;
    const rows = new Map((await readXlsx(Buffer.from(xlsx.base64, 'base64'))).map(([k, v]) => [k, v]));
    for (const [label, value] of expected) expect([label, String(rows.get(label))]).toEqual([label, value]);
    expect(rows.get('考核·待改进')).toBe(figures.evaluation.needsImprovement);
    expect(rows.get('自选动作·共读一本书（学生数）')).toBe(
      figures.optionalActions.find((a: any) => a.action === '共读一本书').students,
    );
  });

  it(
    'a closed term stays as it was: later edits change neither the figures nor the report, and the table ' +
      'refuses changes',
    async () => {
      const before = await ok(
        admin(),
        `query($t: String!) { termClose(term: $t) { closedAt figures { ${FIGURES} } } }`,
        {
          t: TERM,
        },
      );
      const [visit] = await p.school.query(
        `SELECT ms.student_id FROM mentorship ms WHERE ms.mentor_id = $1 AND ms.ended_on IS NULL ` +
          `AND NOT EXISTS (SELECT 1 FROM record_student rs WHERE rs.student_id = ms.student_id ` +
          `AND rs.term = $2 AND rs.kind = 'HOME_VISIT') LIMIT 1`,
        [p.logins.find((l) => l.login === 'mentor-1')!.personId, TERM],
      );
      if (visit)
        await ok(
          p.token('mentor-1'),
          'mutation($i: CreateMentorRecordInput!) { createMentorRecord(input: $i) { userErrors { code } } }',
          {
            i: {
              idempotencyKey: randomUUID(),
              kind: 'HOME_VISIT',
              studentIds: [toGlobalId('Student', visit.student_id)],
              occurredAt: '2027-01-09T08:00:00Z',
              content: '补记家访',
            },
          },
        );
      const live = (
        await ok(admin(), `query($s: ID!) { school(id: $s) { metrics(term: "${TERM}") { homeVisitDone } } }`, {
          s: toGlobalId('School', schoolId),
        })
      ).school.metrics;
      if (visit) expect(live.homeVisitDone).toBe(figures.homeVisitDone + 1);
      expect(
        await ok(admin(), `query($t: String!) { termClose(term: $t) { closedAt figures { ${FIGURES} } } }`, {
          t: TERM,
        }),
      ).toEqual(before);
      expect(
        valueAfter(
          pdfText((await ok(admin(), REPORT, { t: TERM, f: 'PDF' })).termClose.report.base64),
          '家访完成（学生数）',
        ),
      ).toBe(String(figures.homeVisitDone));
      // Closing again is the same close; the database itself refuses to rewrite or drop it.
      expect((await ok(admin(), CLOSE, { i: { term: TERM, acceptOpenItems: true } })).closeTerm).toMatchObject({
        alreadyClosed: true,
        close: { figures },
      });
      await expect(
        p.school.query(`UPDATE term_close SET figures = jsonb_set(figures, '{students}', '0')`),
      ).rejects.toThrow(/frozen/);
      await expect(p.school.query('DELETE FROM term_close')).rejects.toThrow(/frozen/);
    },
  );
});
