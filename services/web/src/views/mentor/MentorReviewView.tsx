import { MyEvaluationsDocument, MySurveySummaryDocument, type Client, type SurveyAudience } from '@mentorship/client';
import { useQuery } from '../../api';
import { Status } from '../../components/Status';
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
        <p className="status" data-testid="no-evaluation">学校尚未公布您的考核结果。</p>
      ) : (
        <ul className="cards-list" data-testid="evaluations">
          {evaluations.data.me.evaluations.map((e) => (
            <li key={e.term}>
              <strong>{e.term} 学期 · {EVALUATION_LEVEL_LABELS[e.level]}</strong>
              <span>总分 {formatDecimal(e.total)}</span>
            </li>
          ))}
        </ul>
      )}
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
        <p className="status" data-testid={`survey-${audience}`}>本学期问卷尚未结束；结束后才显示汇总。</p>
      ) : state.data.me.surveySummary.suppressed ? (
        <p className="status" data-testid={`survey-${audience}`}>答卷少于 5 份，为保护答题人不显示结果。</p>
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
          {state.data.me.surveySummary.comments.length > 0 && (
            <ul className="comments">
              {state.data.me.surveySummary.comments.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
