import { type Client, RecordCaseConsultationDocument } from '@mentorship/client';
import { type FormEvent, useState } from 'react';

import { OutcomeLine } from '../../components/Outcome';
import { type Outcome, useDraft } from '../../draft';
import { errorText } from '../../errors';
import { chinaToday, formatDate } from '../../format';

type Person = { id: string; name: string };
interface Decision {
  studentId: string;
  decision: string;
}
interface Task {
  description: string;
  ownerId: string;
  studentId: string;
  dueOn: string;
}

/**
 * 学情会商: the date, the mentors present, a decision per student discussed, follow-up tasks with
 * an owner. The typed form stays in a draft until saved; the draft's idempotency key makes a
 * retried send (the answer lost on the way) return the consultation already recorded.
 */
export function ConsultationForm(props: {
  client: Client;
  classroomId: string;
  students: Person[];
  mentors: Person[];
  me: Person | null;
  onSaved: () => void;
}) {
  const { client, classroomId, students, mentors, me } = props;
  const owners = me && !mentors.some((m) => m.id === me.id) ? [me, ...mentors] : mentors;
  const [draft, update, clear] = useDraft<{
    heldOn: string;
    attendeeIds: string[];
    decisions: Decision[];
    tasks: Task[];
  }>(`consultation.${classroomId}`, () => ({
    heldOn: chinaToday(),
    attendeeIds: [],
    decisions: [{ studentId: students[0]?.id ?? '', decision: '' }],
    tasks: [],
  }));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const setDecision = (i: number, patch: Partial<Decision>) =>
    update({ decisions: draft.decisions.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const setTask = (i: number, patch: Partial<Task>) =>
    update({ tasks: draft.tasks.map((t, j) => (j === i ? { ...t, ...patch } : t)) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { recordCaseConsultation: r } = await client.request(RecordCaseConsultationDocument, {
        input: {
          classroomId,
          heldOn: draft.heldOn,
          idempotencyKey: draft.idempotencyKey,
          attendeeIds: draft.attendeeIds,
          decisions: draft.decisions.filter((d) => d.decision.trim()),
          tasks: draft.tasks
            .filter((t) => t.description.trim())
            .map((t) => ({
              description: t.description,
              ownerId: t.ownerId,
              studentId: t.studentId || null,
              dueOn: t.dueOn || null,
            })),
        },
      });
      if (r.userErrors.length) setOutcome({ ok: false, text: errorText(r.userErrors) });
      else {
        setOutcome({ ok: true, text: `已保存 ${formatDate(r.consultation!.heldOn)} 的学情会商。` });
        clear();
        props.onSaved();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const studentSelect = (value: string, onChange: (v: string) => void, name: string, optional = false) => (
    <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
      {optional && <option value="">（不针对具体学生）</option>}
      {students.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );

  return (
    <form className="record" onSubmit={(e) => void submit(e)} data-testid="consultation-form">
      <label>
        会商日期
        <input
          type="date"
          name="heldOn"
          value={draft.heldOn}
          onChange={(e) => update({ heldOn: e.target.value })}
          required
        />
      </label>
      <fieldset className="wide students">
        <legend>参加的导师</legend>
        {mentors.length === 0 && <span className="note">本班学生还没有导师。</span>}
        {mentors.map((m) => (
          <label key={m.id} className="check">
            <input
              type="checkbox"
              name="attendee"
              value={m.id}
              checked={draft.attendeeIds.includes(m.id)}
              onChange={(e) =>
                update({
                  attendeeIds: e.target.checked
                    ? [...draft.attendeeIds, m.id]
                    : draft.attendeeIds.filter((x) => x !== m.id),
                })
              }
            />
            {m.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="wide rows">
        <legend>讨论的学生与决定</legend>
        {draft.decisions.map((d, i) => (
          <div key={i} className="row" data-decision={i}>
            <label>
              学生
              {studentSelect(d.studentId, (v) => setDecision(i, { studentId: v }), 'decisionStudent')}
            </label>
            <label className="grow">
              决定
              <input
                name="decision"
                value={d.decision}
                onChange={(e) => setDecision(i, { decision: e.target.value })}
                placeholder="如：每周与家长沟通一次作业情况"
              />
            </label>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            update({ decisions: [...draft.decisions, { studentId: students[0]?.id ?? '', decision: '' }] })
          }
        >
          再加一名学生
        </button>
      </fieldset>
      <fieldset className="wide rows">
        <legend>跟进任务</legend>
        {draft.tasks.map((t, i) => (
          <div key={i} className="row" data-task-row={i}>
            <label className="grow">
              任务
              <input
                name="taskDescription"
                value={t.description}
                onChange={(e) => setTask(i, { description: e.target.value })}
              />
            </label>
            <label>
              负责人
              <select name="taskOwner" value={t.ownerId} onChange={(e) => setTask(i, { ownerId: e.target.value })}>
                {owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.id === me?.id ? `${o.name}（我）` : o.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              学生
              {studentSelect(t.studentId, (v) => setTask(i, { studentId: v }), 'taskStudent', true)}
            </label>
            <label>
              截止日期
              <input
                type="date"
                name="taskDue"
                value={t.dueOn}
                onChange={(e) => setTask(i, { dueOn: e.target.value })}
              />
            </label>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          disabled={owners.length === 0}
          onClick={() =>
            update({
              tasks: [...draft.tasks, { description: '', ownerId: owners[0]?.id ?? '', studentId: '', dueOn: '' }],
            })
          }
        >
          添加跟进任务
        </button>
      </fieldset>
      <div className="wide">
        <button type="submit" disabled={busy || !draft.decisions.some((d) => d.decision.trim())}>
          {busy ? '正在保存…' : '保存会商记录'}
        </button>
        <OutcomeLine outcome={outcome} testId="consultation-message" />
      </div>
    </form>
  );
}
