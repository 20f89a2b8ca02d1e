import { DistrictOverviewDocument, type Client, type DistrictOverviewQuery, type SchoolStage } from '@mentorship/client';
import { useMemo, useState } from 'react';
import { useQuery } from '../api';
import { SortableTable, type Column } from '../components/SortableTable';
import { Status } from '../components/Status';
import { TrendChart } from '../components/TrendChart';
import { formatDate, formatDecimal, formatInteger, formatPercent, share, STAGE_LABELS } from '../format';

type SchoolRow = DistrictOverviewQuery['schools']['nodes'][number];

/** Why a school is flagged: any student without a lead mentor, or a mentor above the cap. */
export function belowThreshold(school: SchoolRow, cap: number): string[] {
  const reasons: string[] = [];
  if (school.stats.studentsWithLeadMentor < school.stats.students) reasons.push('覆盖未达100%');
  if (school.stats.maxMenteesPerMentor > cap) reasons.push(`导师带教超过${cap}人`);
  return reasons;
}

const NOT_YET = '尚无数据来源：待区级看板接口（三个一、培训、考核）接入后显示';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** 区教育局: every school's coverage, sortable and filterable by stage, the weak ones highlighted. */
export function DistrictView({ client }: { client: Client }) {
  const [stage, setStage] = useState<SchoolStage | ''>('');
  const state = useQuery(client, DistrictOverviewDocument, { stage: stage || null, first: 100 });
  const data = state.status === 'done' ? state.data : null;
  const cap = data?.district.policy.mentorStudentCap ?? 15;

  const columns = useMemo<Column<SchoolRow>[]>(
    () => [
      { key: 'name', header: '学校', sortValue: (s) => s.name, render: (s) => <a href={`#/school/${s.id}`}>{s.name}</a> },
      { key: 'stage', header: '学段', sortValue: (s) => STAGE_LABELS[s.stage], render: (s) => STAGE_LABELS[s.stage] },
      { key: 'students', header: '在籍学生', numeric: true, sortValue: (s) => s.stats.students, render: (s) => formatInteger(s.stats.students) },
      { key: 'studentsWithLeadMentor', header: '有导师学生', numeric: true, sortValue: (s) => s.stats.studentsWithLeadMentor, render: (s) => formatInteger(s.stats.studentsWithLeadMentor) },
      { key: 'coverage', header: '学生覆盖率', numeric: true, note: '有主导师的在籍学生 ÷ 在籍学生', sortValue: (s) => share(s.stats.studentsWithLeadMentor, s.stats.students), render: (s) => formatPercent(share(s.stats.studentsWithLeadMentor, s.stats.students)) },
      { key: 'teachers', header: '教师', numeric: true, sortValue: (s) => s.stats.teachers, render: (s) => formatInteger(s.stats.teachers) },
      { key: 'teachersMentoring', header: '担任导师', numeric: true, sortValue: (s) => s.stats.teachersMentoring, render: (s) => formatInteger(s.stats.teachersMentoring) },
      { key: 'participation', header: '教师参与率', numeric: true, note: '有受导学生的教师 ÷ 教师', sortValue: (s) => share(s.stats.teachersMentoring, s.stats.teachers), render: (s) => formatPercent(share(s.stats.teachersMentoring, s.stats.teachers)) },
      { key: 'ratio', header: '导师:学生', numeric: true, note: '有导师学生 ÷ 担任导师的教师', sortValue: (s) => share(s.stats.studentsWithLeadMentor, s.stats.teachersMentoring), render: (s) => { const r = share(s.stats.studentsWithLeadMentor, s.stats.teachersMentoring); return r === null ? '—' : `1 : ${formatDecimal(r)}`; } },
      { key: 'maxMentees', header: `最多带教（上限${cap}）`, numeric: true, sortValue: (s) => s.stats.maxMenteesPerMentor, render: (s) => formatInteger(s.stats.maxMenteesPerMentor) },
      // Ready for the dashboards' figures; fed by nothing until the API has them (no made-up numbers).
      { key: 'threeTasks', header: '“三个一”完成率', numeric: true, note: NOT_YET, render: () => <span className="na" title={NOT_YET}>—</span> },
      { key: 'training', header: '培训完成率', numeric: true, note: NOT_YET, render: () => <span className="na" title={NOT_YET}>—</span> },
      { key: 'evaluation', header: '考核结果', numeric: true, note: NOT_YET, render: () => <span className="na" title={NOT_YET}>—</span> },
      { key: 'flags', header: '提示', render: (s) => belowThreshold(s, cap).map((r) => <span key={r} className="flag">{r}</span>) },
    ],
    [cap],
  );

  const schools = data?.schools.nodes ?? [];
  const totals = schools.reduce(
    (t, s) => ({ students: t.students + s.stats.students, covered: t.covered + s.stats.studentsWithLeadMentor, teachers: t.teachers + s.stats.teachers, mentoring: t.mentoring + s.stats.teachersMentoring }),
    { students: 0, covered: 0, teachers: 0, mentoring: 0 },
  );
  const flagged = schools.filter((s) => belowThreshold(s, cap).length > 0).length;
  const on = today();

  return (
    <section>
      <header className="view-header">
        <h1>{data ? `${data.district.name}教育局 · 全员导师制看板` : '区级看板'}</h1>
        {data?.currentTerm && (
          <p className="term">
            当前学期：第{data.currentTerm.number}学期（{formatDate(data.currentTerm.startsOn)} – {formatDate(data.currentTerm.endsOn)}）
          </p>
        )}
      </header>
      <div className="toolbar">
        <label>
          学段
          <select value={stage} onChange={(e) => setStage(e.target.value as SchoolStage | '')} data-testid="stage-filter">
            <option value="">全部学段</option>
            {Object.entries(STAGE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Status state={state} />
      {data && (
        <>
          <div className="cards" data-testid="summary">
            <div className="card"><span>学校</span><strong data-figure="schools">{formatInteger(data.schools.totalCount)}</strong></div>
            <div className="card"><span>学生覆盖率</span><strong data-figure="coverage">{formatPercent(share(totals.covered, totals.students))}</strong><small>{formatInteger(totals.covered)} / {formatInteger(totals.students)} 名学生有导师</small></div>
            <div className="card"><span>教师参与率</span><strong data-figure="participation">{formatPercent(share(totals.mentoring, totals.teachers))}</strong><small>{formatInteger(totals.mentoring)} / {formatInteger(totals.teachers)} 名教师担任导师</small></div>
            <div className={`card ${flagged ? 'warn' : ''}`}><span>需关注学校</span><strong data-figure="flagged">{formatInteger(flagged)}</strong><small>覆盖未满或超出带教上限</small></div>
          </div>
          <SortableTable testId="schools" rows={schools} columns={columns} rowKey={(s) => s.id} rowClass={(s) => (belowThreshold(s, cap).length ? 'below-threshold' : undefined)} initialSort={{ key: 'coverage' }} />
          <p className="note">标红的学校：尚有学生没有主导师，或有导师带教人数超过区定上限 {cap} 人。点击学校名称查看各年级。“三个一”、培训与考核列待区级看板接口接入。</p>
          <TrendChart
            title="本学期趋势：学生覆盖率与教师参与率"
            format={(v) => formatPercent(v)}
            max={1}
            series={[
              { label: '学生覆盖率', color: '#c0392b', points: totals.students ? [{ on, value: totals.covered / totals.students }] : [] },
              { label: '教师参与率', color: '#2c6fbb', points: totals.teachers ? [{ on, value: totals.mentoring / totals.teachers }] : [] },
            ]}
            note="目前只有实时数据（今日一个点）；区级数据快照接入后，这里显示整个学期的变化。"
          />
        </>
      )}
    </section>
  );
}
