import {
  type Client,
  MatchingRoundDetailDocument,
  MatchingRoundsDocument,
  type MatchingRoundsQuery,
  PublishMatchingRoundDocument,
  RunMatchingDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate, formatDateTime, formatInteger } from '../../format';
import { Empty, useAction } from './kit';
import { AdjustForm, Report } from './MatchingReport';
import { OpenRoundForm } from './OpenRoundForm';

export const ROUND_STATUS: Record<MatchingRoundsQuery['matchingRounds']['nodes'][number]['status'], string> = {
  OPEN: '填报中',
  DRAFTED: '已生成草案',
  PUBLISHED: '已发布',
};

/** 双向选择 · 匹配: open a round, watch preferences arrive, run, read the report, adjust, publish. */
export function MatchingPanel({ client, schoolId }: { client: Client; schoolId: string }) {
  const rounds = useQuery(client, MatchingRoundsDocument, {});
  const [selected, setSelected] = useState<string | null>(null);
  const list = rounds.status === 'done' ? rounds.data.matchingRounds.nodes : [];
  const current = selected ?? list[0]?.id ?? null;
  return (
    <section data-testid="matching-panel">
      <OpenRoundForm
        client={client}
        schoolId={schoolId}
        onOpened={(id) => {
          setSelected(id);
          rounds.reload();
        }}
      />
      <h3>匹配轮次</h3>
      <Status state={rounds} />
      {rounds.status === 'done' && list.length === 0 && <Empty>本校尚未开启匹配轮次。填写上方表单开启第一轮。</Empty>}
      {list.length > 0 && (
        <div className="actions" role="group" aria-label="选择轮次">
          {list.map((r) => (
            <button
              key={r.id}
              type="button"
              className={r.id === current ? '' : 'secondary'}
              aria-pressed={r.id === current}
              onClick={() => setSelected(r.id)}
              data-round={r.id}
            >
              {r.academicYear} · {r.grades.map((g) => g.name).join('、')} · {ROUND_STATUS[r.status]}
            </button>
          ))}
        </div>
      )}
      {current && <RoundDetail key={current} client={client} roundId={current} onChanged={rounds.reload} />}
    </section>
  );
}

function RoundDetail({ client, roundId, onChanged }: { client: Client; roundId: string; onChanged: () => void }) {
  const state = useQuery(client, MatchingRoundDetailDocument, { id: roundId });
  const { act, busy, note } = useAction();
  if (state.status !== 'done') return <Status state={state} />;
  const r = state.data.matchingRound;
  const after = () => {
    state.reload();
    onChanged();
  };
  const run = () =>
    act(
      async () => (await client.request(RunMatchingDocument, { roundId })).runMatching.userErrors,
      '已生成匹配草案。',
    ).then((ok) => ok && after());
  const publish = () =>
    act(
      async () => (await client.request(PublishMatchingRoundDocument, { roundId })).publishMatchingRound.userErrors,
      '已发布：结对关系已生效。',
    ).then((ok) => ok && after());
  return (
    <div className="panel" data-testid="round-detail" data-status={r.status}>
      <h3>
        {r.academicYear} 学年 · {r.grades.map((g) => g.name).join('、')} ·{' '}
        <span className={`badge ${r.status.toLowerCase()}`}>{ROUND_STATUS[r.status]}</span>
      </h3>
      <p className="note">
        填报时间 {formatDateTime(r.opensAt)} – {formatDateTime(r.closesAt)} · 每人可填 {r.maxChoices} 个志愿 ·
        每位导师至多 {r.cap} 名学生
      </p>
      <div className="cards">
        <div className="card">
          <span>已填报志愿的学生</span>
          <strong data-figure="preferencesReceived">{formatInteger(r.preferencesReceived)}</strong>
          <small>人（实时）</small>
        </div>
        <div className="card">
          <span>参与导师</span>
          <strong data-figure="roundMentors">{formatInteger(r.mentors.length)}</strong>
          <small>名</small>
        </div>
      </div>
      <div className="actions">
        {r.status !== 'PUBLISHED' && (
          <button type="button" onClick={() => void run()} disabled={busy} data-testid="run-matching">
            {r.ranAt ? '重新运行匹配' : '运行匹配'}
          </button>
        )}
        {r.status === 'DRAFTED' && (
          <button type="button" onClick={() => void publish()} disabled={busy} data-testid="publish-round">
            发布结果
          </button>
        )}
        <button type="button" className="secondary" onClick={state.reload}>
          刷新
        </button>
        {note}
      </div>
      {r.report ? <Report round={r} /> : <Empty>尚未运行匹配：截止后点击“运行匹配”生成草案，发布前可以调整。</Empty>}
      {r.report && r.status === 'DRAFTED' && <AdjustForm client={client} round={r} onDone={after} />}
      {r.adjustments.length > 0 && (
        <>
          <h4>手动调整记录</h4>
          <ul data-testid="adjustments">
            {r.adjustments.map((a) => (
              <li key={a.id}>
                {formatDate(a.adjustedAt)} · {a.student.name}：{a.fromMentor?.name ?? '无'} → {a.toMentor?.name ?? '无'}
                （{a.reason}）
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
