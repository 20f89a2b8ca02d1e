import { type Client, DistrictDashboardDocument, SchoolGradesDocument } from '@mentorship/client';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { FLAG_LABELS, formatDateTime, formatDecimal, formatInteger, formatPercent, share } from '../../format';
import { SchoolHeader, StatsCards } from './SchoolHeader';

/**
 * A school seen from the district: its structure and live headline figures, and its row of the
 * district dashboard (snapshot figures, flags). Per-grade figures stay with the school's leaders:
 * the API does not give Grade.metrics to district roles.
 */
export function DistrictSchoolView({ client, schoolId }: { client: Client; schoolId: string }) {
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
