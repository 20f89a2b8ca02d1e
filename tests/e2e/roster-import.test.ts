import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { Role } from '@mentorship/auth';
import { exportTable, readXlsx } from '@mentorship/spreadsheet';
import { errorCodes } from '@mentorship/testing';

import { startTestPlatform, type TestPlatform } from '../support/platform';
import { rosterClient } from './roster-import-client';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/roster', name));

describe('roster import and export (Excel / CSV, UTF-8 and GBK)', () => {
  let p: TestPlatform;
  let schoolId: string;
  let admin: string;
  const { gql, ok, PREVIEW, preview, confirm, students, exported } = rosterClient(
    () => p,
    () => admin,
    () => schoolId,
  );

  beforeAll(async () => {
    p = await startTestPlatform();
    // A school newly registered with the district: nothing of it in the school service yet.
    schoolId = randomUUID();
    admin = p.tokenFor({ personId: randomUUID(), role: Role.SCHOOL_ADMIN, districtId: p.demo.district.id, schoolId });
  });
  afterAll(() => p?.stop());

  it(
    'imports a clean roster: teachers (.xlsx), classrooms (GBK CSV), students (.xlsx), assignments (UTF-8 ' +
      'CSV); a preview writes nothing',
    async () => {
      const t = await preview('TEACHERS', 'XLSX', fixture('teachers.xlsx'));
      expect(t.preview).toMatchObject({ created: 6, updated: 0, unchanged: 0, canConfirm: true, rowErrors: [] });
      expect((await p.school.query('SELECT count(*)::int n FROM teacher WHERE school_id = $1', [schoolId]))[0].n).toBe(
        0,
      );
      expect((await confirm(t.preview.id)).preview.status).toBe('APPLIED');
      const [t2] = await p.school.query(
        `SELECT name, subjects, phone FROM teacher WHERE school_id = $1 AND staff_number = 'T002'`,
        [schoolId],
      );
      expect(t2).toEqual({ name: '李建国', subjects: ['数学', '信息技术'], phone: '13800000002' });

      const c = await preview('CLASSROOMS', 'CSV', fixture('classrooms-gbk.csv'));
      expect(c.preview).toMatchObject({ created: 2, canConfirm: true });
      await confirm(c.preview.id);
      const rooms = await p.school.query(
        `SELECT g.level, g.name AS grade, c.name, t.name AS head FROM classroom c JOIN grade g ` +
          `ON g.id = c.grade_id JOIN teacher t ON t.id = c.head_teacher_id WHERE c.school_id = $1 ` +
          `ORDER BY c.name`,
        [schoolId],
      );
      expect(rooms).toEqual([
        { level: 7, grade: '七年级', name: '1班', head: '王丽华' },
        { level: 7, grade: '七年级', name: '2班', head: '李建国' },
      ]);

      const s = await preview('STUDENTS', 'XLSX', fixture('students.xlsx'));
      expect(s.preview).toMatchObject({ created: 40, canConfirm: true });
      await confirm(s.preview.id);
      expect(await students()).toHaveLength(40);

      const a = await preview('TEACHING_ASSIGNMENTS', 'CSV', fixture('assignments.csv'));
      expect(a.preview).toMatchObject({ created: 4, canConfirm: true });
      await confirm(a.preview.id);
    },
  );

  it('re-importing the same roster (now as GBK CSV) changes nothing', async () => {
    const before = await students();
    const again = await preview('STUDENTS', 'CSV', fixture('students-gbk.csv'));
    expect(again.preview).toMatchObject({ created: 0, updated: 0, unchanged: 40, canConfirm: true });
    await confirm(again.preview.id);
    expect(await students()).toEqual(before);
    expect(before.find((s: { student_number: string }) => s.student_number === '20260001').name).toBe('王子涵');
  });

  it('reports malformed rows by row number and column, and writes nothing even when asked to', async () => {
    const before = await students();
    const bad = await preview('STUDENTS', 'CSV', fixture('students-bad-gbk.csv'));
    expect(bad.preview.canConfirm).toBe(false);
    expect(
      bad.preview.rowErrors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
    ).toEqual([
      [3, '性别', 'BAD_GENDER'],
      [4, '班级', 'UNKNOWN_CLASSROOM'],
      [5, '学号', 'DUPLICATE'],
      [6, '姓名', 'REQUIRED'],
      [6, '年级', 'BAD_GRADE'],
    ]);
    expect(bad.preview.rowErrors[0].message).toContain('未知');
    expect((await confirm(bad.preview.id)).userErrors).toEqual([{ field: 'importId', code: 'HAS_ERRORS' }]);
    expect(await students()).toEqual(before);
    const missingColumn = await preview('STUDENTS', 'CSV', Buffer.from('学号,姓名\r\n1,张三\r\n'));
    expect(
      missingColumn.preview.rowErrors.map((e: { column: string; code: string }) => `${e.column}:${e.code}`),
    ).toEqual(['性别:MISSING_COLUMN', '年级:MISSING_COLUMN', '班级:MISSING_COLUMN']);
    const garbage = await preview('STUDENTS', 'XLSX', Buffer.from('not a workbook'));
    expect(garbage.userErrors).toEqual([{ field: 'fileBase64', code: 'UNREADABLE_FILE', message: expect.any(String) }]);
  });

  it('refuses a student file with a 关注类别 column, naming the column and why, and writes nothing', async () => {
    const file = (
      await exportTable(
        {
          name: 'x',
          headers: ['学号', '姓名', '性别', '年级', '班级', '关注类别'],
          rows: [['20260004', '刘梓萱', '男', '七年级', '1班', '留守儿童']],
        },
        'XLSX',
      )
    ).content;
    const previews = () => p.school.query('SELECT count(*)::int n FROM roster_import WHERE school_id = $1', [schoolId]);
    const before = await previews();
    const r = await gql(admin, PREVIEW, {
      i: { kind: 'STUDENTS', format: 'XLSX', fileBase64: file.toString('base64') },
    });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileBase64', column: '关注类别' });
    expect(r.errors![0].message).toContain('setAttentionCategories');
    expect(await previews()).toEqual(before);
    expect(await p.school.query('SELECT count(*)::int n FROM attention_flag WHERE school_id = $1', [schoolId])).toEqual(
      [{ n: 0 }],
    );
  });

  it('export → import round trip: every roster list re-imports with no change', async () => {
    for (const kind of ['TEACHERS', 'CLASSROOMS', 'STUDENTS', 'TEACHING_ASSIGNMENTS']) {
      for (const format of ['XLSX', 'CSV'] as const) {
        const back = await preview(kind, format, await exported(kind, format));
        expect([kind, format, back.preview.created, back.preview.updated, back.preview.rowErrors]).toEqual([
          kind,
          format,
          0,
          0,
          [],
        ]);
        expect(back.preview.unchanged).toBeGreaterThan(0);
      }
    }
    const mentorships = await readXlsx(await exported('MENTORSHIPS', 'XLSX'));
    expect(mentorships[0]).toEqual([
      '学号',
      '学生姓名',
      '年级',
      '班级',
      '导师工号',
      '导师姓名',
      '角色',
      '学年',
      '开始日期',
    ]);
    const duties = await readXlsx(await exported('DUTY_COMPLETION', 'XLSX'));
    expect(duties).toHaveLength(41);
    expect(duties[1].slice(5)).toEqual(['未完成', '未完成', '未完成']);
  });

  it(
    'a changed row updates; a full roster reports who is ' + 'missing and marks them left only on confirmation',
    async () => {
      const rows = (await students())
        .filter((s: { student_number: string }) => !['20260039', '20260040'].includes(s.student_number))
        .map((s: { student_number: string; name: string; gender: string; classroom: string }) => [
          s.student_number,
          s.student_number === '20260001' ? '王子涵' : s.name,
          s.gender === 'MALE' ? '男' : '女',
          '七年级',
          s.student_number === '20260001' ? '2班' : s.classroom,
        ]);
      const file = (await exportTable({ name: 'x', headers: ['学号', '姓名', '性别', '年级', '班级'], rows }, 'XLSX'))
        .content;
      const first = await preview('STUDENTS', 'XLSX', file, { fullRoster: true });
      expect(first.preview).toMatchObject({
        created: 0,
        updated: 1,
        unchanged: 37,
        missing: [{ studentNumber: '20260039' }, { studentNumber: '20260040' }],
      });
      expect((await confirm(first.preview.id, false)).markedLeft).toBe(0);
      expect((await students()).filter((s: { left_on: string | null }) => s.left_on !== null)).toEqual([]);
      expect(
        (await students()).find((s: { student_number: string }) => s.student_number === '20260001').classroom,
      ).toBe('2班');
      const second = await preview('STUDENTS', 'XLSX', file, { fullRoster: true });
      expect(second.preview).toMatchObject({
        updated: 0,
        missing: [{ studentNumber: '20260039' }, { studentNumber: '20260040' }],
      });
      expect((await confirm(second.preview.id, true)).markedLeft).toBe(2);
      expect(
        (await students())
          .filter((s: { left_on: string | null }) => s.left_on !== null)
          .map((s: { student_number: string }) => s.student_number),
      ).toEqual(['20260039', '20260040']);
    },
  );

  it('a preview is applied as checked, or not at all: the roster changing in between is refused', async () => {
    const stale = await preview('TEACHERS', 'XLSX', fixture('teachers.xlsx'));
    expect(stale.preview).toMatchObject({ created: 0, unchanged: 6 });
    await p.school.query(`UPDATE teacher SET name = '改过的名字' WHERE school_id = $1 AND staff_number = 'T001'`, [
      schoolId,
    ]);
    expect((await confirm(stale.preview.id)).userErrors).toEqual([{ field: 'importId', code: 'ROSTER_CHANGED' }]);
    expect(
      (await p.school.query(`SELECT name FROM teacher WHERE school_id = $1 AND staff_number = 'T001'`, [schoolId]))[0]
        .name,
    ).toBe('改过的名字');
  });

  it('imports only into your own school: the school comes from the token; others are refused', async () => {
    const mine = await preview('TEACHERS', 'XLSX', fixture('teachers.xlsx'));
    // Another school's admin cannot apply (or see) this school's preview…
    expect((await confirm(mine.preview.id, false, p.token('school-admin-2'))).userErrors).toEqual([
      { field: 'importId', code: 'NOT_FOUND' },
    ]);
    // …and their own import of the same file lands in their own school, never in this one.
    const theirs = await preview('TEACHERS', 'XLSX', fixture('teachers.xlsx'), {}, p.token('school-admin-2'));
    await confirm(theirs.preview.id, false, p.token('school-admin-2'));
    expect(
      (
        await p.school.query(`SELECT count(*)::int n FROM teacher WHERE school_id = $1 AND staff_number LIKE 'T00%'`, [
          p.demo.schools[1].id,
        ])
      )[0].n,
    ).toBe(6);
    expect((await p.school.query(`SELECT count(*)::int n FROM teacher WHERE school_id = $1`, [schoolId]))[0].n).toBe(6);
    const input = await ok(admin, '{ __type(name: "PreviewRosterImportInput") { inputFields { name } } }');
    expect(input.__type.inputFields.map((f: { name: string }) => f.name)).not.toContain('schoolId');
    for (const login of ['mentor-1', 'grade-lead', 'district-admin', 'student']) {
      expect(
        errorCodes(
          await gql(p.token(login), PREVIEW, {
            i: { kind: 'TEACHERS', format: 'XLSX', fileBase64: fixture('teachers.xlsx').toString('base64') },
          }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(p.token(login), '{ rosterExport(kind: STUDENTS, format: CSV) { base64 } }'))).toEqual(
        ['FORBIDDEN'],
      );
    }
  });
});
