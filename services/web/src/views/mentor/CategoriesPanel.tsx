import { type AttentionCategory, type Client, SetAttentionCategoriesDocument } from '@mentorship/client';
import { useState } from 'react';

import { OutcomeLine } from '../../components/Outcome';
import type { Outcome } from '../../draft';
import { errorText } from '../../errors';
import { ATTENTION_LABELS, formatDate } from '../../format';

type Flag = { category: AttentionCategory; setAt: string };

/** 特别关注类别: the full set is sent (left out means removed); only the student's mentors see it. */
export function CategoriesPanel({
  client,
  studentId,
  flags,
  onSaved,
}: {
  client: Client;
  studentId: string;
  flags: Flag[];
  onSaved: () => void;
}) {
  const [chosen, setChosen] = useState<Set<AttentionCategory>>(() => new Set(flags.map((f) => f.category)));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const since = new Map(flags.map((f) => [f.category, f.setAt]));

  async function save() {
    setBusy(true);
    setOutcome(null);
    try {
      const { setAttentionCategories: r } = await client.request(SetAttentionCategoriesDocument, {
        input: { studentId, categories: [...chosen] },
      });
      if (r.userErrors.length) setOutcome({ ok: false, text: errorText(r.userErrors) });
      else {
        setOutcome({ ok: true, text: `已保存关注类别（${r.attentionCategories!.length} 项）。` });
        onSaved();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="categories-title" data-testid="categories">
      <h2 id="categories-title">关注类别</h2>
      <p className="note">只有这名学生的导师能看到。</p>
      <fieldset className="categories">
        <legend className="sr-only">关注类别</legend>
        {(Object.keys(ATTENTION_LABELS) as AttentionCategory[]).map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              name="category"
              value={c}
              checked={chosen.has(c)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(c);
                else next.delete(c);
                setChosen(next);
              }}
            />
            {ATTENTION_LABELS[c]}
            {since.has(c) && <small>（{formatDate(since.get(c)!)}起）</small>}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => void save()} disabled={busy}>
        {busy ? '正在保存…' : '保存关注类别'}
      </button>
      <OutcomeLine outcome={outcome} testId="categories-message" />
    </section>
  );
}
