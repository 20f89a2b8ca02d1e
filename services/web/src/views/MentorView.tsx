import { MyMenteesDocument, type Client } from '@mentorship/client';
import { toTeacherId, useQuery } from '../api';
import { Status } from '../components/Status';
import { formatDate, formatInteger } from '../format';

const PENDING_NOT_YET = '待导师工作记录接口接入后显示本学期“三个一”待办';

/** 导师: my mentees (directory facts), and — once mentor records exist — what is pending this term. */
export function MentorView({ client, personId }: { client: Client; personId: string }) {
  const state = useQuery(client, MyMenteesDocument, { teacherId: toTeacherId(personId) });
  if (state.status !== 'done') return <Status state={state} />;
  const teacher = state.data.teacher;
  return (
    <section>
      <header className="view-header">
        <h1>{teacher.name}老师 · 我的受导学生</h1>
        <p className="term">
          共 <strong data-figure="mentees">{formatInteger(teacher.mentees.length)}</strong> 名学生
        </p>
      </header>
      {teacher.mentees.length === 0 ? (
        <p className="status">目前没有受导学生。</p>
      ) : (
        <table className="data" data-testid="mentees">
          <thead>
            <tr>
              <th>学生</th>
              <th>学号</th>
              <th>年级</th>
              <th>班级</th>
              <th>角色</th>
              <th>结对时间</th>
              <th title={PENDING_NOT_YET}>本学期待办</th>
            </tr>
          </thead>
          <tbody>
            {teacher.mentees.map((m) => (
              <tr key={m.id} data-student={m.student.id}>
                <td data-field="name">{m.student.name}</td>
                <td data-field="studentNumber">{m.student.studentNumber}</td>
                <td>{m.student.classroom.grade.name}</td>
                <td>{m.student.classroom.name}</td>
                <td>{m.role === 'LEAD' ? '主导师' : '协助导师'}</td>
                <td>{formatDate(m.startedOn)}</td>
                <td><span className="na" title={PENDING_NOT_YET}>—</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="note">本学期待办（家访、谈心谈话、成长寄语）将在导师工作记录上线后显示在此。</p>
    </section>
  );
}
