import { type Client, CreateMentorRecordDocument, type RecordKind } from '@mentorship/client';
import { type FormEvent, useState } from 'react';

import { OutcomeLine } from '../../components/Outcome';
import { type Outcome, useDraft } from '../../draft';
import { errorText } from '../../errors';
import { CONTACT_METHOD_LABELS, formatDateTime, RECORD_KIND_LABELS } from '../../format';

export interface MenteeOption {
  id: string;
  name: string;
  classroom: { name: string };
}

/** Kinds that may name several students (a group activity, an optional action done together). */
const MULTI: RecordKind[] = ['GROUP_ACTIVITY', 'OPTIONAL_ACTION'];
const KINDS = Object.keys(RECORD_KIND_LABELS) as RecordKind[];

interface Draft {
  kind: RecordKind;
  studentIds: string[];
  place: string;
  topic: string;
  content: string;
  contactMethod: string;
  optionalAction: string;
}

/**
 * 记录工作: any kind of record about one mentee, or several for a group activity. What is typed
 * stays in a draft (sessionStorage) until the API confirms the save; the draft's idempotency key
 * makes a retry after a lost answer return the first record instead of writing a second one.
 * A 成长寄语 is saved as a draft record and published from the mentee's timeline.
 */
export function RecordForm(props: {
  client: Client;
  mentees: MenteeOption[];
  studentId?: string;
  kind?: RecordKind;
  optionalActions: string[];
  draftName: string;
  onSaved: () => void;
}) {
  const { client, mentees, optionalActions, onSaved } = props;
  const [draft, update, clear] = useDraft<Draft>(props.draftName, () => ({
    kind: props.kind ?? 'TALK',
    studentIds: [props.studentId ?? mentees[0]?.id ?? ''],
    place: '',
    topic: '',
    content: '',
    contactMethod: 'PHONE',
    optionalAction: optionalActions[0] ?? '',
  }));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const multi = MULTI.includes(draft.kind);
  const chosen = multi ? draft.studentIds : draft.studentIds.slice(0, 1);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { createMentorRecord: result } = await client.request(CreateMentorRecordDocument, {
        input: {
          idempotencyKey: draft.idempotencyKey,
          kind: draft.kind,
          studentIds: chosen,
          occurredAt: new Date().toISOString(),
          content: draft.content,
          place: draft.place || null,
          topic: draft.topic || null,
          contactMethod: draft.kind === 'PARENT_CONTACT' ? (draft.contactMethod as 'PHONE') : null,
          optionalAction: draft.kind === 'OPTIONAL_ACTION' ? draft.optionalAction : null,
        },
      });
      if (result.userErrors.length) {
        setOutcome({ ok: false, text: errorText(result.userErrors) });
      } else {
        const label = RECORD_KIND_LABELS[draft.kind];
        const when = formatDateTime(result.record!.occurredAt);
        setOutcome({
          ok: true,
          text:
            draft.kind === 'WRITTEN_FEEDBACK'
              ? `已保存${label}草稿（${when}），尚未发布：请在记录中点“发布”。`
              : `已记录${label}（${when}）。`,
        });
        clear();
        onSaved();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string, on: boolean) =>
    update({
      studentIds: on ? [...draft.studentIds.filter((x) => x !== id), id] : draft.studentIds.filter((x) => x !== id),
    });
  return (
    <form className="record" onSubmit={(e) => void submit(e)} data-testid="record-form">
      <label>
        事项
        <select value={draft.kind} onChange={(e) => update({ kind: e.target.value as RecordKind })} name="kind">
          {KINDS.filter((k) => k !== 'OPTIONAL_ACTION' || optionalActions.length > 0).map((k) => (
            <option key={k} value={k}>
              {RECORD_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {multi ? (
        <fieldset className="wide students">
          <legend>学生（可多选）</legend>
          {mentees.map((m) => (
            <label key={m.id} className="check">
              <input
                type="checkbox"
                name="students"
                value={m.id}
                checked={draft.studentIds.includes(m.id)}
                onChange={(e) => toggle(m.id, e.target.checked)}
              />
              {m.name}
            </label>
          ))}
        </fieldset>
      ) : (
        <label>
          学生
          <select value={chosen[0] ?? ''} onChange={(e) => update({ studentIds: [e.target.value] })} name="student">
            {mentees.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}（{m.classroom.name}）
              </option>
            ))}
          </select>
        </label>
      )}
      {draft.kind === 'PARENT_CONTACT' && (
        <label>
          联系方式
          <select
            value={draft.contactMethod}
            onChange={(e) => update({ contactMethod: e.target.value })}
            name="contactMethod"
          >
            {Object.entries(CONTACT_METHOD_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
      )}
      {draft.kind === 'OPTIONAL_ACTION' && (
        <label>
          自选动作
          <select
            value={draft.optionalAction}
            onChange={(e) => update({ optionalAction: e.target.value })}
            name="optionalAction"
          >
            {optionalActions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
      )}
      {draft.kind !== 'WRITTEN_FEEDBACK' && (
        <>
          <label>
            地点
            <input
              value={draft.place}
              onChange={(e) => update({ place: e.target.value })}
              name="place"
              placeholder={draft.kind === 'HOME_VISIT' ? '学生家中' : '谈心室'}
            />
          </label>
          <label>
            主题
            <input
              value={draft.topic}
              onChange={(e) => update({ topic: e.target.value })}
              name="topic"
              placeholder="如：学习计划"
            />
          </label>
        </>
      )}
      <label className="wide">
        {draft.kind === 'WRITTEN_FEEDBACK' ? '寄语内容（学生和家长会看到）' : '内容'}
        <textarea
          value={draft.content}
          onChange={(e) => update({ content: e.target.value })}
          name="content"
          rows={4}
          required
          placeholder={draft.kind === 'WRITTEN_FEEDBACK' ? '写给学生的话' : '谈了什么、学生的情况、下一步打算'}
        />
      </label>
      <div className="wide">
        <button type="submit" disabled={busy || !draft.content.trim() || chosen.length === 0}>
          {busy ? '正在保存…' : draft.kind === 'WRITTEN_FEEDBACK' ? '保存草稿' : '保存记录'}
        </button>
        <OutcomeLine outcome={outcome} testId="record-message" />
      </div>
    </form>
  );
}
