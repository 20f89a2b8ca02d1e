import { type Cell, exportTable, toPdf } from '@mentorship/spreadsheet';

import { termLabel } from '../term-close/term-report';
import type { GrowthTermRecord } from './growth.service';

const LEVEL: Record<string, string> = { EXCELLENT: '优秀', QUALIFIED: '合格', NEEDS_IMPROVEMENT: '待改进' };
const STATUS: Record<string, string> = {
  NOT_SUITABLE: '暂不适合',
  TRAINEE: '试用期',
  CERTIFIED: '聘任',
  SUSPENDED: '暂停',
};

export const GROWTH_HEADERS = [
  '学期',
  '受导学生',
  '其中主导师',
  '家访',
  '谈心谈话',
  '成长寄语',
  '每轮活动',
  '家长联系',
  '个案分析',
  '自选动作',
  '工作记录合计',
  '培训课程',
  '培训学时',
  '聘任变化',
  '考核得分',
  '考核等级',
  '表彰',
];

/** One row per term, the same in the .xlsx and the PDF (tests compare both with the API). */
export function growthRows(terms: GrowthTermRecord[]): Cell[][] {
  return terms.map((t) => [
    termLabel(t.term),
    t.mentees,
    t.leadMentees,
    t.duties.HOME_VISIT,
    t.duties.TALK,
    t.duties.WRITTEN_FEEDBACK,
    t.duties.GROUP_ACTIVITY,
    t.duties.PARENT_CONTACT,
    t.duties.CASE_ANALYSIS ?? null,
    t.duties.OPTIONAL_ACTION,
    t.dutiesTotal,
    t.trainingCourses,
    t.trainingHours,
    t.statusChanges.map((c) => `${STATUS[c.from] ?? c.from}→${STATUS[c.to] ?? c.to}`).join('；') || null,
    t.evaluation?.total ?? null,
    t.evaluation ? LEVEL[t.evaluation.level] : null,
    t.recognitionRanks.length ? '优秀导师' : null,
  ]);
}

/** For 职称 applications: .xlsx, or a landscape PDF of the same table. */
export async function growthExport(
  teacher: { name: string; staffNumber: string },
  terms: GrowthTermRecord[],
  format: 'PDF' | 'XLSX',
) {
  const name = `导师成长轨迹-${teacher.name}-${teacher.staffNumber}`;
  if (format === 'XLSX') return exportTable({ name, headers: GROWTH_HEADERS, rows: growthRows(terms) }, 'XLSX');
  const content = await toPdf(
    { title: name },
    [
      { kind: 'title', text: `${teacher.name}（工号 ${teacher.staffNumber}）导师成长轨迹` },
      { kind: 'table', headers: GROWTH_HEADERS.slice(0, 11), rows: growthRows(terms).map((r) => r.slice(0, 11)) },
      {
        kind: 'table',
        headers: [GROWTH_HEADERS[0], ...GROWTH_HEADERS.slice(11)],
        rows: growthRows(terms).map((r) => [r[0], ...r.slice(11)]),
      },
      {
        kind: 'bars',
        bars: terms.map((t) => ({
          label: termLabel(t.term),
          value: t.dutiesTotal,
          max: Math.max(1, ...terms.map((x) => x.dutiesTotal)),
          text: `${t.dutiesTotal} 条记录`,
        })),
      },
    ],
    'landscape',
  );
  return { filename: `${name}.pdf`, contentType: 'application/pdf', content };
}
