import {
  type Client,
  DistrictDashboardDocument,
  type DistrictDashboardQuery,
  DistrictReportExportDocument,
  DistrictTrendsDocument,
  type SchoolStage,
} from '@mentorship/client';
import { useMemo, useState } from 'react';

import { downloadBase64, useQuery } from '../api';
import { type Column, SortableTable } from '../components/SortableTable';
import { Status } from '../components/Status';
import { TrendChart } from '../components/TrendChart';
import {
  FLAG_LABELS,
  formatBand,
  formatDateTime,
  formatDecimal,
  formatInteger,
  formatPercent,
  share,
  STAGE_LABELS,
} from '../format';
import { PolicyPanel } from './district-admin/PolicyPanel';
import { RegistryPanel, TemplatePanel } from './district-admin/RegistryPanel';
import { TrainingPanel } from './district-admin/TrainingPanel';
import { Tabs } from './school-admin/kit';

type SchoolRow = DistrictDashboardQuery['districtDashboard']['schools'][number];
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

/**
 * 区教育局: every school's figures from the snapshots the schools send (never student rows),
 * sortable and filterable by stage; the API's flags name why a school is below threshold.
 */
export function DistrictView({ client }: { client: Client }) {
  return (
    <Tabs
      tabs={[
        { key: 'dashboard', label: '全区看板', render: () => <DistrictDashboardView client={client} /> },
        { key: 'policy', label: '区政策', render: () => <PolicyPanel client={client} /> },
        { key: 'training', label: '培训', render: () => <TrainingPanel client={client} /> },
        { key: 'template', label: '考核模板', render: () => <TemplatePanel client={client} /> },
        { key: 'registry', label: '学校名录与一校一策', render: () => <RegistryPanel client={client} /> },
      ]}
    />
  );
}

/** How far below the district's thresholds, as a band of percentage points (schools, not people, are ordered). */
export function shortfallBand(points: number): { rank: number; label: string } {
  if (points <= 0) return { rank: 0, label: '其他提示' };
  if (points < 5) return { rank: 1, label: '低于标准 5 个百分点以内' };
  if (points < 10) return { rank: 2, label: '低于标准 5–10 个百分点' };
  return { rank: 3, label: '低于标准 10 个百分点以上' };
}

