import { type Client, OpenMatchingRoundDocument, SchoolGradesDocument } from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { useAction } from './kit';

const localInput = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

/** 开启双向选择: academic year, window (China time), grade, choices, cap. */
export function OpenRoundForm({
  client,
  schoolId,
  onOpened,
}: {
  client: Client;
  schoolId: string;
  onOpened: (id: string) => void;
}) {
  const grades = useQuery(client, SchoolGradesDocument, { schoolId });
  const { act, busy, note } = useAction();
  const now = new Date();
  // An academic year starts in September: before August, the round prepares the current one.
  const startYear = now.getUTCFullYear() - (now.getUTCMonth() < 7 ? 1 : 0);
  const [form, setForm] = useState({
    academicYear: `${startYear}-${startYear + 1}`,
    opensAt: localInput(now),
    closesAt: localInput(new Date(now.getTime() + 7 * 86400_000)),
    gradeId: '',
    maxChoices: 3,
    cap: '',
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    let id = '';
    const ok = await act(async () => {
      const r = await client.request(OpenMatchingRoundDocument, {
        input: {
          academicYear: form.academicYear,
          opensAt: new Date(`${form.opensAt}:00+08:00`).toISOString(),
          closesAt: new Date(`${form.closesAt}:00+08:00`).toISOString(),
          gradeIds: form.gradeId ? [form.gradeId] : undefined,
          maxChoices: Number(form.maxChoices),
          cap: form.cap ? Number(form.cap) : undefined,
        },
      });
      id = r.openMatchingRound.round?.id ?? '';
      return r.openMatchingRound.userErrors;
    }, '已开启匹配轮次，学生和家长现在可以填报志愿。');
    if (ok && id) onOpened(id);
  }
  return (
    <div className="panel">
      <h3>开启新一轮双向选择</h3>
      <form className="admin" onSubmit={(e) => void submit(e)} data-testid="open-round">
        <label>
          学年
          <input value={form.academicYear} onChange={set('academicYear')} required pattern="\d{4}-\d{4}" />
        </label>
        <label>
          填报开始（北京时间）
          <input type="datetime-local" value={form.opensAt} onChange={set('opensAt')} required />
        </label>
        <label>
          填报截止（北京时间）
          <input type="datetime-local" value={form.closesAt} onChange={set('closesAt')} required />
        </label>
        <label>
          年级
          <select value={form.gradeId} onChange={set('gradeId')} name="grade">
            <option value="">全部年级</option>
            {grades.status === 'done' &&
              grades.data.school.grades.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          每人可填志愿数
          <input type="number" min={1} max={10} value={form.maxChoices} onChange={set('maxChoices')} />
        </label>
        <label>
          每位导师带教上限（留空为区定上限）
          <input type="number" min={1} max={50} value={form.cap} onChange={set('cap')} />
        </label>
        <div className="wide actions">
          <button type="submit" disabled={busy}>
            开启轮次
          </button>
          {note}
        </div>
      </form>
    </div>
  );
}
