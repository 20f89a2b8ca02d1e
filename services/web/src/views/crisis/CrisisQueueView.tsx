import {
  AdvanceCrisisAlertDocument,
  type Client,
  type CrisisAlertFieldsFragment,
  CrisisQueueDocument,
  type CrisisStatus,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { OutcomeLine } from '../../components/Outcome';
import { Status } from '../../components/Status';
import type { Outcome } from '../../draft';
import { errorText } from '../../errors';
import { CRISIS_LEVEL_LABELS, CRISIS_STATUS_LABELS, formatDateTime } from '../../format';

type Alert = CrisisAlertFieldsFragment;

/** Queue order: overdue first, then open alerts oldest first (longest waiting), closed ones last, newest first. */
export function queueOrder<A extends Pick<Alert, 'overdue' | 'status' | 'reportedAt'>>(alerts: A[]): A[] {
  const rank = (a: A) => (a.overdue ? 0 : a.status === 'CLOSED' ? 2 : 1);
  const at = (a: A) => Date.parse(a.reportedAt);
  return [...alerts].sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? at(b) - at(a) : at(a) - at(b)));
}

/** 心理教师: the school's crisis alerts, taken (评估), referred (to whom), closed; each step is recorded. */
export function CrisisQueueView({ client }: { client: Client }) {
  const state = useQuery(client, CrisisQueueDocument, {});
  const [showClosed, setShowClosed] = useState(false);
  if (state.status !== 'done') return <Status state={state} />;
  const { nodes, totalCount } = state.data.crisisAlerts;
  const all = queueOrder(nodes);
  const shown = showClosed ? all : all.filter((a) => a.status !== 'CLOSED');
  const open = all.filter((a) => a.status !== 'CLOSED');
  return (
    <section>
      <header className="view-header">
        <h1>危机预警</h1>
        <p className="term">
          未结 <strong data-figure="open">{open.length}</strong> 条 · 超时未接手{' '}
          <strong data-figure="overdue">{open.filter((a) => a.overdue).length}</strong> 条
        </p>
      </header>
      <label className="check">
        <input
          type="checkbox"
          checked={showClosed}
          onChange={(e) => setShowClosed(e.target.checked)}
          name="showClosed"
        />
        显示已结案
      </label>
      {totalCount > nodes.length && (
        <p className="note" data-testid="alerts-truncated">
          本校共 {totalCount} 条预警，这里列出前 {nodes.length} 条（未结的在前，新的在前）。
        </p>
      )}
      {shown.length === 0 ? (
        <p className="status" data-testid="no-alerts">
          {showClosed ? '本校没有危机预警记录。' : '目前没有未结的危机预警。'}
        </p>
      ) : (
        <ol className="alerts" data-testid="alerts">
          {shown.map((a) => (
            <AlertCard key={a.id} client={client} alert={a} onChanged={state.reload} />
          ))}
        </ol>
      )}
    </section>
  );
}

function AlertCard({ client, alert: a, onChanged }: { client: Client; alert: Alert; onChanged: () => void }) {
  const [note, setNote] = useState('');
  const [referredTo, setReferredTo] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function advance(status: CrisisStatus) {
    setBusy(true);
    setOutcome(null);
    try {
      const { advanceCrisisAlert: r } = await client.request(AdvanceCrisisAlertDocument, {
        input: {
          alertId: a.id,
          status,
          note: note.trim() || null,
          referredTo: status === 'REFERRED' ? referredTo.trim() : null,
        },
      });
      if (r.userErrors.length) setOutcome({ ok: false, text: errorText(r.userErrors) });
      else {
        setOutcome({
          ok: true,
          text: `已记录：${CRISIS_STATUS_LABELS[status]}（${formatDateTime(r.alert!.history.at(-1)!.at)}）。`,
        });
        setNote('');
        onChanged();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className={`alert ${a.overdue ? 'overdue' : ''} ${a.status.toLowerCase()}`}
      data-alert={a.id}
      data-status={a.status}
    >
      <p className="meta">
        <span className={`level level-${a.level.toLowerCase()}`}>{CRISIS_LEVEL_LABELS[a.level]}风险</span>{' '}
        <strong data-field="status">{CRISIS_STATUS_LABELS[a.status]}</strong>
        {a.overdue && <span className="flag">超时未接手</span>} · {a.student?.name ?? '学生'}（
        {a.student?.classroom.name ?? ''}） · 上报人 {a.raisedBy?.name ?? '—'}
      </p>
      <p className="content">{a.description}</p>
      {a.referredTo && (
        <p className="note">
          转介至：<span data-field="referredTo">{a.referredTo}</span>
        </p>
      )}
      <ol className="history" aria-label="处理经过">
        {a.history.map((h, i) => (
          <li key={i} data-step={h.status}>
            {formatDateTime(h.at)} · {CRISIS_STATUS_LABELS[h.status]} · {h.actor?.name ?? ''}
            {h.note && `：${h.note}`}
          </li>
        ))}
      </ol>
      {a.status !== 'CLOSED' && (
        <div className="actions">
          {a.status === 'ASSESSING' && (
            <label>
              转介至
              <input
                name="referredTo"
                value={referredTo}
                onChange={(e) => setReferredTo(e.target.value)}
                placeholder="如：区未成年人心理健康辅导中心"
              />
            </label>
          )}
          <label>
            {a.status === 'REPORTED' ? '接手说明（可选）' : '评估或处理记录'}
            <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <p>
            {a.status === 'REPORTED' && (
              <button type="button" data-action="ASSESSING" disabled={busy} onClick={() => void advance('ASSESSING')}>
                接手评估
              </button>
            )}
            {a.status === 'ASSESSING' && (
              <button
                type="button"
                data-action="REFERRED"
                disabled={busy || !referredTo.trim()}
                onClick={() => void advance('REFERRED')}
              >
                转介
              </button>
            )}{' '}
            <button
              type="button"
              className="secondary"
              data-action="CLOSED"
              disabled={busy}
              onClick={() => void advance('CLOSED')}
            >
              结案
            </button>
          </p>
        </div>
      )}
      <OutcomeLine outcome={outcome} testId="alert-message" />
    </li>
  );
}
