import type { Table } from '@mentorship/spreadsheet';

import type { DistrictDashboard, SchoolFlag } from './dashboard.types';

const STAGE: Record<string, string> = {
  PRIMARY: '小学',
  JUNIOR_SECONDARY: '初中',
  SENIOR_SECONDARY: '高中',
  VOCATIONAL: '职业学校',
};
const FLAG: Record<SchoolFlag, string> = {
  COVERAGE_BELOW_THRESHOLD: '覆盖率低于区定标准',
  MENTOR_ABOVE_CAP: '导师带教超上限',
  DUTIES_LAGGING: '“三个一”进度滞后',
  CRISIS_OVERDUE: '危机预警超时未处理',
  PLAN_NOT_FILED: '未报送“一校一策”',
  TRAINING_BELOW_RATE: '导师培训完成率偏低',
  NO_FIGURES: '尚未上报数据',
};
// One decimal always (94.0% beside 93.9%), as the web dashboard shows it.
const pct = (n: number) => `${(Math.round(n * 1000) / 10).toFixed(1)}%`;
const shown = (b: { atLeast: number; atMost: number }) => `${b.atLeast}–${b.atMost}`;

/** The district report (区导师制数据): the dashboard's rows under Chinese headers, sensitive counts as bands. */
export function reportTable(d: DistrictDashboard): Table {
  const rows = d.schools.map(({ school, figures: f, planFiled, flags, trainingRate }) => [
    school.code,
    school.name,
    STAGE[school.stage],
    f?.students ?? null,
    f?.studentsWithLeadMentor ?? null,
    f ? pct(f.coverage) : null,
    f?.teachers ?? null,
    f?.teachersMentoring ?? null,
    f ? (Math.round(f.menteesPerMentor * 10) / 10).toFixed(1) : null,
    f?.maxMenteesPerMentor ?? null,
    f?.mentorsAboveCap ?? null,
    f?.homeVisitDone ?? null,
    f?.talkDone ?? null,
    f?.writtenFeedbackDone ?? null,
    f ? shown(f.attentionStudents) : null,
    f ? shown(f.openCrisisAlerts) : null,
    trainingRate === null ? null : pct(trainingRate),
    f?.evaluation ? `${f.evaluation.excellent}/${f.evaluation.qualified}/${f.evaluation.needsImprovement}` : null,
    planFiled ? '是' : '否',
    flags.map((x) => FLAG[x]).join('；'),
  ]);
  return {
    name: `区导师制数据-${d.term ?? ''}`,
    headers: [
      '学校代码',
      '学校',
      '学段',
      '学生数',
      '有主导师学生数',
      '学生覆盖率',
      '教师数',
      '任导师教师数',
      '每名导师带教学生（均）',
      '最多带教',
      '超上限导师',
      '家访完成',
      '谈心完成',
      '成长寄语完成',
      '关注学生数（区间）',
      '未结危机数（区间）',
      '培训完成率',
      '考核(优秀/合格/待改进)',
      '一校一策备案',
      '需关注原因',
    ],
    rows,
  };
}
