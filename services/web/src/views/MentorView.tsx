import { CreateMentorRecordDocument, MyWorkDocument, type Client, type MyWorkQuery } from '@mentorship/client';
import { useState, type FormEvent } from 'react';
import { useQuery } from '../api';
import { Status } from '../components/Status';
import { formatDateTime, formatInteger, PERIOD_LABELS, RECORD_KIND_LABELS } from '../format';

type Mentee = MyWorkQuery['me']['mentees']['nodes'][number];
type Task = MyWorkQuery['me']['pendingTasks'][number];

const Done = ({ done }: { done: boolean }) => (done ? <span className="done">✓ 已完成</span> : <span className="pending">未完成</span>);

/** 导师: my mentees with this term's 三个一, what is still pending, and a form to record a talk or a home visit. */
export function MentorView({ client, personId }: { client: Client; personId: string }) {
  const state = useQuery(client, MyWorkDocument, { first: 100 });
  if (state.status !== 'done') return <Status state={state} />;
  const { teacher, mentees, pendingTasks } = state.data.me;
  const leadOf = (m: Mentee) => m.mentors.some((x) => x.role === 'LEAD' && x.mentor.id === teacher?.id);
  return (
    <section>
      <header className="view-header">
        <h1>{teacher?.name ?? ''}老师 · 我的受导学生</h1>
        <p className="term">
          共 <strong data-figure="mentees">{formatInteger(mentees.totalCount)}</strong> 名学生 · 本学期待办 <strong data-figure="pending">{formatInteger(pendingTasks.length)}</strong> 项
          {mentees.nodes[0] && ` · ${mentees.nodes[0].termDuties.term} 学期`}
        </p>
      </header>
      {mentees.totalCount === 0 ? (
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
              <th>家访</th>
              <th>谈心谈话</th>
              <th>成长寄语</th>
              <th className="num">待办</th>
            </tr>
          </thead>
          <tbody>
            {mentees.nodes.map((m) => (
              <tr key={m.id} data-student={m.id}>
                <td data-field="name">{m.name}</td>
                <td data-field="studentNumber">{m.studentNumber}</td>
                <td>{m.classroom.grade.name}</td>
                <td>{m.classroom.name}</td>
                <td>{leadOf(m) ? '主导师' : '协助导师'}</td>
                <td data-field="homeVisit"><Done done={m.termDuties.homeVisit} /></td>
                <td data-field="talk"><Done done={m.termDuties.talk} /></td>
                <td data-field="writtenFeedback"><Done done={m.termDuties.writtenFeedback} /></td>
                <td className="num" data-field="pending">{formatInteger(pendingTasks.filter((t) => t.student.id === m.id).length)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mentees.nodes.length < mentees.totalCount && <p className="note">仅显示前 {formatInteger(mentees.nodes.length)} 名学生。</p>}

      {mentees.nodes.length > 0 && <RecordForm key={personId} client={client} mentees={mentees.nodes} pending={pendingTasks} onSaved={state.reload} />}

      <h2>待办事项</h2>
      {pendingTasks.length === 0 ? (
        <p className="status" data-testid="no-pending">本学期、本月的工作都已完成。</p>
      ) : (
        <table className="data compact" data-testid="pending">
          <thead>
            <tr>
              <th>学生</th>
              <th>事项</th>
              <th>周期</th>
              <th className="num">已完成 / 要求</th>
            </tr>
          </thead>
          <tbody>
            {pendingTasks.map((t) => (
              <tr key={`${t.student.id}/${t.kind}/${t.period}`} data-task={`${t.student.id}/${t.kind}/${t.period}`}>
                <td>{t.student.name}</td>
                <td>{RECORD_KIND_LABELS[t.kind]}</td>
                <td>{PERIOD_LABELS[t.period]}</td>
                <td className="num">{formatInteger(t.done)} / {formatInteger(t.required)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="note">待办按学校规定的频次计算，只针对您担任主导师的学生。</p>

    </section>
  );
}

type Kind = 'TALK' | 'HOME_VISIT';

/** 记录工作: a talk or a home visit with one mentee. A fresh idempotency key per record, so a retried click never writes twice. */
function RecordForm({ client, mentees, pending, onSaved }: { client: Client; mentees: Mentee[]; pending: Task[]; onSaved: () => void }) {
  const firstPending = pending.find((t) => t.kind === 'TALK' || t.kind === 'HOME_VISIT');
  const [studentId, setStudentId] = useState(firstPending?.student.id ?? mentees[0].id);
  const [kind, setKind] = useState<Kind>((firstPending?.kind as Kind | undefined) ?? 'TALK');
  const [content, setContent] = useState('');
  const [place, setPlace] = useState('');
  const [topic, setTopic] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Key per attempt at one record: kept across a retry of the same form, renewed after a save.
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const { createMentorRecord: result } = await client.request(CreateMentorRecordDocument, {
        input: { idempotencyKey, kind, studentIds: [studentId], occurredAt: new Date().toISOString(), content, place: place || null, topic: topic || null },
      });
      if (result.userErrors.length) {
        setMessage({ ok: false, text: result.userErrors.map((e) => e.message).join('；') });
      } else {
        setMessage({ ok: true, text: `已记录${RECORD_KIND_LABELS[kind]}（${formatDateTime(result.record!.occurredAt)}）。` });
        setContent('');
        setPlace('');
        setTopic('');
        setKey(crypto.randomUUID());
        onSaved();
      }
    } catch {
      setMessage({ ok: false, text: '保存失败，请稍后重试。' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h2>记录工作</h2>
      <form className="record" onSubmit={(e) => void submit(e)} data-testid="record-form">
        <label>
          学生
          <select value={studentId} onChange={(e) => setStudentId(e.target.value)} name="student">
            {mentees.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}（{m.classroom.name}）
              </option>
            ))}
          </select>
        </label>
        <label>
          事项
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} name="kind">
            <option value="TALK">{RECORD_KIND_LABELS.TALK}</option>
            <option value="HOME_VISIT">{RECORD_KIND_LABELS.HOME_VISIT}</option>
          </select>
        </label>
        <label>
          地点
          <input value={place} onChange={(e) => setPlace(e.target.value)} name="place" placeholder={kind === 'HOME_VISIT' ? '学生家中' : '谈心室'} />
        </label>
        <label>
          主题
          <input value={topic} onChange={(e) => setTopic(e.target.value)} name="topic" placeholder="如：学习计划" />
        </label>
        <label className="wide">
          内容
          <textarea value={content} onChange={(e) => setContent(e.target.value)} name="content" rows={3} required placeholder="谈了什么、学生的情况、下一步打算" />
        </label>
        <div className="wide">
          <button type="submit" disabled={busy || !content.trim()}>
            保存记录
          </button>{' '}
          {message && (
            <span className={message.ok ? 'status done' : 'status error'} role={message.ok ? 'status' : 'alert'} data-testid="record-message">
              {message.text}
            </span>
          )}
        </div>
      </form>
    </>
  );
}
