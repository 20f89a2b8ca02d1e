import {
  type Client,
  DistrictDashboardDocument,
  GradeComparisonDocument,
  type GradeComparisonQuery,
  MatchingRoundsDocument,
  OwnSchoolDocument,
  SchoolBandsDocument,
  SchoolComparisonExportDocument,
  SchoolGradesDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { downloadBase64, useQuery } from '../api';
import { Status } from '../components/Status';
import {
  FLAG_LABELS,
  formatBand,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatInteger,
  formatPercent,
  share,
  STAGE_LABELS,
} from '../format';
import { ROUND_STATUS } from './school-admin/MatchingPanel';
import { SchoolAdminTabs } from './school-admin/SchoolAdminTabs';

type Metrics = NonNullable<GradeComparisonQuery['school']['grades'][number]['metrics']>;
type Stats = GradeComparisonQuery['school']['stats'];

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

function SchoolHeader({
  school,
  back,
}: {
  school: { name: string; stage: keyof typeof STAGE_LABELS; code: string };
  back?: boolean;
}) {
  return (
    <header className="view-header">
      {back && (
        <a href="#/district" className="back">
          ← 返回全区
        </a>
      )}
      <h1 data-testid="school-name">{school.name}</h1>
      <p className="term">
        {STAGE_LABELS[school.stage]} · 学校代码 {school.code}
      </p>
    </header>
  );
}

function StatsCards({ stats }: { stats: Stats }) {
  return (
    <div className="cards">
      <div className="card">
        <span>在籍学生</span>
        <strong data-figure="students">{formatInteger(stats.students)}</strong>
      </div>
      <div className="card">
        <span>学生覆盖率</span>
        <strong data-figure="coverage">{formatPercent(share(stats.studentsWithLeadMentor, stats.students))}</strong>
        <small>{formatInteger(stats.studentsWithLeadMentor)} 名学生有主导师</small>
      </div>
      <div className="card">
        <span>教师参与率</span>
        <strong data-figure="participation">{formatPercent(share(stats.teachersMentoring, stats.teachers))}</strong>
        <small>
          {formatInteger(stats.teachersMentoring)} / {formatInteger(stats.teachers)} 名教师担任导师
        </small>
      </div>
      <div className="card">
        <span>最多带教</span>
        <strong data-figure="maxMentees">{formatInteger(stats.maxMenteesPerMentor)}</strong>
        <small>人 / 导师</small>
      </div>
    </div>
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

/**
 * A school seen from the district: its structure and live headline figures, and its row of the
 * district dashboard (snapshot figures, flags). Per-grade figures stay with the school's leaders:
 * the API does not give Grade.metrics to district roles.
 */
function DistrictSchoolView({ client, schoolId }: { client: Client; schoolId: string }) {
  const grades = useQuery(client, SchoolGradesDocument, { schoolId });
  const dashboard = useQuery(client, DistrictDashboardDocument, { stage: null });
  if (grades.status !== 'done') return <Status state={grades} />;
  const school = grades.data.school;
  const row =
    dashboard.status === 'done'
      ? dashboard.data.districtDashboard.schools.find((r) => r.school.id === schoolId)
      : undefined;
  const f = row?.figures;
  return (
    <section>
      <SchoolHeader school={school} back />
      <StatsCards stats={school.stats} />
      {f && (
        <div className="cards" data-testid="snapshot">
          <div className="card">
            <span>“三个一”完成率</span>
            <strong data-figure="allDuties">{formatPercent(share(f.allDutiesDone, f.students))}</strong>
            <small>
              家访 {formatPercent(share(f.homeVisitDone, f.students))} · 谈心{' '}
              {formatPercent(share(f.talkDone, f.students))} · 寄语{' '}
              {formatPercent(share(f.writtenFeedbackDone, f.students))}
            </small>
          </div>
          <div className="card">
            <span>每名导师带教学生（均）</span>
            <strong>{formatDecimal(f.menteesPerMentor)}</strong>
            <small>快照时间 {formatDateTime(f.takenAt)}</small>
          </div>
          <div className={`card ${row.flags.length ? 'warn' : ''}`}>
            <span>提示</span>
            <strong>{formatInteger(row.flags.length)}</strong>
            <small>{row.flags.map((x) => FLAG_LABELS[x]).join('、') || '无'}</small>
          </div>
        </div>
      )}
      <h2>年级对比</h2>
      <p className="note">各年级、各班的“三个一”等明细由学校管理人员查看；区级看到学校整体的汇总数据与年级班级结构。</p>
      <div className="grades" data-testid="grades">
        {school.grades.map((grade) => (
          <article key={grade.id} className="grade" data-grade={grade.name}>
            <h3>{grade.name}</h3>
            <p className="grade-figures">
              <span data-figure="classrooms">{formatInteger(grade.classrooms.length)} 个班</span>
            </p>
            <table className="data compact">
              <thead>
                <tr>
                  <th>班级</th>
                  <th>班主任</th>
                </tr>
              </thead>
              <tbody>
                {grade.classrooms.map((c) => (
                  <tr key={c.id} data-classroom={c.name}>
                    <td>{c.name}</td>
                    <td>{c.headTeacher?.name ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        ))}
      </div>
    </section>
  );
}

/** 匹配: the school's matching rounds and each draft's headline figures. */
function MatchingRounds({ client }: { client: Client }) {
  const state = useQuery(client, MatchingRoundsDocument, {});
  return (
    <>
      <h2>双向选择 · 匹配轮次</h2>
      <Status state={state} />
      {state.status === 'done' && state.data.matchingRounds.length === 0 && (
        <p className="status">本校尚未开启匹配轮次。</p>
      )}
      {state.status === 'done' && state.data.matchingRounds.length > 0 && (
        <div className="scroll-x" tabIndex={0} role="region" aria-label="匹配轮次">
          <table className="data" data-testid="matching-rounds">
            <thead>
              <tr>
                <th>学年</th>
                <th>状态</th>
                <th>填报时间</th>
                <th>年级</th>
                <th className="num">上限</th>
                <th className="num">已匹配</th>
                <th className="num">未匹配</th>
                <th className="num">第一志愿</th>
                <th className="num">前三志愿</th>
                <th className="num" title="有学生的导师人均带教学生数">
                  导师平均带教（有学生的导师）
                </th>
                <th>发布</th>
              </tr>
            </thead>
            <tbody>
              {state.data.matchingRounds.map((r) => (
                <tr key={r.id} data-round={r.id}>
                  <td>{r.academicYear}</td>
                  <td>
                    <span className={`badge ${r.status.toLowerCase()}`}>{ROUND_STATUS[r.status]}</span>
                  </td>
                  <td>
                    {formatDate(r.opensAt)} – {formatDate(r.closesAt)}
                  </td>
                  <td>{r.grades.map((g) => g.name).join('、')}</td>
                  <td className="num">{formatInteger(r.cap)}</td>
                  <td className="num">{r.report ? formatInteger(r.report.matched) : '—'}</td>
                  <td className="num">{r.report ? formatInteger(r.report.unmatched) : '—'}</td>
                  <td className="num">{r.report ? formatPercent(r.report.firstChoiceRate ?? null) : '—'}</td>
                  <td className="num">{r.report ? formatPercent(r.report.topThreeRate ?? null) : '—'}</td>
                  <td className="num">
                    {r.report?.mentorLoad.meanWithStudents != null
                      ? `${formatDecimal(r.report.mentorLoad.meanWithStudents)}（${formatInteger(r.report.mentorLoad.mentorsWithStudents)} 人）`
                      : '—'}
                  </td>
                  <td>{r.publishedAt ? formatDateTime(r.publishedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
