import {
  ballotRequest,
  type Client,
  finishSurveyBallot,
  OpenSurveysDocument,
  type OpenSurveysQuery,
  type PendingBallot,
  RequestSurveyBallotDocument,
  startSurveyBallot,
  SubmitSurveyResponseDocument,
  type SurveyBallot,
  surveySubmission,
} from '@mentorship/client';
import { type FormEvent, useState } from 'react';

import { useQuery } from '../../api';
import { OutcomeLine } from '../../components/Outcome';
import { Status } from '../../components/Status';
import { type Outcome, useDraft } from '../../draft';
import { errorText } from '../../errors';
import { formatDateTime } from '../../format';

type Survey = OpenSurveysQuery['openSurveys'][number];
/**
 * Kept on this device only (localStorage): the blinding secret and the ballot never go to the service together with who
 * you are.
 */
interface Stored {
  pending?: PendingBallot;
  ballot?: SurveyBallot;
  submitted?: boolean;
}
const storeKey = (id: string) => `mentorship.ballot.${id}`;
const load = (id: string): Stored => JSON.parse(localStorage.getItem(storeKey(id)) ?? '{}') as Stored;
const keep = (id: string, value: Stored) => localStorage.setItem(storeKey(id), JSON.stringify(value));

/** Student or guardian: open surveys, answered anonymously with a blindly signed ballot (survey-ballot.ts). */
export function SurveyView({ client }: { client: Client }) {
  const state = useQuery(client, OpenSurveysDocument, {});
  const surveys = state.status === 'done' ? state.data.openSurveys.filter((s) => s.ballotKey) : [];
  return (
    <section>
      <header className="view-header">
        <h1>问卷</h1>
        <p className="term">匿名作答：学校只知道您领过答题凭证，看不到哪份答卷是您的。</p>
      </header>
      {state.status !== 'done' ? (
        <Status state={state} />
      ) : surveys.length === 0 ? (
        <p className="status" data-testid="no-survey">
          目前没有需要填写的问卷。
        </p>
      ) : (
        surveys.map((s) => <SurveyForm key={s.id} client={client} survey={s} />)
      )}
    </section>
  );
}

function SurveyForm({ client, survey }: { client: Client; survey: Survey }) {
  const [answers, update, clear] = useDraft<{ scores: number[]; comment: string }>(`survey.${survey.id}`, () => ({
    scores: survey.questions.map(() => 0),
    comment: '',
  }));
  const [done, setDone] = useState(() => load(survey.id).submitted === true);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  /** The ballot: kept from an earlier attempt, or asked for now (blinded first, kept before sending). */
  async function ballotFor(): Promise<SurveyBallot | string> {
    const stored = load(survey.id);
    if (stored.ballot) return stored.ballot;
    const pending = stored.pending ?? (await startSurveyBallot(survey.id, survey.ballotKey!));
    keep(survey.id, { pending });
    const { requestSurveyBallot: r } = await client.request(RequestSurveyBallotDocument, {
      input: ballotRequest(pending),
    });
    if (r.userErrors.length) return errorText(r.userErrors);
    const ballot = await finishSurveyBallot(pending, r.blindSignature!);
    keep(survey.id, { ballot });
    return ballot;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const ballot = await ballotFor();
      if (typeof ballot === 'string') return setOutcome({ ok: false, text: ballot });
      const { submitSurveyResponse: r } = await client.request(SubmitSurveyResponseDocument, {
        input: surveySubmission(ballot, { scores: answers.scores, comment: answers.comment.trim() || null }),
      });
      if (r.userErrors.length && !r.userErrors.some((e) => e.code === 'BALLOT_SPENT'))
        return setOutcome({ ok: false, text: errorText(r.userErrors) });
      keep(survey.id, { ballot, submitted: true });
      clear();
      setDone(true);
      setOutcome({ ok: true, text: '已提交，谢谢！您的答卷是匿名的。' });
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="survey" onSubmit={(e) => void submit(e)} data-testid="survey-form" data-survey={survey.id}>
      <h2>
        {survey.term} 学期{survey.audience === 'STUDENT' ? '学生' : '家长'}问卷
      </h2>
      <p className="note">截止 {formatDateTime(survey.closesAt)} · 1 分最低，5 分最高</p>
      {done ? (
        <p className="status done" data-testid="survey-done">
          您已提交这份问卷。
        </p>
      ) : (
        <>
          {survey.questions.map((q, i) => (
            <fieldset key={i} className="question">
              <legend>
                {i + 1}. {q}
              </legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="check">
                  <input
                    type="radio"
                    name={`q${i}`}
                    value={n}
                    checked={answers.scores[i] === n}
                    onChange={() => update({ scores: answers.scores.map((s, j) => (j === i ? n : s)) })}
                  />
                  {n}
                </label>
              ))}
            </fieldset>
          ))}
          <label className="wide">
            想说的话（可选）
            <textarea
              name="comment"
              rows={2}
              value={answers.comment}
              onChange={(e) => update({ comment: e.target.value })}
            />
          </label>
          <button type="submit" disabled={busy || answers.scores.some((s) => s < 1)}>
            {busy ? '正在提交…' : '提交问卷'}
          </button>
        </>
      )}
      <OutcomeLine outcome={outcome} testId="survey-message" />
    </form>
  );
}
