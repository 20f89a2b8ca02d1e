import {
  type Client,
  HandOverMenteesDocument,
  MarkNotSuitableDocument,
  type SchoolTeachersQuery,
  SuspendMentorDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { useAction } from './kit';

type Teacher = SchoolTeachersQuery['school']['teachers']['nodes'][number];

/** 暂停 / 暂不适合: the teacher leaves mentoring; their mentees go to a successor in the same step. */
export function TakeOutForm({
  client,
  teacher,
  how,
  teachers,
  onDone,
}: {
  client: Client;
  teacher: Teacher;
  how: 'suspend' | 'notSuitable';
  teachers: Teacher[];
  onDone: () => void;
}) {
  const { act, busy, note } = useAction();
  const [reason, setReason] = useState('');
  const [successorId, setSuccessor] = useState('');
  const label = how === 'suspend' ? '暂停导师资格' : '认定暂不适合担任导师';
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = { teacherId: teacher.id, reason, successorId: successorId || null };
    const ok = await act(async () => {
      const r =
        how === 'suspend'
          ? (await client.request(SuspendMentorDocument, { input })).suspendMentor
          : (await client.request(MarkNotSuitableDocument, { input })).markNotSuitable;
      return r.userErrors;
    }, '已处理，受导学生已移交继任导师。');
    if (ok) onDone();
  }
  return (
    <div className="panel" data-testid="take-out">
      <h3>
        {label}：{teacher.name}
      </h3>
      <form className="admin" onSubmit={(e) => void submit(e)}>
        <label>
          继任导师
          <select value={successorId} onChange={(e) => setSuccessor(e.target.value)}>
            <option value="">（无受导学生时可不选）</option>
            {teachers
              .filter((t) => t.id !== teacher.id && t.mentorStatus === 'CERTIFIED')
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
          </select>
        </label>
        <label className="wide">
          原因（必填）
          <input value={reason} onChange={(e) => setReason(e.target.value)} required />
        </label>
        <div className="wide actions">
          <button type="submit" disabled={busy}>
            确认
          </button>
          {note}
        </div>
      </form>
    </div>
  );
}

/** 继任: hand every mentee of one teacher to another, with a reason (history kept). */
export function HandOverForm({
  client,
  teachers,
  onDone,
}: {
  client: Client;
  teachers: Teacher[];
  onDone: () => void;
}) {
  const { act, busy, note } = useAction();
  const [form, setForm] = useState({ from: '', to: '', reason: '', leaves: false });
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const ok = await act(
      async () =>
        (
          await client.request(HandOverMenteesDocument, {
            input: {
              fromTeacherId: form.from,
              toTeacherId: form.to,
              reason: form.reason,
              teacherLeaves: form.leaves,
            },
          })
        ).handOverMentees.userErrors,
      '已移交，历史记录保留。',
    );
    if (ok) onDone();
  }
  return (
    <div className="panel">
      <h3>导师继任（移交受导学生）</h3>
      <form className="admin" onSubmit={(e) => void submit(e)} data-testid="handover">
        <label>
          原导师
          <select value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} required>
            <option value="">请选择</option>
            {teachers.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          继任导师
          <select value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} required>
            <option value="">请选择</option>
            {teachers
              .filter((t) => t.id !== form.from)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
          </select>
        </label>
        <label className="wide">
          原因（必填）
          <input value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} required />
        </label>
        <label>
          <span>
            <input
              type="checkbox"
              checked={form.leaves}
              onChange={(e) => setForm({ ...form, leaves: e.target.checked })}
            />{' '}
            原导师离校
          </span>
        </label>
        <div className="wide actions">
          <button type="submit" disabled={busy}>
            移交
          </button>
          {note}
        </div>
      </form>
    </div>
  );
}
