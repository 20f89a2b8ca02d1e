import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Role } from '@mentorship/auth';
import { exportTable, readXlsx } from '@mentorship/spreadsheet';
import { errorCodes } from '@mentorship/testing';
import iconv from 'iconv-lite';

import { gatewayCalls, startTestPlatform, type TestPlatform } from '../support/platform';

describe('roster templates, the district school registry import and the import command line', () => {
  let p: TestPlatform;
  let admin: string;
  const { gql, ok } = gatewayCalls(() => p);

  beforeAll(async () => {
    p = await startTestPlatform();
    // A school newly registered with the district: nothing of it in the school service yet.
    const schoolId = randomUUID();
    admin = p.tokenFor({ personId: randomUUID(), role: Role.SCHOOL_ADMIN, districtId: p.demo.district.id, schoolId });
  });
  afterAll(() => p?.stop());

  it('offers templates with the Chinese headers', async () => {
    const t = await ok(admin, '{ rosterTemplate(kind: STUDENTS, format: XLSX) { filename base64 } }');
    expect(t.rosterTemplate.filename).toBe('学生名单模板.xlsx');
    // No 关注类别: attention categories are the mentors' judgement, not roster data.
    expect(await readXlsx(Buffer.from(t.rosterTemplate.base64, 'base64'))).toEqual([
      ['学号', '姓名', '性别', '年级', '班级'],
    ]);
  });

  it(
    'district admins import the school registry: dry run, errors by row, all or none, and it re-imports ' +
      'from its export',
    async () => {
      const district = p.token('district-admin');
      const IMPORT =
        'mutation($i: ImportSchoolRegistryInput!) { importSchoolRegistry(input: $i) { created updated ' +
        'unchanged applied rowErrors { row column code } userErrors { code } } }';
      const [first] = await p.district.query(
        'SELECT code, name FROM school WHERE district_id = $1 ORDER BY code LIMIT 1',
        [p.demo.district.id],
      );
      const csv = (rows: string[][]) =>
        iconv
          .encode([['学校代码', '学校名称', '学段'], ...rows].map((r) => r.join(',')).join('\r\n'), 'gbk')
          .toString('base64');
      const bad = csv([
        [first.code, `${first.name}（更名）`, '初中'],
        ['NEW-001', '滨江区实验小学', '小学'],
        ['NEW-002', '某校', '大学'],
      ]);
      const dry = (await ok(district, IMPORT, { i: { format: 'CSV', fileBase64: bad } })).importSchoolRegistry;
      expect(dry).toMatchObject({
        created: 1,
        updated: 1,
        applied: false,
        rowErrors: [{ row: 4, column: '学段', code: 'BAD_STAGE' }],
      });
      expect(
        (await ok(district, IMPORT, { i: { format: 'CSV', fileBase64: bad, confirm: true } })).importSchoolRegistry
          .userErrors,
      ).toEqual([{ code: 'HAS_ERRORS' }]);
      expect((await p.district.query(`SELECT count(*)::int n FROM school WHERE code = 'NEW-001'`))[0].n).toBe(0);
      const good = csv([
        [
          first.code,
          first.name,
          (await p.district.query('SELECT stage FROM school WHERE code = $1', [first.code]))[0].stage,
        ],
        ['NEW-001', '滨江区实验小学', '小学'],
      ]);
      expect(
        (await ok(district, IMPORT, { i: { format: 'CSV', fileBase64: good, confirm: true } })).importSchoolRegistry,
      ).toMatchObject({ created: 1, unchanged: 1, applied: true });
      expect((await p.district.query(`SELECT name, stage FROM school WHERE code = 'NEW-001'`))[0]).toEqual({
        name: '滨江区实验小学',
        stage: 'PRIMARY',
      });
      const exported = (await ok(district, '{ schoolRegistryExport(format: XLSX) { base64 } }')).schoolRegistryExport
        .base64;
      expect(
        (await ok(district, IMPORT, { i: { format: 'XLSX', fileBase64: exported } })).importSchoolRegistry,
      ).toMatchObject({ created: 0, updated: 0, rowErrors: [] });
      expect(errorCodes(await gql(admin, IMPORT, { i: { format: 'CSV', fileBase64: good, confirm: true } }))).toEqual([
        'FORBIDDEN',
      ]);
    },
  );

  it('the command line imports files for schools named by code, with progress and row errors', () => {
    const root = path.join(__dirname, '../..');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'packages/devstack/dist/bin/import.js'), ...args], {
        env: {
          ...process.env,
          SCHOOL_DATABASE_URL: p.databaseUrls.school,
          DISTRICT_DATABASE_URL: p.databaseUrls.district,
          DATABASE_URL: '',
        },
        encoding: 'utf8',
        cwd: root,
      });
    const dry = run('teachers', path.join(__dirname, '../fixtures/roster/teachers.xlsx'), '--school', 'NEW-001');
    expect(dry.stderr + dry.stdout).toContain('[import]');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(
      /\[import\] 1\/1 NEW-001 滨江区实验小学 teachers\.xlsx: 6 to create, 0 to update, 0 unchanged — dry run/,
    );
    const applied = run(
      'teachers',
      path.join(__dirname, '../fixtures/roster/teachers.xlsx'),
      '--school',
      'NEW-001',
      '--confirm',
    );
    expect(applied.stdout).toMatch(/applied/);
    return p.district.query(`SELECT id FROM school WHERE code = 'NEW-001'`).then(async ([s]: { id: string }[]) => {
      expect((await p.school.query('SELECT count(*)::int n FROM teacher WHERE school_id = $1', [s.id]))[0].n).toBe(6);
      const bad = run(
        'students',
        path.join(__dirname, '../fixtures/roster/students-bad-gbk.csv'),
        '--school',
        'NEW-001',
        '--confirm',
      );
      expect(bad.status).toBe(2);
      expect(bad.stdout).toContain('row 3, 性别');
      expect(run('students', 'x.csv', '--school', 'NOPE').status).toBe(1);
      // A file with 关注类别 is refused on its own, saying why, like a file with row errors.
      const withCategories = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-')), 'students.csv');
      fs.writeFileSync(
        withCategories,
        (
          await exportTable(
            {
              name: 'x',
              headers: ['学号', '姓名', '性别', '年级', '班级', '关注类别'],
              rows: [['20269999', '赵一', '男', '七年级', '1班', '留守儿童']],
            },
            'CSV',
          )
        ).content,
      );
      const refused = run('students', withCategories, '--school', 'NEW-001', '--confirm');
      expect(refused.status).toBe(2);
      expect(refused.stdout).toMatch(/students\.csv: refused — the file has a column “关注类别”/);
    });
  });
});
