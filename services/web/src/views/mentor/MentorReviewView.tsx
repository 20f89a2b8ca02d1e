import {
  type Client,
  EnterEvaluationScoreDocument,
  MyEvaluationsDocument,
  MySelfEvaluationDocument,
  MySurveySummaryDocument,
  type SurveyAudience,
} from '@mentorship/client';
import { type FormEvent, useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { errorText } from '../../errors';
import { EVALUATION_LEVEL_LABELS, formatDecimal, formatInteger } from '../../format';

/** 考核 and 问卷 about me: only what is published (results after the cycle, aggregates of 5+ after a survey closes). */
export function MentorReviewView({ client }: { client: Client }) {
  const evaluations = useQuery(client, MyEvaluationsDocument, {});
  return (
    <section>
      <header className="view-header">
        <h1>考核与反馈</h1>
      </header>
      <h2>考核结果</h2>
      {evaluations.status !== 'done' ? (
        <Status state={evaluations} />
      ) : evaluations.data.me.evaluations.length === 0 ? (
        <p className="status" data-testid="no-evaluation">
          学校尚未公布您的考核结果。
        </p>
      ) : (
        <ul className="cards-list" data-testid="evaluations">
          {evaluations.data.me.evaluations.map((e) => (
            <li key={e.term}>
              <strong>
                {e.term} 学期 · {EVALUATION_LEVEL_LABELS[e.level]}
              </strong>
              <span>总分 {formatDecimal(e.total)}</span>
            </li>
          ))}
        </ul>
      )}
      <SelfEvaluationForm client={client} />
      <Summary client={client} audience="STUDENT" title="学生问卷" />
      <Summary client={client} audience="PARENT" title="家长问卷" />
    </section>
  );
}

function Summary({ client, audience, title }: { client: Client; audience: SurveyAudience; title: string }) {
  const state = useQuery(client, MySurveySummaryDocument, { audience });
  return (
    <>
      <h2>{title}</h2>
      {state.status !== 'done' ? (
        <Status state={state} />
      ) : !state.data.me.surveySummary.closed ? (
        <p className="status" data-testid={`survey-${audience}`}>
          本学期问卷尚未结束；结束后才显示汇总。
        </p>
      ) : state.data.me.surveySummary.suppressed ? (
        <p className="status" data-testid={`survey-${audience}`}>
          答卷少于 5 份，为保护答题人不显示结果。
        </p>
      ) : (
        <div data-testid={`survey-${audience}`}>
          <p className="term">共 {formatInteger(state.data.me.surveySummary.responses ?? 0)} 份答卷（1–5 分）</p>
          <ul className="cards-list">
            {state.data.me.surveySummary.questions.map((q) => (
              <li key={q.question}>
                {q.question}：<strong>{q.mean === null ? '—' : formatDecimal(q.mean)}</strong>
              </li>
            ))}
          </ul>
          {state.data.me.surveySummary.comments.nodes.length > 0 && (
            <ul className="comments">
              {state.data.me.surveySummary.comments.nodes.map((c, i) => (
                <li key={i}>{c.text}</li>
              ))}
            </ul>
          )}
          {state.data.me.surveySummary.comments.totalCount > state.data.me.surveySummary.comments.nodes.length && (
            <p className="note" data-testid="comments-truncated">
              共 {state.data.me.surveySummary.comments.totalCount} 条留言，这里按字母顺序列出前{' '}
              {state.data.me.surveySummary.comments.nodes.length} 条。
            </p>
          )}
        </div>
      )}
    </>
  );
}

/** 自评: the open evaluation's items the mentor scores themself, when the school's rubric has any. */
function SelfEvaluationForm({ client }: { client: Client }) {
  const state = useQuery(client, MySelfEvaluationDocument, {});
  const [scores, setScores] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (state.status !== 'done') return <Status state={state} />;
  const { teacher, selfEvaluation } = state.data.me;
  if (!selfEvaluation || !teacher) return null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !selfEvaluation || !teacher) return;
    setBusy(true);
    setMessage(null);
    try {
      // One item at a time, each idempotent (entering again replaces the score).
      for (const item of selfEvaluation.items) {
        const value = scores[item.key];
        if (value === undefined || value === '') continue;
        const { enterEvaluationScore: r } = await client.request(EnterEvaluationScoreDocument, {
          input: { cycleId: selfEvaluation.cycleId, teacherId: teacher.id, itemKey: item.key, score: Number(value) },
        });
        if (r.userErrors.length) {
          setMessage({ ok: false, text: `${item.label}：${errorText(r.userErrors)}` });
          return;
        }
      }
      setMessage({ ok: true, text: '自评已保存，考核公布前可以修改。' });
      state.reload();
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <h2>{selfEvaluation.term} 学期自评</h2>
      <form className="record-form" onSubmit={(e) => void submit(e)} data-testid="self-evaluation">
        {selfEvaluation.items.map((item) => (
          <label key={item.key}>
            {item.label}（0–{formatDecimal(item.weight)} 分）
            <input
              type="number"
              name={item.key}
              min={0}
              max={item.weight}
              step="0.1"
              value={scores[item.key] ?? (item.myScore === null ? '' : String(item.myScore))}
              onChange={(e) => setScores({ ...scores, [item.key]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit" disabled={busy}>
          {busy ? '正在保存…' : '保存自评'}
        </button>
        {message && (
          <p
            className={`status ${message.ok ? 'saved' : 'error'}`}
            role={message.ok ? 'status' : 'alert'}
            data-testid="self-evaluation-status"
          >
            {message.text}
          </p>
        )}
      </form>
    </>
  );
}
