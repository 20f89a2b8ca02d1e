import {
  type Client,
  EnterEvaluationScoreDocument,
  type EvaluationCyclesQuery,
  SchoolSurveysDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { EVALUATION_LEVEL_LABELS, formatDate, formatDecimal, formatInteger } from '../../format';
import { Empty, useAction } from './kit';

type Cycle = EvaluationCyclesQuery['evaluationCycles']['nodes'][number];

const PARTY_LABELS: Record<string, string> = {
  SELF: '自评',
  COLLEAGUE: '互评',
  SCHOOL: '学校评分',
  STUDENTS: '学生问卷',
  PLATFORM: '系统计算',
};
const SOURCE_LABELS: Record<string, string> = { COMPUTED: '按记录自动计算', ENTERED: '人工录入' };
const AUDIENCE_LABELS: Record<string, string> = { STUDENT: '学生', PARENT: '家长' };
const score = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatDecimal(n));

/**
 * One evaluation cycle: its rubric (the district's template or the school's recorded adaptation), every
 * mentor's scores item by item (the best 100), the school's own scores while open. Publishing is on the cycle's row.
 */
export function CycleDetail({ client, cycle, onSaved }: { client: Client; cycle: Cycle; onSaved: () => void }) {
  const schoolItems = cycle.rubric.filter((r) => r.source === 'ENTERED' && r.party === 'SCHOOL');
  return (
    <div className="panel" data-testid="cycle-detail">
      <h3>{cycle.term} 学期考核方案</h3>
      {cycle.adaptationNote && <p className="note">本校调整说明：{cycle.adaptationNote}</p>}
      <div className="scroll-x" tabIndex={0} role="region" aria-label="考核方案（可左右滚动）">
        <table className="data compact" data-testid="rubric">
          <thead>
            <tr>
              <th>考核项目</th>
              <th className="num">分值</th>
              <th>评价方</th>
              <th>得分方式</th>
            </tr>
          </thead>
          <tbody>
            {cycle.rubric.map((r) => (
              <tr key={r.key} data-item={r.key}>
                <td>{r.label}</td>
                <td className="num">{formatDecimal(r.weight)}</td>
                <td>{PARTY_LABELS[r.party] ?? r.party}</td>
                <td>{SOURCE_LABELS[r.source] ?? r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">
        优秀线{' '}
        {cycle.excellentMin === null || cycle.excellentMin === undefined ? '—' : formatDecimal(cycle.excellentMin)} 分 ·
        合格线 {formatDecimal(cycle.qualifiedMin)} 分。
        {cycle.status === 'OPEN' ? '评分中，结果随记录实时变化；公布后冻结。' : '结果已公布并冻结。'}
      </p>

      {cycle.status === 'OPEN' &&
        (schoolItems.length ? (
          <SchoolScoreForm client={client} cycle={cycle} items={schoolItems} onSaved={onSaved} />
        ) : (
          <p className="note" data-testid="no-school-items">
            本方案没有需要学校录入的项目。
          </p>
        ))}

      <h3>导师得分</h3>
      {cycle.results.nodes.length === 0 ? (
        <Empty>尚无导师得分。</Empty>
      ) : (
        <div className="scroll-x" tabIndex={0} role="region" aria-label="导师得分（可左右滚动）">
          <table className="data compact" data-testid="results">
            <thead>
              <tr>
                <th>导师</th>
                {cycle.rubric.map((r) => (
                  <th key={r.key} className="num">
                    {r.label}
                  </th>
                ))}
                <th className="num">总分</th>
                <th>等级</th>
              </tr>
            </thead>
            <tbody>
              {cycle.results.nodes.map((m, i) => (
                <tr key={m.teacher?.id ?? i} data-teacher={m.teacher?.id}>
                  <td>{m.teacher?.name ?? '—'}</td>
                  {cycle.rubric.map((r) => (
                    <td key={r.key} className="num">
                      {score(m.items.find((x) => x.key === r.key)?.score)}
                    </td>
                  ))}
                  <td className="num" data-field="total">
                    {formatDecimal(m.total)}
                  </td>
                  <td>{EVALUATION_LEVEL_LABELS[m.level]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cycle.results.pageInfo.hasNextPage && <p className="note">仅显示得分最高的 100 名导师。</p>}
      <p className="note">“—”表示缺少数据（如问卷答卷不足 5 份），该项不计分。</p>
    </div>
  );
}

function SchoolScoreForm({
  client,
  cycle,
  items,
  onSaved,
}: {
  client: Client;
  cycle: Cycle;
  items: Cycle['rubric'];
  onSaved: () => void;
}) {
  const { act, busy, note } = useAction();
  const teachers = cycle.results.nodes.flatMap((r) => (r.teacher ? [r.teacher] : []));
  const [form, setForm] = useState({ teacherId: teachers[0]?.id ?? '', itemKey: items[0].key, score: '' });
  const item = items.find((i) => i.key === form.itemKey) ?? items[0];
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const ok = await act(
      async () =>
        (
          await client.request(EnterEvaluationScoreDocument, {
            input: { cycleId: cycle.id, teacherId: form.teacherId, itemKey: form.itemKey, score: Number(form.score) },
          })
        ).enterEvaluationScore.userErrors,
      '评分已保存。',
    );
    if (ok) {
      setForm({ ...form, score: '' });
      onSaved();
    }
  }
  return (
    <form className="admin" onSubmit={(e) => void submit(e)} data-testid="school-score">
      <label>
        导师
        <select value={form.teacherId} onChange={(e) => setForm({ ...form, teacherId: e.target.value })} required>
          {teachers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        项目
        <select value={form.itemKey} onChange={(e) => setForm({ ...form, itemKey: e.target.value })}>
          {items.map((i) => (
            <option key={i.key} value={i.key}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        得分（0–{formatDecimal(item.weight)}）
        <input
          type="number"
          min={0}
          max={item.weight}
          step="0.1"
          value={form.score}
          onChange={(e) => setForm({ ...form, score: e.target.value })}
          required
        />
      </label>
      <div className="actions">
        <button type="submit" disabled={busy || !form.teacherId}>
          保存学校评分
        </button>
        {note}
      </div>
    </form>
  );
}

/**
 * The school's surveys and what can be read of them: nothing while open; after close the number
 * of answers and each question's mean over the whole school, from 5 answers up (never a comment).
 */
export function SurveyList({ client }: { client: Client }) {
  const state = useQuery(client, SchoolSurveysDocument, {});
  if (state.status !== 'done') return <Status state={state} />;
  const surveys = state.data.surveys.nodes;
  return (
    <div className="panel" data-testid="surveys">
      <h3>问卷与答卷汇总</h3>
      {surveys.length === 0 ? (
        <Empty>尚未开启任何问卷。</Empty>
      ) : (
        surveys.map((s) => (
          <article key={s.id} className="survey" data-survey={s.id}>
            <h4>
              {s.term} 学期 · {AUDIENCE_LABELS[s.audience] ?? s.audience}问卷 ·{' '}
              <span data-field="state">{s.schoolSummary.closed ? '已截止' : '进行中'}</span>
            </h4>
            <p className="note">
              {formatDate(s.opensAt)} 至 {formatDate(s.closesAt)} ·{' '}
              {!s.schoolSummary.closed ? (
                '截止后汇总，进行中不显示答卷情况。'
              ) : s.schoolSummary.suppressed ? (
                '答卷不足 5 份，不公布汇总。'
              ) : (
                <>
                  共 <strong data-figure="responses">{formatInteger(s.schoolSummary.responses ?? 0)}</strong>{' '}
                  份答卷（全校）。
                </>
              )}
            </p>
            <table className="data compact">
              <thead>
                <tr>
                  <th>问题</th>
                  <th className="num">平均分（1–5）</th>
                </tr>
              </thead>
              <tbody>
                {s.schoolSummary.questions.map((q) => (
                  <tr key={q.question}>
                    <td>{q.question}</td>
                    <td className="num" data-field="mean">
                      {score(q.mean)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        ))
      )}
      <p className="note">答卷匿名，各导师的评语只有导师本人可见。</p>
    </div>
  );
}
