import { ClassroomCoverageDocument, MatchingRoundsDocument, OwnSchoolDocument, SchoolGradesDocument, type Client, type ClassroomCoverageQuery, type MatchingRoundsQuery } from '@mentorship/client';
import { useQuery } from '../api';
import { Status } from '../components/Status';
import { formatDate, formatDateTime, formatDecimal, formatInteger, formatPercent, share, STAGE_LABELS } from '../format';

type Coverage = { students: number; withLead: number };
type ClassroomRow = ClassroomCoverageQuery['school']['classrooms'][number];

function coverageOf(classroom: ClassroomRow): Coverage {
  return { students: classroom.students.totalCount, withLead: classroom.students.nodes.filter((s) => s.mentors.some((m) => m.role === 'LEAD')).length };
}

const sum = (list: Coverage[]): Coverage => list.reduce((t, c) => ({ students: t.students + c.students, withLead: t.withLead + c.withLead }), { students: 0, withLead: 0 });

/** The caller's own school (school staff), then its view. */
export function OwnSchoolView({ client, role }: { client: Client; role: string }) {
  const state = useQuery(client, OwnSchoolDocument, {});
  if (state.status !== 'done') return <Status state={state} />;
  const school = state.data.schools.nodes[0];
  return school ? <SchoolView client={client} schoolId={school.id} role={role} /> : <p className="status">没有可查看的学校。</p>;
}

/**
 * 年级对比: a school's grades side by side with their classrooms. School staff also see each
 * classroom's coverage (from the student directory they may read) and the matching rounds; the
 * district sees the structure and the school's figures (per-grade figures come with the dashboards).
 */
export function SchoolView({ client, schoolId, role }: { client: Client; schoolId: string; role: string }) {
  const staff = role !== 'DISTRICT_ADMIN';
  const grades = useQuery(client, SchoolGradesDocument, { schoolId });
  const coverage = useQuery(client, ClassroomCoverageDocument, { schoolId }, !staff);
  const byClassroom = new Map<string, Coverage>(coverage.status === 'done' ? coverage.data.school.classrooms.map((c) => [c.id, coverageOf(c)]) : []);
  if (grades.status !== 'done') return <Status state={grades} />;
  const school = grades.data.school;
  const stats = school.stats;
  return (
    <section>
      <header className="view-header">
        {role === 'DISTRICT_ADMIN' && <a href="#/district" className="back">← 返回全区</a>}
        <h1 data-testid="school-name">{school.name}</h1>
        <p className="term">{STAGE_LABELS[school.stage]} · 学校代码 {school.code}</p>
      </header>
      <div className="cards">
        <div className="card"><span>在籍学生</span><strong data-figure="students">{formatInteger(stats.students)}</strong></div>
        <div className="card"><span>学生覆盖率</span><strong data-figure="coverage">{formatPercent(share(stats.studentsWithLeadMentor, stats.students))}</strong><small>{formatInteger(stats.studentsWithLeadMentor)} 名学生有主导师</small></div>
        <div className="card"><span>教师参与率</span><strong data-figure="participation">{formatPercent(share(stats.teachersMentoring, stats.teachers))}</strong><small>{formatInteger(stats.teachersMentoring)} / {formatInteger(stats.teachers)} 名教师担任导师</small></div>
        <div className="card"><span>最多带教</span><strong data-figure="maxMentees">{formatInteger(stats.maxMenteesPerMentor)}</strong><small>人 / 导师</small></div>
      </div>
      <h2>年级对比</h2>
      {staff && <Status state={coverage} />}
      {!staff && <p className="note">各年级的覆盖率、“三个一”完成情况待区级看板（年级对比）接口接入；此处显示年级与班级结构。</p>}
      <div className="grades" data-testid="grades">
        {school.grades.map((grade) => {
          const total = sum(grade.classrooms.map((c) => byClassroom.get(c.id)).filter((c): c is Coverage => !!c));
          return (
            <article key={grade.id} className="grade" data-grade={grade.name}>
              <h3>{grade.name}</h3>
              <p className="grade-figures">
                <span data-figure="classrooms">{formatInteger(grade.classrooms.length)} 个班</span>
                {staff && coverage.status === 'done' && (
                  <>
                    <span data-figure="students">{formatInteger(total.students)} 名学生</span>
                    <span data-figure="coverage">覆盖率 {formatPercent(share(total.withLead, total.students))}</span>
                  </>
                )}
              </p>
              <table className="data compact">
                <thead>
                  <tr>
                    <th>班级</th>
                    <th>班主任</th>
                    {staff && <th className="num">学生</th>}
                    {staff && <th className="num">有导师</th>}
                  </tr>
                </thead>
                <tbody>
                  {grade.classrooms.map((c) => {
                    const figures = byClassroom.get(c.id);
                    return (
                      <tr key={c.id} data-classroom={c.name} className={figures && figures.withLead < figures.students ? 'below-threshold' : undefined}>
                        <td>{c.name}</td>
                        <td>{c.headTeacher?.name ?? '—'}</td>
                        {staff && <td className="num">{figures ? formatInteger(figures.students) : '…'}</td>}
                        {staff && <td className="num">{figures ? formatInteger(figures.withLead) : '…'}</td>}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </article>
          );
        })}
      </div>
      {staff && <MatchingRounds client={client} />}
    </section>
  );
}

const ROUND_STATUS: Record<MatchingRoundsQuery['matchingRounds'][number]['status'], string> = { OPEN: '填报中', DRAFTED: '已生成草案', PUBLISHED: '已发布' };

/** 匹配: the school's matching rounds and each draft's headline figures. */
function MatchingRounds({ client }: { client: Client }) {
  const state = useQuery(client, MatchingRoundsDocument, {});
  return (
    <>
      <h2>双向选择 · 匹配轮次</h2>
      <Status state={state} />
      {state.status === 'done' && state.data.matchingRounds.length === 0 && <p className="status">本校尚未开启匹配轮次。</p>}
      {state.status === 'done' && state.data.matchingRounds.length > 0 && (
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
              <th className="num">导师平均带教</th>
              <th>发布</th>
            </tr>
          </thead>
          <tbody>
            {state.data.matchingRounds.map((r) => (
              <tr key={r.id} data-round={r.id}>
                <td>{r.academicYear}</td>
                <td><span className={`badge ${r.status.toLowerCase()}`}>{ROUND_STATUS[r.status]}</span></td>
                <td>{formatDate(r.opensAt)} – {formatDate(r.closesAt)}</td>
                <td>{r.grades.map((g) => g.name).join('、')}</td>
                <td className="num">{formatInteger(r.cap)}</td>
                <td className="num">{r.report ? formatInteger(r.report.matched) : '—'}</td>
                <td className="num">{r.report ? formatInteger(r.report.unmatched) : '—'}</td>
                <td className="num">{r.report ? formatPercent(r.report.firstChoiceRate ?? null) : '—'}</td>
                <td className="num">{r.report ? formatPercent(r.report.topThreeRate ?? null) : '—'}</td>
                <td className="num">{r.report ? formatDecimal(r.report.mentorLoad.mean) : '—'}</td>
                <td>{r.publishedAt ? formatDateTime(r.publishedAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