function DistrictDashboardView({ client }: { client: Client }) {
  const [stage, setStage] = useState<SchoolStage | ''>('');
  const [exporting, setExporting] = useState<string | null>(null);
  const state = useQuery(client, DistrictDashboardDocument, { stage: stage || null });
  const trends = useQuery(client, DistrictTrendsDocument, { stage: stage || null });
  const data = state.status === 'done' ? state.data : null;
  const cap = data?.district.policy.mentorStudentCap ?? 15;

  const columns = useMemo<Column<SchoolRow>[]>(
    () => [
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
    ],
    [cap],
  );

  async function exportReport() {
    setExporting('正在生成…');
    try {
      const { districtReportExport } = await client.request(DistrictReportExportDocument, {
        stage: stage || null,
        format: 'XLSX',
      });
      downloadBase64(districtReportExport);
      setExporting(null);
    } catch {
      setExporting('导出失败，请稍后重试。');
    }
  }

  const dashboard = data?.districtDashboard;
  const totals = dashboard?.totals;
  const points = trends.status === 'done' ? trends.data.districtTrends : [];
  const evaluated = totals
    ? totals.evaluation.excellent + totals.evaluation.qualified + totals.evaluation.needsImprovement > 0
    : false;
  const attention = (dashboard?.schools.filter((r) => r.flags.length > 0) ?? [])
    .map((r) => ({ row: r, band: shortfallBand(r.shortfallPoints) }))
    .sort((a, b) => b.band.rank - a.band.rank || a.row.school.name.localeCompare(b.row.school.name, 'zh-CN'));
  const flagged = attention.length;
  const policy = data?.district.policy;

  return (
    <section>
      <header className="view-header">
        <h1>{data?.district.name ?? '全区'} · 全员导师制看板</h1>
        {dashboard && (
          <p className="term" data-testid="term">
            {dashboard.term ? `${dashboard.term} 学期` : '当前不在学期内'} · 学期已过{' '}
            {formatPercent(dashboard.termElapsed)}
          </p>
        )}
      </header>
      <div className="toolbar">
        <label>
          学段
          <select
            value={stage}
            onChange={(e) => setStage(e.target.value as SchoolStage | '')}
            data-testid="stage-filter"
          >
            <option value="">全部学段</option>
            {Object.entries(STAGE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => void exportReport()}
          data-testid="export"
          disabled={exporting === '正在生成…'}
        >
          导出 Excel
        </button>
        {exporting && <span className="status">{exporting}</span>}
      </div>
      <Status state={state} />
      {dashboard && totals && (
        <>
          <div className="cards" data-testid="summary">
            <div className="card">
              <span>上报学校</span>
              <strong data-figure="schools">
                {formatInteger(totals.schoolsReporting)} / {formatInteger(totals.schools)}
              </strong>
            </div>
            <div className="card">
              <span>学生覆盖率</span>
              <strong data-figure="coverage">{formatPercent(totals.coverage)}</strong>
              <small>
                {formatInteger(totals.studentsWithLeadMentor)} / {formatInteger(totals.students)} 名学生有主导师
              </small>
            </div>
            <div className="card">
              <span>每名导师带教学生（均）</span>
              <strong data-figure="ratio">{formatDecimal(totals.menteesPerMentor)}</strong>
              <small>
                {formatInteger(totals.teachersMentoring)} 名导师 · 超上限 {formatInteger(totals.mentorsAboveCap)} 人
              </small>
            </div>
            <div className="card">
              <span>培训完成率</span>
              <strong data-figure="training">{formatPercent(totals.trainingRate ?? null)}</strong>
              <small>
                {totals.mentorsTrained === null
                  ? '学校尚未上报导师名单'
                  : `${formatInteger(totals.mentorsTrained)} 名导师完成全部必修培训`}
              </small>
            </div>
            <div className="card">
              <span>“三个一”完成率</span>
              <strong data-figure="allDuties">{formatPercent(share(totals.allDutiesDone, totals.students))}</strong>
              <small>
                家访 {formatPercent(share(totals.homeVisitDone, totals.students))} · 谈心{' '}
                {formatPercent(share(totals.talkDone, totals.students))} · 寄语{' '}
                {formatPercent(share(totals.writtenFeedbackDone, totals.students))}
              </small>
            </div>
            <div className="card">
              <span>考核结果（优秀）</span>
              <strong data-figure="evaluation">{evaluated ? formatInteger(totals.evaluation.excellent) : '—'}</strong>
              <small>{evaluated ? evaluationText(totals.evaluation) : '尚无学校公布考核结果'}</small>
            </div>
            <div className={`card ${flagged ? 'warn' : ''}`}>
              <span>需关注学校</span>
              <strong data-figure="flagged">{formatInteger(flagged)}</strong>
              <small>
                一校一策已报送 {formatInteger(totals.plansFiled)} 所 · 关注学生 {formatBand(totals.attentionStudents)}{' '}
                人
              </small>
            </div>
          </div>
          {policy && (
            <div className="panel" data-testid="attention">
              <h3>需关注学校（{formatInteger(flagged)} 所）</h3>
              <p className="note">
                标准由区政策设定：学生覆盖率 ≥ {policy.coverageThresholdPercent}%，培训完成率 ≥{' '}
                {policy.trainingRatePercent}%，“三个一”落后学期进度不超过 {policy.dutiesLagPoints}{' '}
                个百分点；按与标准的差距分档排列，同档按校名。
              </p>
              {flagged === 0 ? (
                <p className="status empty">没有学校低于标准。</p>
              ) : (
                <ol className="attention">
                  {attention.map(({ row, band }) => (
                    <li key={row.school.id} data-school={row.school.id} data-band={band.rank}>
                      <span className="band">{band.label}</span>
                      <a href={`#/school/${row.school.id}`}>{row.school.name}</a>：
                      {row.flags.map((f) => FLAG_LABELS[f]).join('、')}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          )}
          <div className="scroll fit" tabIndex={0} role="region" aria-label="各校数据表">
            <SortableTable
              testId="schools"
              rows={dashboard.schools}
              columns={columns}
              rowKey={(r) => r.school.id}
              rowClass={(r) => (r.flags.length ? 'below-threshold' : undefined)}
              initialSort={{ key: 'coverage' }}
            />
          </div>
          <p className="note">
            数据来自各校定期上报的汇总快照（不含学生个人信息），5人以下的敏感人数不显示。标红的学校有提示项：
            {Object.values(FLAG_LABELS).join('、')}。点击学校名称查看各年级。
            {dashboard.schools.some((r) => r.figures) &&
              ` 最近快照：${formatDateTime(
                dashboard.schools
                  .map((r) => r.figures?.takenAt ?? '')
                  .sort()
                  .at(-1)!,
              )}。`}
          </p>
          {dashboard.byStage.length > 1 && (
            <div className="scroll-x" tabIndex={0} role="region" aria-label="表格（可左右滚动）">
              <table className="data compact" data-testid="by-stage">
                <thead>
                  <tr>
                    <th>学段</th>
                    <th className="num">学校</th>
                    <th className="num">学生</th>
                    <th className="num">学生覆盖率</th>
                    <th className="num">每名导师带教学生（均）</th>
                    <th className="num">“三个一”完成率</th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.byStage.map((s) => (
                    <tr key={s.stage} data-stage={s.stage}>
                      <td>{STAGE_LABELS[s.stage]}</td>
                      <td className="num">{formatInteger(s.figures.schools)}</td>
                      <td className="num">{formatInteger(s.figures.students)}</td>
                      <td className="num">{formatPercent(s.figures.coverage)}</td>
                      <td className="num">{formatDecimal(s.figures.menteesPerMentor)}</td>
                      <td className="num">{formatPercent(share(s.figures.allDutiesDone, s.figures.students))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Status state={trends} />
          {trends.status === 'done' && (
            <TrendChart
              title="本学期趋势（按周）：学生覆盖率、“三个一”完成率、谈心谈话完成率"
              format={(v) => formatPercent(v)}
              max={1}
              series={[
                {
                  label: '学生覆盖率',
                  color: '#c0392b',
                  points: points.map((p) => ({ on: p.week, value: p.figures.coverage })),
                },
                {
                  label: '“三个一”完成率',
                  color: '#2c6fbb',
                  points: points.map((p) => ({
                    on: p.week,
                    value: share(p.figures.allDutiesDone, p.figures.students) ?? 0,
                  })),
                },
                {
                  label: '谈心谈话完成率',
                  color: '#27ae60',
                  points: points.map((p) => ({
                    on: p.week,
                    value: share(p.figures.talkDone, p.figures.students) ?? 0,
                  })),
                },
              ]}
              note={
                points.length === 0
                  ? '本学期尚无数据快照。'
                  : points.length === 1
                    ? '本学期目前只有一周的数据快照，只能显示一个点；各校每周上报后，这里显示逐周变化。'
                    : `共 ${formatInteger(points.length)} 周的数据快照，每周取最近一次上报。`
              }
            />
          )}
        </>
      )}
    </section>
  );
}
