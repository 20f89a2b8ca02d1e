import {
  type Client,
  DecideOnStudentDocument,
  MentorRoundsDocument,
  type MentorRoundsQuery,
  RankedMeDocument,
  SetMentorCapacityDocument,
} from '@mentorship/client';
import { type FormEvent, useState } from 'react';

import { useQuery } from '../../api';
import { OutcomeLine } from '../../components/Outcome';
import { Status } from '../../components/Status';
import type { Outcome } from '../../draft';
import { errorText } from '../../errors';
import { formatDateTime, formatInteger, ROUND_STATUS_LABELS } from '../../format';

type Round = MentorRoundsQuery['matchingRounds']['nodes'][number];

/** 双向选择, the mentor's side: the latest round, my capacity in it, and who ranked me (accept/decline). */
export function MentorRoundView({ client }: { client: Client }) {
  const state = useQuery(client, MentorRoundsDocument, {});
  if (state.status !== 'done') return <Status state={state} />;
  const me = state.data.me.teacher?.id;
  const rounds = state.data.matchingRounds.nodes.filter((r) => r.mentors.some((m) => m.teacher.id === me));
  const round = rounds.find((r) => r.status === 'OPEN') ?? rounds[0];
  return (
    <section>
      <header className="view-header">
        <h1>双向选择</h1>
        <p className="term">
          学生按意愿给导师排序；您可以设定本轮带教人数，并对选择您的学生表态（学校运行匹配时参考）。
        </p>
      </header>
      {!round ? (
        <p className="status" data-testid="no-round">
          目前没有您参加的匹配轮次。
        </p>
      ) : (
        <RoundInbox key={round.id} client={client} round={round} me={me!} onChanged={state.reload} />
      )}
    </section>
  );
}

function RoundInbox({
  client,
  round,
  me,
  onChanged,
}: {
  client: Client;
  round: Round;
  me: string;
  onChanged: () => void;
}) {
  const mine = round.mentors.find((m) => m.teacher.id === me)!;
  const ranked = useQuery(client, RankedMeDocument, { roundId: round.id });
  const [capacity, setCapacity] = useState(String(mine.capacity));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const open = round.status === 'OPEN';

  async function run(action: () => Promise<{ userErrors: { code: string }[] }>, saved: string) {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await action();
      if (r.userErrors.length) setOutcome({ ok: false, text: errorText(r.userErrors) });
      else {
        setOutcome({ ok: true, text: saved });
        ranked.reload();
        onChanged();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }
  const saveCapacity = (e: FormEvent) => {
    e.preventDefault();
    void run(
      async () =>
        (await client.request(SetMentorCapacityDocument, { input: { roundId: round.id, capacity: Number(capacity) } }))
          .setMentorCapacity,
      `已保存：本轮最多带 ${capacity} 名学生。`,
    );
  };
  const decide = (studentId: string, name: string, accept: boolean) =>
    void run(
      async () =>
        (await client.request(DecideOnStudentDocument, { input: { roundId: round.id, studentId, accept } }))
          .decideOnStudent,
      accept ? `已接受 ${name}。` : `已婉拒 ${name}。`,
    );

  return (
    <>
      <p className="term" data-testid="round">
        {round.academicYear} 学年 · <span className="badge">{ROUND_STATUS_LABELS[round.status]}</span> ·{' '}
        {formatDateTime(round.opensAt)} 至 {formatDateTime(round.closesAt)} · 每位导师最多 {formatInteger(round.cap)} 名
      </p>
      <form className="record" onSubmit={saveCapacity} data-testid="capacity-form">
        <label>
          我本轮带教人数
          <input
            type="number"
            name="capacity"
            min={0}
            max={round.cap}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
            disabled={!open}
          />
        </label>
        <div>
          <button type="submit" disabled={busy || !open}>
            保存人数
          </button>
        </div>
      </form>
      <OutcomeLine outcome={outcome} testId="round-message" />
      <h2>选择我的学生</h2>
      {ranked.status !== 'done' ? (
        <Status state={ranked} />
      ) : ranked.data.rankedMe.nodes.length === 0 ? (
        <p className="status" data-testid="no-ranked">
          还没有学生把您列入志愿。
        </p>
      ) : (
        <>
          {ranked.data.rankedMe.totalCount > ranked.data.rankedMe.nodes.length && (
            <p className="note" data-testid="ranked-truncated">
              共 {ranked.data.rankedMe.totalCount} 位学生把您列入志愿，这里按志愿顺序列出前{' '}
              {ranked.data.rankedMe.nodes.length} 位。
            </p>
          )}
          <table className="data stack" data-testid="ranked-me">
            <thead>
              <tr>
                <th>学生</th>
                <th>班级</th>
                <th className="num">志愿</th>
                <th>我的表态</th>
              </tr>
            </thead>
            <tbody>
              {ranked.data.rankedMe.nodes.map((r) => (
                <tr key={r.student.id} data-student={r.student.id}>
                  <td data-label="学生">{r.student.name}</td>
                  <td data-label="班级">{r.student.classroom.name}</td>
                  <td className="num" data-label="志愿">
                    第 {r.rank} 志愿
                  </td>
                  <td data-label="我的表态" data-field="answer">
                    <span className="answer">{r.accepted === null ? '未表态' : r.accepted ? '已接受' : '已婉拒'}</span>{' '}
                    {open && (
                      <>
                        <button
                          type="button"
                          disabled={busy || r.accepted === true}
                          onClick={() => decide(r.student.id, r.student.name, true)}
                        >
                          接受
                        </button>{' '}
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy || r.accepted === false}
                          onClick={() => decide(r.student.id, r.student.name, false)}
                        >
                          婉拒
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
