import { fromGlobalId, toGlobalId } from '@mentorship/graphql';
import { readXlsx } from '@mentorship/spreadsheet';
import { errorCodes } from '@mentorship/testing';

import { pdfText } from '../support/pdf-text';
import { type TestPlatform } from '../support/platform';
import { growthCalls, startGrowthPlatform } from './growth-setup';

const TERM = '2026-2027-1';
const LIST = '{ recognitions { nodes { id term status topN mentors { rank name teacher { id } } } } }';
const GROWTH =
  'query($t: ID!) { teacher(id: $t) { growthRecord { term mentees leadMentees duties { kind count } ' +
  'dutiesTotal trainingCourses trainingHours statusChanges { from to } evaluation { total level } ' +
  'recognitionRanks } } }';
const flat = (s: string) => s.replace(/\s+/g, '');

describe(
  'recognition (优秀导师) with certificates, a mentor’s ' + 'growth record, a student’s trajectory across mentors',
  () => {
    let p: TestPlatform;
    let schoolId: string;
    let mentor1: string;
    let recognitionId: string;
    let listed: { name: string; teacher: { id: string }; rank: number }[];
    const { gql, ok, admin, teacherToken } = growthCalls(() => p);

    beforeAll(async () => {
      ({ p, schoolId, mentor1 } = await startGrowthPlatform());
    });
    afterAll(() => p?.stop());

    it(
      'the 优秀导师 follow the published results by the school’s rule, drafts stay with the admin, and the ' +
        'district gets the names',
      async () => {
        await ok(admin(), 'mutation { openEvaluationCycle(input: { term: "2026-2027-1" }) { userErrors { code } } }');
        const [cycle] = await p.school.query('SELECT id FROM evaluation_cycle WHERE school_id = $1', [schoolId]);
        const propose =
          'mutation($c: ID!, $n: Int) { proposeRecognition(input: { cycleId: $c, topN: $n }) { recognition ' +
          '{ id status mentors { rank name total teacher { id } } } userErrors { field code } } }';
        const c = toGlobalId('EvaluationCycle', cycle.id);
        expect((await ok(admin(), propose, { c, n: 3 })).proposeRecognition.userErrors).toEqual([
          { field: 'cycleId', code: 'CYCLE_NOT_PUBLISHED' },
        ]);
        await ok(admin(), 'mutation($c: ID!) { publishEvaluationCycle(cycleId: $c) { userErrors { code } } }', { c });
        const draft = (await ok(admin(), propose, { c, n: 3 })).proposeRecognition.recognition;
        // The rule, computed independently: rank by total (ties share a rank), the top 3 ranks.
        const expected: { teacher_id: string; name: string; rank: number }[] = await p.school.query(
          `SELECT * FROM (SELECT r.teacher_id, t.name, rank() OVER (ORDER BY r.total DESC)::int AS rank ` +
            `FROM evaluation_result r JOIN teacher t ON t.id = r.teacher_id WHERE r.cycle_id = $1) x ` +
            `WHERE rank <= 3 ORDER BY rank, name`,
          [cycle.id],
        );
        const byName = (a: { name: string; rank: number }, b: { name: string; rank: number }) =>
          a.rank - b.rank || a.name.localeCompare(b.name);
        expect(
          draft.mentors.map((m: any) => ({ teacher_id: m.teacher.id, name: m.name, rank: m.rank })).sort(byName),
        ).toEqual(expected.map((e) => ({ ...e, teacher_id: toGlobalId('Teacher', e.teacher_id) })));
        expect(draft.status).toBe('PROPOSED');
        recognitionId = draft.id;
        // A draft is the admin's: staff see nothing yet, and the district has nothing.
        expect((await ok(p.token('mentor-2'), LIST)).recognitions.nodes).toEqual([]);
        expect((await p.district.query('SELECT count(*)::int n FROM recognition_received'))[0].n).toBe(0);
        const published = (
          await ok(
            admin(),
            'mutation($r: ID!) { publishRecognition(recognitionId: $r) { recognition { status ' +
              'sentToDistrict } userErrors { code } } }',
            { r: recognitionId },
          )
        ).publishRecognition;
        expect(published).toEqual({ recognition: { status: 'PUBLISHED', sentToDistrict: true }, userErrors: [] });
        listed = (await ok(p.token('mentor-2'), LIST)).recognitions.nodes[0].mentors;
        expect(listed.map((m) => m.name).sort()).toEqual(expected.map((e) => e.name).sort());
        // Staff see names and ranks; the totals are the admin's.
        expect(errorCodes(await gql(p.token('mentor-2'), '{ recognitions { nodes { mentors { total } } } }'))).toEqual([
          'FORBIDDEN',
        ]);
        const district = (
          await ok(
            p.token('district-admin'),
            `{ recognizedMentors(term: "${TERM}") { nodes { school { id } teachers { name rank } } } }`,
          )
        ).recognizedMentors.nodes;
        expect(district).toEqual([
          {
            school: { id: toGlobalId('School', schoolId) },
            teachers: expect.arrayContaining(listed.map((m) => ({ name: m.name, rank: m.rank }))),
          },
        ]);
        expect(district[0].teachers).toHaveLength(listed.length);
        expect(errorCodes(await gql(admin(), `{ recognizedMentors(term: "${TERM}") { nodes { term } } }`))).toEqual([
          'FORBIDDEN',
        ]);
      },
    );

    it(
      'each 优秀导师 has a printable certificate in Chinese with the school’s name and the term; only the admin ' +
        'and its holder print it',
      async () => {
        const schoolName = (await p.district.query('SELECT name FROM school WHERE id = $1', [schoolId]))[0].name;
        const certificate =
          'query($r: ID!, $t: ID!) { recognitionCertificate(recognitionId: $r, teacherId: $t) { filename ' +
          'contentType base64 } }';
        for (const m of listed) {
          const file = (await ok(admin(), certificate, { r: recognitionId, t: m.teacher.id })).recognitionCertificate;
          expect(file.contentType).toBe('application/pdf');
          const text = flat(pdfText(file.base64));
          expect(text).toContain('荣誉证书');
          expect(text).toContain(`${m.name}老师`);
          expect(text).toContain('在2026-2027学年第一学期全员导师制工作中表现突出');
          expect(text).toContain('优秀导师');
          expect(text).toContain(schoolName);
        }
        const holder = listed[0].teacher.id;
        const own = await gql(teacherToken(fromGlobalId(holder, 'Teacher')), certificate, {
          r: recognitionId,
          t: holder,
        });
        expect(own.errors ?? []).toEqual([]);
        const notListed = (
          await p.school.query(
            `SELECT id FROM teacher WHERE school_id = $1 AND left_on IS NULL AND id <> ALL($2) LIMIT 1`,
            [schoolId, listed.map((m) => fromGlobalId(m.teacher.id, 'Teacher'))],
          )
        )[0].id;
        expect(errorCodes(await gql(teacherToken(notListed), certificate, { r: recognitionId, t: holder }))).toEqual([
          'FORBIDDEN',
        ]);
        expect(
          errorCodes(await gql(admin(), certificate, { r: recognitionId, t: toGlobalId('Teacher', notListed) })),
        ).toEqual(['NOT_FOUND']);
      },
    );

    it(
      'the growth record equals, term by term, the sum of the records in the database; only the teacher and ' +
        'their admin read it',
      async () => {
        const record = (await ok(p.token('mentor-1'), GROWTH, { t: toGlobalId('Teacher', mentor1) })).teacher
          .growthRecord;
        // The admin reads the same record, less the 个案分析 count (a count per mentor could name a child in difficulty).
        const adminView = (await ok(admin(), GROWTH, { t: toGlobalId('Teacher', mentor1) })).teacher.growthRecord;
        const withoutCases = (t: any) => ({
          ...t,
          duties: t.duties.filter((d: any) => d.kind !== 'CASE_ANALYSIS'),
          dutiesTotal: t.dutiesTotal - (t.duties.find((d: any) => d.kind === 'CASE_ANALYSIS')?.count ?? 0),
        });
        expect(adminView).toEqual(record.map(withoutCases));
        expect(record.some((t: any) => t.duties.some((d: any) => d.kind === 'CASE_ANALYSIS'))).toBe(true);
        const term = record.find((t: any) => t.term === TERM);
        const kinds: { kind: string; n: number }[] = await p.school.query(
          `SELECT kind, count(*)::int n FROM mentor_record WHERE author_id = $1 AND term = $2 ` +
            `AND (kind <> 'WRITTEN_FEEDBACK' OR published_at IS NOT NULL) GROUP BY kind`,
          [mentor1, TERM],
        );
        for (const d of term.duties)
          expect([d.kind, d.count]).toEqual([d.kind, kinds.find((k) => k.kind === d.kind)?.n ?? 0]);
        expect(term.dutiesTotal).toBe(kinds.reduce((s, k) => s + k.n, 0));
        const [all] = await p.school.query(
          `SELECT count(*)::int n FROM mentor_record WHERE author_id = $1 AND (kind <> 'WRITTEN_FEEDBACK' ` +
            `OR published_at IS NOT NULL)`,
          [mentor1],
        );
        expect(record.reduce((s: number, t: any) => s + t.dutiesTotal, 0)).toBe(all.n);
        const [mentees] = await p.school.query(
          `SELECT count(DISTINCT student_id)::int n FROM mentorship WHERE mentor_id = $1 ` +
            `AND started_on < '2027-02-01' AND (ended_on IS NULL OR ended_on >= '2026-08-01')`,
          [mentor1],
        );
        expect(term.mentees).toBe(mentees.n);
        const [result] = await p.school.query(
          'SELECT total, level FROM evaluation_result WHERE teacher_id = $1 AND term = $2',
          [mentor1, TERM],
        );
        expect(term.evaluation).toEqual({ total: Number(result.total), level: result.level });
        const staff = (await p.school.query('SELECT staff_number FROM teacher WHERE id = $1', [mentor1]))[0]
          .staff_number;
        const [hours] = await p.district.query(
          `SELECT coalesce(sum(hours), 0)::float8 h, count(*)::int n FROM training_completion ` +
            `WHERE school_id = $1 AND staff_number = $2 AND passed AND completed_on >= '2026-08-01' ` +
            `AND completed_on < '2027-02-01'`,
          [schoolId, staff],
        );
        expect([term.trainingHours, term.trainingCourses]).toEqual([hours.h, hours.n]);
        expect(term.recognitionRanks).toEqual(
          listed.filter((m) => m.teacher.id === toGlobalId('Teacher', mentor1)).map((m) => m.rank),
        );
        // Exported for 职称 applications: the .xlsx says what the API says.
        const file = (
          await ok(
            p.token('mentor-1'),
            'query($t: ID!) { teacher(id: $t) { growthRecordExport(format: XLSX) { base64 } } }',
            { t: toGlobalId('Teacher', mentor1) },
          )
        ).teacher.growthRecordExport;
        const [header, ...rows] = await readXlsx(Buffer.from(file.base64, 'base64'));
        const row = rows.find((r) => r[0] === '2026-2027学年第一学期')!;
        expect(row[header.indexOf('工作记录合计')]).toBe(term.dutiesTotal);
        expect(row[header.indexOf('受导学生')]).toBe(term.mentees);
        expect(row[header.indexOf('培训学时')]).toBe(term.trainingHours);
        const pdf = (
          await ok(admin(), 'query($t: ID!) { teacher(id: $t) { growthRecordExport(format: PDF) { base64 } } }', {
            t: toGlobalId('Teacher', mentor1),
          })
        ).teacher.growthRecordExport;
        expect(flat(pdfText(pdf.base64))).toContain(
          `${p.logins.find((l) => l.login === 'mentor-1')!.name}（工号${staff}）导师成长轨迹`,
        );
        // A colleague, the district, another school's admin: refused, through the gateway and at the subgraph.
        for (const token of [p.token('mentor-2'), p.token('district-admin'), p.token('school-admin-2')]) {
          for (const url of [p.gatewayUrl, p.schoolUrl]) {
            const answer = await gql(token, GROWTH, { t: toGlobalId('Teacher', mentor1) }, url);
            expect(answer.data?.teacher?.growthRecord ?? null).toBeNull();
            expect(errorCodes(answer).length).toBeGreaterThan(0);
          }
        }
      },
    );
  },
);
