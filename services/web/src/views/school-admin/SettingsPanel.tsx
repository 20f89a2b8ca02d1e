import {
  type Client,
  type DutyPeriod,
  type RecordKind,
  SchoolSettingsAndRulesDocument,
  SetDutyRulesDocument,
  UpdateSchoolSettingsDocument,
} from '@mentorship/client';
import { useEffect, useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { PERIOD_LABELS, RECORD_KIND_LABELS } from '../../format';
import { useAction } from './kit';

type Rule = { kind: RecordKind; period: DutyPeriod; minCount: number };

/** 学校设置 and 工作频次: crisis pick-up time, optional actions, load rule; duty frequency rules. */
export function SettingsPanel({ client }: { client: Client }) {
  const state = useQuery(client, SchoolSettingsAndRulesDocument, {});
  const settings = useAction();
  const rulesAction = useAction();
  const [form, setForm] = useState({ crisisPickupHours: 24, optionalActions: '', supportingCountsTowardLoad: false });
  const [rules, setRules] = useState<Rule[]>([]);
  useEffect(() => {
    if (state.status !== 'done') return;
    const s = state.data.schoolSettings;
    setForm({
      crisisPickupHours: s.crisisPickupHours,
      optionalActions: s.optionalActions.join('\n'),
      supportingCountsTowardLoad: s.supportingCountsTowardLoad,
    });
    setRules(state.data.dutyRules.map(({ kind, period, minCount }) => ({ kind, period, minCount })));
    // The form is filled once, when the settings arrive; later edits are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status]);
  if (state.status !== 'done') return <Status state={state} />;
  const saveSettings = () =>
    settings
      .act(
        async () =>
          (
            await client.request(UpdateSchoolSettingsDocument, {
              input: {
                crisisPickupHours: Number(form.crisisPickupHours),
                optionalActions: form.optionalActions
                  .split('\n')
                  .map((a) => a.trim())
                  .filter(Boolean),
                supportingCountsTowardLoad: form.supportingCountsTowardLoad,
              },
            })
          ).updateSchoolSettings.userErrors,
      )
      .then((ok) => ok && state.reload());
  const saveRules = () =>
    rulesAction
      .act(async () => (await client.request(SetDutyRulesDocument, { rules })).setDutyRules.userErrors)
      .then((ok) => ok && state.reload());
  const update = (i: number, patch: Partial<Rule>) => setRules(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <section data-testid="settings-panel">
      <div className="panel">
        <h3>学校设置</h3>
        <form
          className="admin"
          onSubmit={(e) => {
            e.preventDefault();
            void saveSettings();
          }}
        >
          <label>
            危机预警受理时限（小时）
            <input
              type="number"
              min={1}
              max={168}
              value={form.crisisPickupHours}
              onChange={(e) => setForm({ ...form, crisisPickupHours: Number(e.target.value) })}
            />
          </label>
          <label>
            每位导师带教上限
            <input value={state.data.schoolSettings.mentorStudentCap} readOnly aria-describedby="cap-note" />
          </label>
          <label>
            <span>
              <input
                type="checkbox"
                checked={form.supportingCountsTowardLoad}
                onChange={(e) => setForm({ ...form, supportingCountsTowardLoad: e.target.checked })}
              />{' '}
              协助导师计入带教人数
            </span>
          </label>
          <label className="wide">
            自选动作（每行一项）
            <textarea
              rows={3}
              value={form.optionalActions}
              onChange={(e) => setForm({ ...form, optionalActions: e.target.value })}
            />
          </label>
          <p id="cap-note" className="note wide">
            带教上限由区教育局政策确定。
          </p>
          <div className="wide actions">
            <button type="submit" disabled={settings.busy}>
              保存设置
            </button>
            {settings.note}
          </div>
        </form>
      </div>
      <div className="panel">
        <h3>工作频次规则</h3>
        <p className="note">“三个一”（家访、谈心谈话、成长寄语）每学期至少各一次，不能取消。</p>
        <table className="data compact" data-testid="duty-rules">
          <thead>
            <tr>
              <th>工作</th>
              <th>周期</th>
              <th className="num">至少次数</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.map((r, i) => (
              <tr key={i}>
                <td>
                  <select
                    aria-label="工作"
                    value={r.kind}
                    onChange={(e) => update(i, { kind: e.target.value as RecordKind })}
                  >
                    {Object.entries(RECORD_KIND_LABELS).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label="周期"
                    value={r.period}
                    onChange={(e) => update(i, { period: e.target.value as DutyPeriod })}
                  >
                    {Object.entries(PERIOD_LABELS).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v.replace('本', '每')}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="num">
                  <input
                    aria-label="至少次数"
                    type="number"
                    min={1}
                    max={20}
                    value={r.minCount}
                    onChange={(e) => update(i, { minCount: Number(e.target.value) })}
                    style={{ width: 56 }}
                  />
                </td>
                <td>
                  <button type="button" className="secondary" onClick={() => setRules(rules.filter((_, j) => j !== i))}>
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => setRules([...rules, { kind: 'OPTIONAL_ACTION', period: 'TERM', minCount: 2 }])}
          >
            添加规则
          </button>
          <button type="button" disabled={rulesAction.busy} onClick={() => void saveRules()}>
            保存规则
          </button>
          {rulesAction.note}
        </div>
      </div>
    </section>
  );
}
