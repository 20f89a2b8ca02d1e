import {
  type Client,
  MyMentorChoiceDocument,
  StudentRoundsDocument,
  type StudentRoundsQuery,
  SubmitPreferencesDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { OutcomeLine } from '../../components/Outcome';
import { Status } from '../../components/Status';
import type { Outcome } from '../../draft';
import { errorText } from '../../errors';
import { formatDateTime } from '../../format';

type Round = StudentRoundsQuery['matchingRounds']['nodes'][number];
type Person = { id: string; name: string };

/** Student: rank mentors in the round that is open now (双向选择); nothing to do otherwise. */
export function ChooseMentorsView({ client }: { client: Client }) {
  const state = useQuery(client, StudentRoundsDocument, {});
  if (state.status !== 'done') return <Status state={state} />;
  const now = Date.now();
  const round = state.data.matchingRounds.nodes.find(
    (r) => r.status === 'OPEN' && Date.parse(r.opensAt) <= now && now < Date.parse(r.closesAt),
  );
  const upcoming = state.data.matchingRounds.nodes.find((r) => r.status === 'OPEN' && Date.parse(r.opensAt) > now);
  return (
    <section>
      <header className="view-header">
        <h1>选择导师</h1>
        <p className="term">按意愿给导师排序，第一位是最想选的。学校会尽量满足前面的志愿。</p>
      </header>
      {round ? (
        <Ranking key={round.id} client={client} round={round} />
      ) : (
        <p className="status" data-testid="no-round">
          {upcoming ? `下一轮双向选择将于 ${formatDateTime(upcoming.opensAt)} 开始。` : '目前没有开放的双向选择。'}
        </p>
      )}
    </section>
  );
}

function Ranking({ client, round }: { client: Client; round: Round }) {
  const state = useQuery(client, MyMentorChoiceDocument, { roundId: round.id });
  const [ranked, setRanked] = useState<Person[] | null>(null);
  const [adding, setAdding] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  if (state.status !== 'done') return <Status state={state} />;
  const list = ranked ?? state.data.preferences.map((p) => p.mentor);
  const eligible = state.data.eligibleMentors;
  const left = eligible.nodes.filter((m) => !list.some((x) => x.id === m.id));
  const move = (i: number, by: number) => {
    const next = [...list];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setRanked(next);
  };

  async function save() {
    setBusy(true);
    setOutcome(null);
    try {
      const { submitPreferences: r } = await client.request(SubmitPreferencesDocument, {
        input: { roundId: round.id, mentorIds: list.map((m) => m.id) },
      });
      if (r.userErrors.length) setOutcome({ ok: false, text: errorText(r.userErrors) });
      else {
        setOutcome({ ok: true, text: `已提交 ${r.preferences!.length} 个志愿。截止前还可以修改。` });
        setRanked(r.preferences!.map((p) => p.mentor));
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="term" data-testid="window">
        {round.academicYear} 学年 · 截止 {formatDateTime(round.closesAt)} · 最多选 {round.maxChoices} 位
      </p>
      {list.length === 0 ? (
        <p className="status" data-testid="no-choices">
          还没有选择导师。
        </p>
      ) : (
        <ol className="ranking" data-testid="ranking">
          {list.map((m, i) => (
            <li key={m.id} data-mentor={m.id}>
              <span className="rank">第 {i + 1} 志愿</span> <strong>{m.name}</strong>
              <span className="buttons">
                <button
                  type="button"
                  className="secondary"
                  aria-label={`${m.name} 上移`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`${m.name} 下移`}
                  disabled={i === list.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`去掉 ${m.name}`}
                  onClick={() => setRanked(list.filter((x) => x.id !== m.id))}
                >
                  去掉
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {eligible.totalCount > eligible.nodes.length && (
        <p className="note" data-testid="mentors-truncated">
          本轮共 {eligible.totalCount} 位可选导师，这里按姓名列出前 {eligible.nodes.length} 位。
        </p>
      )}
      {list.length < round.maxChoices && left.length > 0 && (
        <p className="add">
          <label>
            添加导师
            <select name="addMentor" value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">请选择</option>
              {left.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <button
            type="button"
            disabled={!adding}
            onClick={() => (setRanked([...list, left.find((m) => m.id === adding)!]), setAdding(''))}
          >
            加入志愿
          </button>
        </p>
      )}
      <button
        type="button"
        data-action="submit-preferences"
        onClick={() => void save()}
        disabled={busy || list.length === 0}
      >
        {busy ? '正在提交…' : '提交志愿'}
      </button>
      <OutcomeLine outcome={outcome} testId="preferences-message" />
    </>
  );
}
