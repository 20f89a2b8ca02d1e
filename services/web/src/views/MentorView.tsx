import {
  type Client,
  MyWorkDocument,
  type MyWorkQuery,
  TermCalendarDocument,
  type TermCalendarQuery,
} from '@mentorship/client';

import { useQuery } from '../api';
import { Status } from '../components/Status';
import { chinaToday, formatDate, formatInteger, PERIOD_LABELS, RECORD_KIND_LABELS } from '../format';
import { TasksPanel } from './head-teacher/TasksPanel';
import { RecordForm } from './mentor/RecordForm';

type Mentee = MyWorkQuery['me']['mentees']['nodes'][number];

/**
 * When a pending task is due: a term's duty by the term's last day (the district's calendar), a
 * month's by the month's last day in China (or the term's end, if sooner). Null without a calendar.
 */
export function dueOn(
  period: 'TERM' | 'MONTH',
  term: string | undefined,
  calendar: TermCalendarQuery | null,
  today = chinaToday(),
): string | null {
  const [from, to, number] = (term ?? '').split('-');
  const endsOn =
    calendar?.academicYears.nodes
      .find((y) => y.name === `${from}-${to}`)
      ?.terms.find((t) => String(t.number) === number)?.endsOn ?? null;
  if (period === 'TERM') return endsOn;
  const [y, m] = today.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return endsOn && endsOn < monthEnd ? endsOn : monthEnd;
}

const Done = ({ done }: { done: boolean }) =>
  done ? <span className="done">✓ 已完成</span> : <span className="pending">未完成</span>;

/**
 * 导师 (any teacher), phone first: my mentees with this term's 三个一 and what is due, each
 * name opening the mentee's page; a quick record form; follow-up tasks from consultations I own.
 * Tables become stacked cards under 640 px (styles.css), so nothing is cut off on a phone.
 */
export function MentorView({ client, personId }: { client: Client; personId: string }) {
  const state = useQuery(client, MyWorkDocument, { first: 100 });
  // Due dates are a help, not the page: without the calendar the column reads “—”.
  const calendar = useQuery(client, TermCalendarDocument, {});
  if (state.status !== 'done') return <Status state={state} />;
  const term = state.data.me.mentees.nodes[0]?.termDuties.term;
  const due = (period: 'TERM' | 'MONTH') => dueOn(period, term, calendar.status === 'done' ? calendar.data : null);
  const { teacher, mentees, pendingTasks } = state.data.me;
  const leadOf = (m: Mentee) => m.mentors.some((x) => x.role === 'LEAD' && x.mentor.id === teacher?.id);
  return (
    <section>
      <header className="view-header">
        <h1>{teacher?.name ?? ''}老师 · 我的受导学生</h1>
        <p className="term">
          共 <strong data-figure="mentees">{formatInteger(mentees.totalCount)}</strong> 名学生 · 待办{' '}
          <strong data-figure="pending">{formatInteger(pendingTasks.length)}</strong> 项（本学期和本月）
          {mentees.nodes[0] && ` · ${mentees.nodes[0].termDuties.term} 学期`}
        </p>
      </header>
      {mentees.totalCount === 0 ? (
        <p className="status">目前没有受导学生。匹配公布后，您的学生会出现在这里。</p>
      ) : (
        <table className="data stack" data-testid="mentees">
          <thead>
            <tr>
              <th>学生</th>
              <th>学号</th>
              <th>年级</th>
              <th>班级</th>
              <th>角色</th>
              <th>家访</th>
              <th>谈心谈话</th>
              <th>成长寄语</th>
              <th className="num">待办</th>
            </tr>
          </thead>
          <tbody>
            {mentees.nodes.map((m) => (
              <tr key={m.id} data-student={m.id}>
                <td data-field="name" data-label="学生">
                  <a href={`#/mentor/student/${m.id}`}>{m.name}</a>
                </td>
                <td data-field="studentNumber" data-label="学号">
                  {m.studentNumber}
                </td>
                <td data-label="年级">{m.classroom.grade.name}</td>
                <td data-label="班级">{m.classroom.name}</td>
                <td data-label="角色">{leadOf(m) ? '主导师' : '协助导师'}</td>
                <td data-field="homeVisit" data-label="家访">
                  <Done done={m.termDuties.homeVisit} />
                </td>
                <td data-field="talk" data-label="谈心谈话">
                  <Done done={m.termDuties.talk} />
                </td>
                <td data-field="writtenFeedback" data-label="成长寄语">
                  <Done done={m.termDuties.writtenFeedback} />
                </td>
                <td className="num" data-field="pending" data-label="待办">
                  {formatInteger(pendingTasks.filter((t) => t.student.id === m.id).length)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mentees.nodes.length < mentees.totalCount && (
        <p className="note">仅显示前 {formatInteger(mentees.nodes.length)} 名学生。</p>
      )}

      {mentees.nodes.length > 0 && (
        <>
          <h2>记录工作</h2>
          <p className="note">家访、谈心谈话等各类记录；点学生姓名可查看成长档案、写成长寄语、危机上报。</p>
          <RecordForm
            key={personId}
            client={client}
            mentees={mentees.nodes}
            studentId={pendingTasks[0]?.student.id}
            optionalActions={[]}
            draftName={`record.${personId}`}
            onSaved={state.reload}
          />
        </>
      )}

      <h2>待办事项</h2>
      {pendingTasks.length === 0 ? (
        <p className="status" data-testid="no-pending">
          本学期、本月的工作都已完成。
        </p>
      ) : (
        <table className="data compact stack" data-testid="pending">
          <thead>
            <tr>
              <th>学生</th>
              <th>事项</th>
              <th>周期</th>
              <th className="num">已完成 / 要求</th>
              <th>截止日期</th>
            </tr>
          </thead>
          <tbody>
            {pendingTasks.map((t) => (
              <tr key={`${t.student.id}/${t.kind}/${t.period}`} data-task={`${t.student.id}/${t.kind}/${t.period}`}>
                <td data-label="学生">{t.student.name}</td>
                <td data-label="事项">{RECORD_KIND_LABELS[t.kind]}</td>
                <td data-label="周期">{PERIOD_LABELS[t.period]}</td>
                <td className="num" data-label="已完成 / 要求">
                  {formatInteger(t.done)} / {formatInteger(t.required)}
                </td>
                <td data-label="截止日期" data-field="due">
                  {due(t.period) ? formatDate(due(t.period)!) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="note">
        待办按学校规定的频次计算，只针对您担任主导师的学生；每学期的工作在学期最后一天前完成，每月的工作在当月最后一天前完成。
      </p>
      <TasksPanel client={client} />
    </section>
  );
}
