import { type Client, type CrisisLevel, type MenteeDetailQuery, RaiseCrisisAlertDocument } from '@mentorship/client';
import { type FormEvent, useState } from 'react';

import { OutcomeLine } from '../../components/Outcome';
import { type Outcome, useDraft } from '../../draft';
import { errorText } from '../../errors';
import { CRISIS_LEVEL_LABELS, CRISIS_STATUS_LABELS, formatDateTime } from '../../format';

type Alerts = MenteeDetailQuery['student']['crisisAlerts'];

/** 危机上报: raise an alert to the crisis team (sent once: the draft's key), and follow its status. */
export function CrisisPanel({
  client,
  studentId,
  alerts,
  onRaised,
}: {
  client: Client;
  studentId: string;
  alerts: Alerts;
  onRaised: () => void;
}) {
  const [draft, update, clear] = useDraft<{ level: CrisisLevel; description: string }>(`crisis.${studentId}`, () => ({
    level: 'MODERATE',
    description: '',
  }));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function raise(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { raiseCrisisAlert: r } = await client.request(RaiseCrisisAlertDocument, {
        input: { studentId, level: draft.level, description: draft.description, idempotencyKey: draft.idempotencyKey },
      });
      if (r.userErrors.length) setOutcome({ ok: false, text: errorText(r.userErrors) });
      else {
        setOutcome({
          ok: true,
          text: `已上报心理教师（${formatDateTime(r.alert!.reportedAt)}）。请同时当面告知详细情况。`,
        });
        clear();
        onRaised();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="crisis-title" data-testid="crisis">
      <h2 id="crisis-title">危机上报</h2>
      {alerts.totalCount > alerts.nodes.length && (
        <p className="note" data-testid="alerts-truncated">
          该生共 {alerts.totalCount} 条预警，这里列出最新的 {alerts.nodes.length} 条。
        </p>
      )}
      {alerts.nodes.length > 0 && (
        <ul className="cards-list" data-testid="student-alerts">
          {alerts.nodes.map((a) => (
            <li key={a.id} data-alert={a.id}>
              <strong>{CRISIS_LEVEL_LABELS[a.level]}风险</strong> ·{' '}
              <span data-field="status">{CRISIS_STATUS_LABELS[a.status]}</span> · {formatDateTime(a.reportedAt)}
              {a.overdue && <span className="flag">超时未接手</span>}
            </li>
          ))}
        </ul>
      )}
      <form className="record" onSubmit={(e) => void raise(e)} data-testid="crisis-form">
        <label>
          风险程度
          <select name="level" value={draft.level} onChange={(e) => update({ level: e.target.value as CrisisLevel })}>
            {Object.entries(CRISIS_LEVEL_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="wide">
          看到的情况（简要，细节请当面告知心理教师）
          <textarea
            name="description"
            rows={2}
            required
            value={draft.description}
            onChange={(e) => update({ description: e.target.value })}
          />
        </label>
        <div className="wide">
          <button type="submit" className="danger" disabled={busy || !draft.description.trim()}>
            {busy ? '正在上报…' : '上报危机'}
          </button>
          <OutcomeLine outcome={outcome} testId="crisis-message" />
        </div>
      </form>
    </section>
  );
}
