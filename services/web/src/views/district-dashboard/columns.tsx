import type { DistrictDashboardQuery } from '@mentorship/client';

import type { Column } from '../../components/SortableTable';
import { FLAG_LABELS, formatDecimal, formatInteger, formatPercent, share, STAGE_LABELS } from '../../format';

export type SchoolRow = DistrictDashboardQuery['districtDashboard']['schools'][number];
type Figures = NonNullable<SchoolRow['figures']>;

const NA = <span className="na">—</span>;

/** A column over a school's snapshot figures: “—” until its first snapshot has arrived. */
function figureColumn(
  key: string,
  header: string,
  value: (f: Figures) => number | null,
  render: (f: Figures) => string,
  note?: string,
): Column<SchoolRow> {
  return {
    key,
    header,
    numeric: true,
    note,
    sortValue: (r) => (r.figures ? value(r.figures) : null),
    render: (r) => (r.figures ? render(r.figures) : NA),
  };
}

/** A share of a school's students (三个一 completion), as a percentage. */
const rateColumn = (key: string, header: string, done: (f: Figures) => number, note: string) =>
  figureColumn(
    key,
    header,
    (f) => share(done(f), f.students),
    (f) => formatPercent(share(done(f), f.students)),
    note,
  );

export const evaluationText = (e: { excellent: number; qualified: number; needsImprovement: number }) =>
  `优秀 ${formatInteger(e.excellent)} · 合格 ${formatInteger(e.qualified)} · 待改进 ${formatInteger(e.needsImprovement)}`;

/** How far below the district's thresholds, as a band of percentage points (schools, not people, are ordered). */
export function shortfallBand(points: number): { rank: number; label: string } {
  if (points <= 0) return { rank: 0, label: '其他提示' };
  if (points < 5) return { rank: 1, label: '低于标准 5 个百分点以内' };
  if (points < 10) return { rank: 2, label: '低于标准 5–10 个百分点' };
  return { rank: 3, label: '低于标准 10 个百分点以上' };
}

/** The columns of the schools' table; `cap` is the district's mentor–student cap, named in two notes. */
export function schoolColumns(cap: number): Column<SchoolRow>[] {
  return [
    {
      key: 'name',
      header: '学校',
      sortValue: (r) => r.school.name,
      render: (r) => <a href={`#/school/${r.school.id}`}>{r.school.name}</a>,
    },
    {
      key: 'stage',
      header: '学段',
      sortValue: (r) => STAGE_LABELS[r.school.stage],
      render: (r) => STAGE_LABELS[r.school.stage],
    },
    {
      key: 'flags',
      header: '提示',
      sortValue: (r) => r.flags.length,
      render: (r) =>
        r.flags.map((f) => (
          <span key={f} className="flag" data-flag={f}>
            {FLAG_LABELS[f]}
          </span>
        )),
    },
    figureColumn(
      'students',
      '学生',
      (f) => f.students,
      (f) => formatInteger(f.students),
    ),
    figureColumn(
      'studentsWithLeadMentor',
      '有导师',
      (f) => f.studentsWithLeadMentor,
      (f) => formatInteger(f.studentsWithLeadMentor),
    ),
    figureColumn(
      'coverage',
      '学生覆盖率',
      (f) => f.coverage,
      (f) => formatPercent(f.coverage),
      '有主导师的在籍学生 ÷ 在籍学生',
    ),
    figureColumn(
      'teachersMentoring',
      '导师',
      (f) => f.teachersMentoring,
      (f) => formatInteger(f.teachersMentoring),
    ),
    figureColumn(
      'ratio',
      '每名导师带教学生（均）',
      (f) => f.menteesPerMentor,
      (f) => formatDecimal(f.menteesPerMentor),
      '有主导师的学生 ÷ 担任导师的教师',
    ),
    figureColumn(
      'maxMentees',
      '最多带教',
      (f) => f.maxMenteesPerMentor,
      (f) => formatInteger(f.maxMenteesPerMentor),
      `一名导师最多带教的学生数（区定上限${cap}人）`,
    ),
    figureColumn(
      'mentorsAboveCap',
      '超上限导师',
      (f) => f.mentorsAboveCap,
      (f) => formatInteger(f.mentorsAboveCap),
      `带教超过${cap}人的导师数，应为0`,
    ),
    rateColumn('homeVisit', '家访', (f) => f.homeVisitDone, '本学期已家访的学生 ÷ 在籍学生'),
    rateColumn('talk', '谈心谈话', (f) => f.talkDone, '本学期已谈心谈话的学生 ÷ 在籍学生'),
    rateColumn('writtenFeedback', '成长寄语', (f) => f.writtenFeedbackDone, '本学期已发布成长寄语的学生 ÷ 在籍学生'),
    rateColumn('allDuties', '“三个一”完成率', (f) => f.allDutiesDone, '本学期“三个一”全部完成的学生 ÷ 在籍学生'),
    {
      key: 'training',
      header: '培训完成率',
      numeric: true,
      note: '完成全部必修培训的导师 ÷ 导师（按学校最近一次上报的导师名单）',
      sortValue: (r) => r.trainingRate,
      render: (r) =>
        r.trainingRate === null ? (
          <span className="na" title="学校尚未上报导师名单">
            —
          </span>
        ) : (
          <span title={`${r.mentorsTrained} / ${r.figures?.teachersMentoring ?? 0} 名导师`}>
            {formatPercent(r.trainingRate)}
          </span>
        ),
    },
    {
      key: 'evaluation',
      header: '考核结果',
      note: '最近一次公布的导师考核：优秀 / 合格 / 待改进人数',
      sortValue: (r) => r.figures?.evaluation?.excellent ?? null,
      render: (r) =>
        r.figures?.evaluation ? (
          evaluationText(r.figures.evaluation)
        ) : (
          <span className="na" title="尚未公布考核结果">
            —
          </span>
        ),
    },
    {
      key: 'plan',
      header: '一校一策',
      sortValue: (r) => (r.planFiled ? 1 : 0),
      render: (r) => (r.planFiled ? '已报送' : '未报送'),
    },
  ];
}
