import {
  type Client,
  GradeComparisonDocument,
  type GradeComparisonQuery,
  OwnSchoolDocument,
  SchoolBandsDocument,
  SchoolComparisonExportDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { downloadBase64, useQuery } from '../api';
import { Status } from '../components/Status';
import { formatBand, formatInteger, formatPercent, share } from '../format';
import { DistrictSchoolView } from './school/DistrictSchoolView';
import { MatchingRounds } from './school/MatchingRounds';
import { SchoolHeader, StatsCards } from './school/SchoolHeader';
import { SchoolAdminTabs } from './school-admin/SchoolAdminTabs';

type Metrics = NonNullable<GradeComparisonQuery['school']['grades'][number]['metrics']>;

/** The caller's own school (school staff), then its view. */
export function OwnSchoolView({ client, role }: { client: Client; role: string }) {
  const state = useQuery(client, OwnSchoolDocument, {});
  if (state.status !== 'done') return <Status state={state} />;
  const school = state.data.schools.nodes[0];
  return school ? (
    <SchoolView client={client} schoolId={school.id} role={role} />
  ) : (
    <p className="status">没有可查看的学校。</p>
  );
}

export function SchoolView({ client, schoolId, role }: { client: Client; schoolId: string; role: string }) {
  if (role === 'DISTRICT_ADMIN') return <DistrictSchoolView client={client} schoolId={schoolId} />;
  const overview = <GradeComparisonView client={client} schoolId={schoolId} role={role} />;
  return role === 'SCHOOL_ADMIN' ? (
    <SchoolAdminTabs client={client} schoolId={schoolId} overview={overview} />
  ) : (
    overview
  );
}

/** The figure cells of a grade or classroom, in the order of METRIC_HEADERS. */
const METRIC_HEADERS = ['学生', '有导师', '覆盖率', '家访', '谈心谈话', '成长寄语', '“三个一”'];
function metricCells(m: Metrics): string[] {
  const rate = (n: number) => formatPercent(share(n, m.students));
  return [
    formatInteger(m.students),
    formatInteger(m.studentsWithLeadMentor),
    formatPercent(m.coverage),
    rate(m.homeVisitDone),
    rate(m.talkDone),
    rate(m.writtenFeedbackDone),
    rate(m.allDutiesDone),
  ];
}

/** School admin: the sensitive counts, for the whole school only and only as bands. */
function SchoolBandCards({ client, schoolId }: { client: Client; schoolId: string }) {
  const state = useQuery(client, SchoolBandsDocument, { schoolId });
  if (state.status !== 'done') return <Status state={state} />;
  const m = state.data.school.metrics;
  return (
    <div className="cards" data-testid="school-bands">
      <div className="card">
        <span>关注学生（全校）</span>
        <strong data-figure="attentionBand">{formatBand(m.attentionStudents)}</strong>
        <small>人，仅以区间公布</small>
      </div>
      <div className={`card ${m.hasOverdueCrisisAlert ? 'warn' : ''}`}>
        <span>未结危机（全校）</span>
        <strong data-figure="crisisBand">{formatBand(m.openCrisisAlerts)}</strong>
        <small>{m.hasOverdueCrisisAlert ? '有超时未处理' : '无超时未处理'}</small>
      </div>
    </div>
  );
}

/**
 * 年级对比 for school leaders: grades side by side, classrooms within each, with the live figures
 * the caller may read (school admin: all; grade lead: own grade; head teacher: own class). A grade
 * the API withholds is named with its number of classes only, not as a table of “no permission”
 * cells (a page the menu offers is never a wall of refusals).
 */
function GradeComparisonView({ client, schoolId, role }: { client: Client; schoolId: string; role: string }) {
  const state = useQuery(client, GradeComparisonDocument, { schoolId }, { partial: true });
  const [exporting, setExporting] = useState<string | null>(null);
  if (state.status !== 'done') return <Status state={state} />;
  const school = state.data.school;

  async function exportComparison() {
    setExporting('正在生成…');
    try {
      downloadBase64(
        (await client.request(SchoolComparisonExportDocument, { schoolId, format: 'XLSX' })).school.comparisonExport,
      );
      setExporting(null);
    } catch {
      setExporting('导出失败，请稍后重试。');
    }
  }

  return (
    <section>
      <SchoolHeader school={school} />
      <StatsCards stats={school.stats} />
      {role === 'SCHOOL_ADMIN' && <SchoolBandCards client={client} schoolId={schoolId} />}
      <div className="toolbar">
        <h2>
          年级对比
          {school.grades.find((g) => g.metrics)?.metrics?.term
            ? `（${school.grades.find((g) => g.metrics)!.metrics!.term} 学期）`
            : ''}
        </h2>
        {role === 'SCHOOL_ADMIN' && (
          <button type="button" onClick={() => void exportComparison()} data-testid="export">
            导出 Excel
          </button>
        )}
        {exporting && <span className="status">{exporting}</span>}
      </div>
      <div className="grades" data-testid="grades">
        {school.grades.map((grade) => (
          <article key={grade.id} className="grade" data-grade={grade.name}>
            <h3>{grade.name}</h3>
            {!grade.metrics ? (
              <p className="note" data-testid="grade-other">
                {formatInteger(grade.classrooms.length)} 个班 · 由学校管理员和本年级组长查看
              </p>
            ) : (
              <>
                <dl className="grade-figures" data-testid="grade-metrics">
                  {metricCells(grade.metrics).map((value, i) => (
                    <div key={METRIC_HEADERS[i]}>
                      <dt>{METRIC_HEADERS[i]}</dt>
                      <dd data-metric={i}>{value}</dd>
                    </div>
                  ))}
                </dl>
                <div className="scroll-x" tabIndex={0} role="region" aria-label={`${grade.name}各班`}>
                  <table className="data compact">
                    <thead>
                      <tr>
                        <th>班级</th>
                        <th>班主任</th>
                        {METRIC_HEADERS.map((h) => (
                          <th key={h} className="num">
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {grade.classrooms.map((c) => (
                        <tr
                          key={c.id}
                          data-classroom={c.name}
                          className={
                            c.metrics && c.metrics.studentsWithLeadMentor < c.metrics.students
                              ? 'below-threshold'
                              : undefined
                          }
                        >
                          <td>{c.name}</td>
                          <td>{c.headTeacher?.name ?? '—'}</td>
                          {c.metrics ? (
                            metricCells(c.metrics).map((v, i) => (
                              <td key={i} className="num">
                                {v}
                              </td>
                            ))
                          ) : (
                            <td colSpan={METRIC_HEADERS.length} className="na">
                              —
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </article>
        ))}
      </div>
      <p className="note">
        完成率 = 本学期已完成的学生 ÷ 学生；关注学生、危机等敏感人数只按全校以区间公布，不分年级、班级。
      </p>
      {role === 'SCHOOL_ADMIN' && <MatchingRounds client={client} />}
    </section>
  );
}
