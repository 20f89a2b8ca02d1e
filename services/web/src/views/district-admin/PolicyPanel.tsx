import { type Client, DistrictPolicyDocument, SetDistrictPolicyDocument } from '@mentorship/client';
import { useEffect, useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { useAction } from '../school-admin/kit';

const FIELDS = [
  { key: 'mentorStudentCap', label: '每位导师带教上限（人）', min: 1, max: 50 },
  { key: 'trialPeriodDays', label: '导师试用期（天）', min: 0, max: 365 },
  { key: 'trainingRatePercent', label: '培训完成率标准（%）', min: 0, max: 100 },
  { key: 'coverageThresholdPercent', label: '学生覆盖率标准（%）', min: 0, max: 100 },
  { key: 'dutiesLagPoints', label: '“三个一”允许落后学期进度（百分点）', min: 0, max: 100 },
] as const;
type Key = (typeof FIELDS)[number]['key'];

/** 区政策: cap, trial period, and the thresholds that decide which schools need attention. */
export function PolicyPanel({ client, onSaved }: { client: Client; onSaved?: () => void }) {
  const state = useQuery(client, DistrictPolicyDocument, {});
  const { act, busy, note } = useAction();
  const [form, setForm] = useState<Record<Key, number> | null>(null);
  useEffect(() => {
    if (state.status === 'done') {
      const { mentorStudentCap, trialPeriodDays, trainingRatePercent, coverageThresholdPercent, dutiesLagPoints } =
        state.data.district.policy;
      setForm({ mentorStudentCap, trialPeriodDays, trainingRatePercent, coverageThresholdPercent, dutiesLagPoints });
    }
    // The form is filled once, when the policy arrives; later edits are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status]);
  if (state.status !== 'done' || !form) return <Status state={state} />;
  async function save(e: React.FormEvent) {
    e.preventDefault();
    const ok = await act(
      async () => (await client.request(SetDistrictPolicyDocument, { input: form! })).setDistrictPolicy.userErrors,
      '政策已保存，看板按新标准标注需关注学校。',
    );
    if (ok) {
      state.reload();
      onSaved?.();
    }
  }
  return (
    <section className="panel" data-testid="policy-panel">
      <h3>区政策与需关注学校标准</h3>
      <p className="note">学校低于任一标准即列入“需关注学校”，并按与标准的差距排列。</p>
      <form className="admin" onSubmit={(e) => void save(e)}>
        {FIELDS.map((f) => (
          <label key={f.key}>
            {f.label}
            <input
              type="number"
              name={f.key}
              min={f.min}
              max={f.max}
              required
              value={form[f.key]}
              onChange={(e) => setForm({ ...form, [f.key]: Number(e.target.value) })}
            />
          </label>
        ))}
        <div className="wide actions">
          <button type="submit" disabled={busy} data-testid="save-policy">
            保存政策
          </button>
          {note}
        </div>
      </form>
    </section>
  );
}
