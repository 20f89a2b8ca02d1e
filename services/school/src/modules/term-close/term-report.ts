import type { Band } from '@mentorship/graphql';
import { exportTable, type PdfBlock, toPdf } from '@mentorship/spreadsheet';

import type { TermFigures } from './term-figures';

export const termLabel = (term: string) => {
  const [from, to, n] = term.split('-');
  return `${from}-${to}学年第${n === '1' ? '一' : '二'}学期`;
};
export const bandText = (b: Band) => `${b.atLeast}–${b.atMost}`;
const percent = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');

/** The report's figures as label → value, the same in the PDF and the spreadsheet (tests compare both with the API). */
export function figureRows(f: TermFigures): [string, string | number][] {
  return [
    ['学校', f.schoolName],
    ['学期', termLabel(f.term)],
    ['在册学生', f.students],
    ['有主导师的学生', f.studentsWithLeadMentor],
    ['导师覆盖率', percent(f.studentsWithLeadMentor, f.students)],
    ['教师', f.teachers],
    ['担任导师的教师', f.teachersMentoring],
    ['已聘任导师', f.certifiedMentors],
    ['家访完成（学生数）', f.homeVisitDone],
    ['谈心谈话完成（学生数）', f.talkDone],
    ['成长寄语已发布（学生数）', f.writtenFeedbackDone],
    ['“三个一”全部完成（学生数）', f.allDutiesDone],
    ...f.optionalActions.flatMap((a): [string, number][] => [
      [`自选动作·${a.action}（记录数）`, a.records],
      [`自选动作·${a.action}（学生数）`, a.students],
    ]),
    ['完成必修培训的教师', f.training.requiredComplete],
    ['本学期培训学时', f.training.hours],
    ...(f.evaluation
      ? ([
          ['考核·优秀', f.evaluation.excellent],
          ['考核·合格', f.evaluation.qualified],
          ['考核·待改进', f.evaluation.needsImprovement],
        ] as [string, number][])
      : ([['考核', '未发布']] as [string, string][])),
    ['关注学生（区间）', bandText(f.attentionStudents)],
    ['本学期危机上报（区间）', bandText(f.crisisRaisedInTerm)],
    ['学期末未结危机（区间）', bandText(f.crisisOpenAtClose)],
    ['有超时未接手的危机', f.hasOverdueCrisisAlert ? '是' : '否'],
  ];
}

const fileBase = (f: TermFigures) => `学期报告-${f.schoolName}-${f.term}`;

export async function termReportXlsx(f: TermFigures) {
  return exportTable({ name: fileBase(f), headers: ['指标', '数值'], rows: figureRows(f) }, 'XLSX');
}

/** The PDF the school files with the district: tables and bar charts drawn with vector primitives. */
export async function termReportPdf(f: TermFigures) {
  const rows = figureRows(f);
  const pick = (from: string, to: string) =>
    rows.slice(
      rows.findIndex(([l]) => l === from),
      rows.findIndex(([l]) => l === to) + 1,
    );
  const of = (n: number, total: number, label: string) => ({ label, value: n, max: total, text: `${n}/${total}` });
  const blocks: PdfBlock[] = [
    { kind: 'title', text: `${f.schoolName} ${termLabel(f.term)} 全员导师制工作报告` },
    {
      kind: 'paragraph',
      text: `学期关闭于 ${f.closedAt.slice(0, 10)}，以下数据在关闭时冻结。敏感人数（关注学生、危机）只以区间报送，不细于学校。`,
    },
    { kind: 'heading', text: '一、覆盖情况' },
    { kind: 'table', headers: ['指标', '数值'], rows: pick('在册学生', '已聘任导师') },
    {
      kind: 'bars',
      bars: [of(f.studentsWithLeadMentor, f.students, '导师覆盖'), of(f.teachersMentoring, f.teachers, '教师任导师')],
    },
    { kind: 'heading', text: '二、“三个一”完成情况' },
    { kind: 'table', headers: ['指标', '数值'], rows: pick('家访完成（学生数）', '“三个一”全部完成（学生数）') },
    {
      kind: 'bars',
      bars: [
        of(f.homeVisitDone, f.students, '家访'),
        of(f.talkDone, f.students, '谈心谈话'),
        of(f.writtenFeedbackDone, f.students, '成长寄语'),
        of(f.allDutiesDone, f.students, '全部完成'),
      ],
    },
    { kind: 'heading', text: '三、自选动作' },
    f.optionalActions.length
      ? {
          kind: 'table',
          headers: ['自选动作', '记录数', '学生数'],
          rows: f.optionalActions.map((a) => [a.action, a.records, a.students]),
        }
      : { kind: 'paragraph', text: '本学期无自选动作记录。' },
    ...(f.optionalActions.length
      ? [{ kind: 'bars' as const, bars: f.optionalActions.map((a) => of(a.students, f.students, a.action)) }]
      : []),
    { kind: 'heading', text: '四、培训' },
    {
      kind: 'table',
      headers: ['指标', '数值'],
      rows: [['教师', f.training.teachers], ...pick('完成必修培训的教师', '本学期培训学时')],
    },
    { kind: 'bars', bars: [of(f.training.requiredComplete, f.training.teachers, '必修培训完成')] },
    { kind: 'heading', text: '五、导师考核' },
    f.evaluation
      ? {
          kind: 'bars',
          bars: (['优秀', '合格', '待改进'] as const).map((l, i) => {
            const e = f.evaluation!;
            const n = [e.excellent, e.qualified, e.needsImprovement][i];
            return of(n, e.excellent + e.qualified + e.needsImprovement, `考核·${l}`);
          }),
        }
      : { kind: 'paragraph', text: '本学期考核未发布。' },
    { kind: 'heading', text: '六、关注与危机（区间）' },
    { kind: 'table', headers: ['指标', '数值'], rows: pick('关注学生（区间）', '有超时未接手的危机') },
  ];
  return {
    filename: `${fileBase(f)}.pdf`,
    contentType: 'application/pdf',
    content: await toPdf({ title: fileBase(f) }, blocks),
  };
}
