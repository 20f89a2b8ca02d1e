import {
  type Client,
  DistrictDashboardDocument,
  DistrictReportExportDocument,
  DistrictTrendsDocument,
  type SchoolStage,
} from '@mentorship/client';
import { useMemo, useState } from 'react';

import { downloadBase64, useQuery } from '../api';
import { SortableTable } from '../components/SortableTable';
import { Status } from '../components/Status';
import { FLAG_LABELS, formatDateTime, formatPercent, STAGE_LABELS } from '../format';
import { PolicyPanel } from './district-admin/PolicyPanel';
import { RegistryPanel, TemplatePanel } from './district-admin/RegistryPanel';
import { TrainingPanel } from './district-admin/TrainingPanel';
import { schoolColumns, shortfallBand } from './district-dashboard/columns';
import { AttentionPanel, DistrictTrends, StageTable, SummaryCards } from './district-dashboard/panels';
import { Tabs } from './school-admin/kit';

export { evaluationText, shortfallBand } from './district-dashboard/columns';

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

function DistrictDashboardView({ client }: { client: Client }) {
  const [stage, setStage] = useState<SchoolStage | ''>('');
  const [exporting, setExporting] = useState<string | null>(null);
  const state = useQuery(client, DistrictDashboardDocument, { stage: stage || null });
  const trends = useQuery(client, DistrictTrendsDocument, { stage: stage || null });
  const data = state.status === 'done' ? state.data : null;
  const cap = data?.district.policy.mentorStudentCap ?? 15;

  const columns = useMemo(() => schoolColumns(cap), [cap]);

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
          <SummaryCards totals={totals} flagged={flagged} />
          {policy && <AttentionPanel policy={policy} attention={attention} />}
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
          {dashboard.byStage.length > 1 && <StageTable byStage={dashboard.byStage} />}
          <Status state={trends} />
          {trends.status === 'done' && <DistrictTrends points={points} />}
        </>
      )}
    </section>
  );
}
