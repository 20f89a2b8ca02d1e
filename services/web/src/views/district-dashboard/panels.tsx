import type { DistrictDashboardQuery, DistrictTrendsQuery } from '@mentorship/client';

import { TrendChart } from '../../components/TrendChart';
import {
  FLAG_LABELS,
  formatBand,
  formatDecimal,
  formatInteger,
  formatPercent,
  share,
  STAGE_LABELS,
} from '../../format';
import { evaluationText, type SchoolRow } from './columns';

type Dashboard = DistrictDashboardQuery['districtDashboard'];
type Policy = DistrictDashboardQuery['district']['policy'];

/** The district's totals, one card each; `flagged` is how many schools are below a threshold. */
export function SummaryCards({ totals, flagged }: { totals: Dashboard['totals']; flagged: number }) {
  const evaluated = totals.evaluation.excellent + totals.evaluation.qualified + totals.evaluation.needsImprovement > 0;
  return (
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
          一校一策已报送 {formatInteger(totals.plansFiled)} 所 · 关注学生 {formatBand(totals.attentionStudents)} 人
        </small>
      </div>
    </div>
  );
}

/** 需关注学校: the flagged schools by band of shortfall, then by name, with the policy's thresholds. */
export function AttentionPanel({
  policy,
  attention,
}: {
  policy: Policy;
  attention: { row: SchoolRow; band: { rank: number; label: string } }[];
}) {
  const flagged = attention.length;
  return (
    <div className="panel" data-testid="attention">
      <h3>需关注学校（{formatInteger(flagged)} 所）</h3>
      <p className="note">
        标准由区政策设定：学生覆盖率 ≥ {policy.coverageThresholdPercent}%，培训完成率 ≥ {policy.trainingRatePercent}
        %，“三个一”落后学期进度不超过 {policy.dutiesLagPoints} 个百分点；按与标准的差距分档排列，同档按校名。
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
  );
}

/** The totals per stage, when the district has more than one stage. */
export function StageTable({ byStage }: { byStage: Dashboard['byStage'] }) {
  return (
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
          {byStage.map((s) => (
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
  );
}

/** This term's weekly trend of coverage and duties. */
export function DistrictTrends({ points }: { points: DistrictTrendsQuery['districtTrends'] }) {
  return (
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
  );
}
