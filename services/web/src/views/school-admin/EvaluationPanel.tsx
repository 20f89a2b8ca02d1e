import {
  type Client,
  EvaluationCyclesDocument,
  OpenEvaluationCycleDocument,
  OpenSurveyDocument,
  PublishEvaluationCycleDocument,
  type SurveyAudience,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDateTime, formatInteger } from '../../format';
import { CycleDetail, SurveyList } from './EvaluationDetail';
import { Empty, useAction } from './kit';

const CYCLE_STATUS: Record<string, string> = { OPEN: '评分中', PUBLISHED: '已公布' };
/** The term a date falls in, as the API names it (2026-2027-1 from September, -2 from February). */
export function termOf(d: Date): string {
  const china = new Date(d.getTime() + 8 * 3600_000);
  const y = china.getUTCFullYear();
  const m = china.getUTCMonth() + 1;
  return m >= 8 ? `${y}-${y + 1}-1` : m >= 2 ? `${y - 1}-${y}-2` : `${y - 1}-${y}-1`;
}

/**
 * 考核 and 问卷: open a term's evaluation with the district's template, read its rubric and every
 * mentor's scores, enter the school's scores, publish it; open a survey and read its summary.
 */
export function EvaluationPanel({ client }: { client: Client }) {
  const cycles = useQuery(client, EvaluationCyclesDocument, {});
  const { act, busy, note } = useAction();
  const [term, setTerm] = useState(termOf(new Date()));
  const [shown, setShown] = useState<string | null>(null);
  const [surveysOpened, setSurveysOpened] = useState(0);
  const open = () =>
    act(
      async () =>
        (await client.request(OpenEvaluationCycleDocument, { input: { term } })).openEvaluationCycle.userErrors,
      '已开启考核（使用区考核模板）。',
    ).then((ok) => ok && cycles.reload());
  const publish = (cycleId: string) =>
    act(
      async () => (await client.request(PublishEvaluationCycleDocument, { cycleId })).publishEvaluationCycle.userErrors,
      '考核结果已公布。',
    ).then((ok) => ok && cycles.reload());
  return (
    <section data-testid="evaluation-panel">
      <div className="panel">
        <h3>导师考核</h3>
        <form
          className="admin"
          onSubmit={(e) => {
            e.preventDefault();
            void open();
          }}
        >
          <label>
            学期
            <input value={term} onChange={(e) => setTerm(e.target.value)} pattern="\d{4}-\d{4}-[12]" required />
          </label>
          <div className="actions">
            <button type="submit" disabled={busy}>
              开启本学期考核
            </button>
          </div>
        </form>
        {note}
        <Status state={cycles} />
        {cycles.status === 'done' &&
          (cycles.data.evaluationCycles.nodes.length === 0 ? (
            <Empty>尚未开启任何考核。</Empty>
          ) : (
            <div className="scroll-x" tabIndex={0} role="region" aria-label="考核学期（可左右滚动）">
              <table className="data compact" data-testid="cycles">
                <thead>
                  <tr>
                    <th>学期</th>
                    <th>状态</th>
                    <th className="num">优秀</th>
                    <th className="num">合格</th>
                    <th className="num">待改进</th>
                    <th>公布时间</th>
                    <th>操作</th>
                  </tr>
                </thead>
                <tbody>
                  {cycles.data.evaluationCycles.nodes.map((c) => (
                    <tr key={c.id}>
                      <td>{c.term}</td>
                      <td>{CYCLE_STATUS[c.status] ?? c.status}</td>
                      <td className="num">{formatInteger(c.distribution.excellent)}</td>
                      <td className="num">{formatInteger(c.distribution.qualified)}</td>
                      <td className="num">{formatInteger(c.distribution.needsImprovement)}</td>
                      <td>{c.publishedAt ? formatDateTime(c.publishedAt) : '—'}</td>
                      <td>
                        <button
                          type="button"
                          onClick={() => setShown(c.id)}
                          aria-pressed={(shown ?? cycles.data.evaluationCycles.nodes[0].id) === c.id}
                        >
                          查看
                        </button>{' '}
                        {c.status !== 'PUBLISHED' && (
                          <button type="button" disabled={busy} onClick={() => void publish(c.id)}>
                            公布
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </div>
      {cycles.status === 'done' && cycles.data.evaluationCycles.nodes.length > 0 && (
        <CycleDetail
          client={client}
          cycle={
            cycles.data.evaluationCycles.nodes.find((c) => c.id === shown) ?? cycles.data.evaluationCycles.nodes[0]
          }
          onSaved={cycles.reload}
        />
      )}
      <SurveyForm client={client} onOpened={() => setSurveysOpened((n) => n + 1)} />
      <SurveyList key={surveysOpened} client={client} />
    </section>
  );
}

function SurveyForm({ client, onOpened }: { client: Client; onOpened: () => void }) {
  const { act, busy, note } = useAction();
  const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);
  const [form, setForm] = useState({
    term: termOf(new Date()),
    audience: 'STUDENT' as SurveyAudience,
    questions: '导师关心我的学习和生活\n和导师谈话对我有帮助',
    opensOn: day(0),
    closesOn: day(14),
  });
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await act(
      async () =>
        (
          await client.request(OpenSurveyDocument, {
            input: {
              term: form.term,
              audience: form.audience,
              questions: form.questions
                .split('\n')
                .map((q) => q.trim())
                .filter(Boolean),
              opensAt: new Date(`${form.opensOn}T00:00:00+08:00`).toISOString(),
              closesAt: new Date(`${form.closesOn}T23:59:00+08:00`).toISOString(),
            },
          })
        ).openSurvey.userErrors,
      '问卷已开启。答卷匿名，只以汇总形式计入考核。',
    ).then((ok) => ok && onOpened());
  }
  return (
    <div className="panel">
      <h3>开启反馈问卷</h3>
      <form className="admin" onSubmit={(e) => void submit(e)} data-testid="open-survey">
        <label>
          学期
          <input value={form.term} onChange={(e) => setForm({ ...form, term: e.target.value })} required />
        </label>
        <label>
          对象
          <select
            value={form.audience}
            onChange={(e) => setForm({ ...form, audience: e.target.value as SurveyAudience })}
          >
            <option value="STUDENT">学生</option>
            <option value="PARENT">家长</option>
          </select>
        </label>
        <label>
          开始日期
          <input
            type="date"
            value={form.opensOn}
            onChange={(e) => setForm({ ...form, opensOn: e.target.value })}
            required
          />
        </label>
        <label>
          截止日期
          <input
            type="date"
            value={form.closesOn}
            onChange={(e) => setForm({ ...form, closesOn: e.target.value })}
            required
          />
        </label>
        <label className="wide">
          问题（每行一题，按 1–5 分作答）
          <textarea rows={4} value={form.questions} onChange={(e) => setForm({ ...form, questions: e.target.value })} />
        </label>
        <div className="wide actions">
          <button type="submit" disabled={busy}>
            开启问卷
          </button>
          {note}
        </div>
      </form>
    </div>
  );
}
