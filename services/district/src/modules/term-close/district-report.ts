import { type Band, sumBands } from '@mentorship/graphql';
import { type Cell, exportTable, type PdfBlock, toPdf } from '@mentorship/spreadsheet';

import type { ClosedSchoolFigures } from './closed-figures';

const termLabel = (term: string) => {
  const [from, to, n] = term.split('-');
  return `${from}-${to}学年第${n === '1' ? '一' : '二'}学期`;
};
const bandText = (b: Band) => `${b.atLeast}–${b.atMost}`;
const percent = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');

export const DISTRICT_HEADERS = [
  '学校',
  '在册学生',
  '导师覆盖率',
  '“三个一”全部完成',
  '完成必修培训的教师',
  '考核优秀',
  '考核合格',
  '考核待改进',
  '关注学生（区间）',
  '本学期危机上报（区间）',
];

/** One row per closed school and a district total: exact counts summed, bands summed as bands (never sharper). */
export function districtRows(schools: ClosedSchoolFigures[]): Cell[][] {
  const row = (
    name: string,
    f: Pick<
      ClosedSchoolFigures,
      | 'students'
      | 'studentsWithLeadMentor'
      | 'allDutiesDone'
      | 'training'
      | 'evaluation'
      | 'attentionStudents'
      | 'crisisRaisedInTerm'
    >,
  ): Cell[] => [
    name,
    f.students,
    percent(f.studentsWithLeadMentor, f.students),
    f.allDutiesDone,
    `${f.training.requiredComplete}/${f.training.teachers}`,
    f.evaluation?.excellent ?? null,
    f.evaluation?.qualified ?? null,
    f.evaluation?.needsImprovement ?? null,
    bandText(f.attentionStudents),
    bandText(f.crisisRaisedInTerm),
  ];
  const sum = (pick: (f: ClosedSchoolFigures) => number) => schools.reduce((s, f) => s + pick(f), 0);
  const evaluated = schools.filter((f) => f.evaluation);
  const total = row('全区合计', {
    students: sum((f) => f.students),
    studentsWithLeadMentor: sum((f) => f.studentsWithLeadMentor),
    allDutiesDone: sum((f) => f.allDutiesDone),
    training: {
      teachers: sum((f) => f.training.teachers),
      requiredComplete: sum((f) => f.training.requiredComplete),
      hours: 0,
    },
    evaluation: evaluated.length
      ? {
          excellent: evaluated.reduce((s, f) => s + f.evaluation!.excellent, 0),
          qualified: evaluated.reduce((s, f) => s + f.evaluation!.qualified, 0),
          needsImprovement: evaluated.reduce((s, f) => s + f.evaluation!.needsImprovement, 0),
        }
      : null,
    attentionStudents: sumBands(schools.map((f) => f.attentionStudents)),
    crisisRaisedInTerm: sumBands(schools.map((f) => f.crisisRaisedInTerm)),
  });
  return [...schools.map((f) => row(f.schoolName, f)), total];
}

export async function districtReport(
  districtName: string,
  term: string,
  schools: ClosedSchoolFigures[],
  missing: string[],
  format: 'PDF' | 'XLSX',
) {
  const name = `区学期报告-${districtName}-${term}`;
  const rows = districtRows(schools);
  if (format === 'XLSX') return exportTable({ name, headers: DISTRICT_HEADERS, rows }, 'XLSX');
  const blocks: PdfBlock[] = [
    { kind: 'title', text: `${districtName} ${termLabel(term)} 全员导师制工作报告` },
    {
      kind: 'paragraph',
      text:
        `已关闭学期的学校：${schools.length} ` +
        `所${missing.length ? `；未关闭：${missing.join('、')}` : ''}。各校数据为学期关闭时冻结的学校级数据，敏感人数只以区间报送。`,
    },
    { kind: 'heading', text: '一、各校概况' },
    { kind: 'table', headers: DISTRICT_HEADERS.slice(0, 5), rows: rows.map((r) => r.slice(0, 5)) },
    { kind: 'heading', text: '二、导师覆盖率' },
    {
      kind: 'bars',
      bars: schools.map((f) => ({
        label: f.schoolName,
        value: f.studentsWithLeadMentor,
        max: f.students,
        text: percent(f.studentsWithLeadMentor, f.students),
      })),
    },
    { kind: 'heading', text: '三、“三个一”全部完成' },
    {
      kind: 'bars',
      bars: schools.map((f) => ({
        label: f.schoolName,
        value: f.allDutiesDone,
        max: f.students,
        text: `${f.allDutiesDone}/${f.students}`,
      })),
    },
    { kind: 'heading', text: '四、考核与关注（区间）' },
    {
      kind: 'table',
      headers: [DISTRICT_HEADERS[0], ...DISTRICT_HEADERS.slice(5)],
      rows: rows.map((r) => [r[0], ...r.slice(5)]),
    },
  ];
  return {
    filename: `${name}.pdf`,
    contentType: 'application/pdf',
    content: await toPdf({ title: name }, blocks, 'landscape'),
  };
}
