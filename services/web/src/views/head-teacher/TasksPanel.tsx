import { type Client, CompleteConsultationTaskDocument, MyConsultationTasksDocument } from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { OutcomeLine } from '../../components/Outcome';
import { Status } from '../../components/Status';
import type { Outcome } from '../../draft';
import { errorText } from '../../errors';
import { formatDate } from '../../format';

/** 学情会商 follow-up tasks I own, open first; the owner marks one done. */
export function TasksPanel({ client }: { client: Client }) {
  const state = useQuery(client, MyConsultationTasksDocument, {});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function complete(taskId: string) {
    setBusy(taskId);
    setOutcome(null);
    try {
      const { completeConsultationTask: r } = await client.request(CompleteConsultationTaskDocument, { taskId });
      if (r.userErrors.length) setOutcome({ ok: false, text: errorText(r.userErrors) });
      else {
        setOutcome({ ok: true, text: `已完成：${r.task!.description}` });
        state.reload();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="tasks-title">
      <h2 id="tasks-title">我负责的会商跟进任务</h2>
      {state.status !== 'done' ? (
        <Status state={state} />
      ) : state.data.me.consultationTasks.nodes.length === 0 ? (
        <p className="status" data-testid="no-tasks">
          目前没有分配给您的跟进任务。
        </p>
      ) : (
        <ul className="cards-list" data-testid="my-tasks">
          {state.data.me.consultationTasks.nodes.map((t) => (
            <li key={t.id} data-task-id={t.id} className={t.doneAt ? 'finished' : ''}>
              <strong>{t.description}</strong>
              <span className="note">
                {t.student ? `学生：${t.student.name} · ` : ''}
                {t.dueOn ? `截止 ${formatDate(t.dueOn)}` : '无截止日期'}
              </span>
              {t.doneAt ? (
                <span className="done" data-field="done">
                  ✓ 已于 {formatDate(t.doneAt)} 完成
                </span>
              ) : (
                <button type="button" onClick={() => void complete(t.id)} disabled={busy !== null}>
                  {busy === t.id ? '正在保存…' : '标记完成'}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {state.status === 'done' &&
        state.data.me.consultationTasks.totalCount > state.data.me.consultationTasks.nodes.length && (
          <p className="note" data-testid="tasks-truncated">
            共 {state.data.me.consultationTasks.totalCount} 项任务，这里列出前{' '}
            {state.data.me.consultationTasks.nodes.length} 项（未完成的在前）。
          </p>
        )}
      <OutcomeLine outcome={outcome} testId="task-message" />
    </section>
  );
}
