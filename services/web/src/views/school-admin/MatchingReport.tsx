import { AdjustMatchDocument, type Client, type MatchingRoundDetailQuery } from '@mentorship/client';
import { useState } from 'react';

import { formatDecimal, formatInteger, formatPercent } from '../../format';
import { Empty, useAction } from './kit';

export type Round = MatchingRoundDetailQuery['matchingRound'];

const UNMATCHED_REASON: Record<string, string> = {
  NO_PREFERENCES: '未填报志愿',
  PREFERENCES_EXHAUSTED: '所填导师均已满额',
  NO_CAPACITY_LEFT: '导师名额已用完',
  REMOVED_BY_ADMIN: '管理员手动移出',
};

/** A draft's figures: rates over students who ranked, loads, blocking pairs, unmatched with reasons. */
export function Report({ round: r }: { round: Round }) {
  const rep = r.report!;
  const load = rep.mentorLoad;
  return (
    <div data-testid="matching-report">
      <div className="cards">
        <div className="card">
          <span>已匹配</span>
          <strong data-figure="matched">{formatInteger(rep.matched)}</strong>
          <small>
            共 {formatInteger(rep.students)} 名学生，未匹配 {formatInteger(rep.unmatched)}
          </small>
        </div>
        <div className="card">
          <span>第一志愿满足率</span>
          <strong data-figure="firstChoiceRate">{formatPercent(rep.firstChoiceRate ?? null)}</strong>
          <small>在 {formatInteger(rep.studentsWithPreferences)} 名填报学生中</small>
        </div>
        <div className="card">
          <span>前三志愿满足率</span>
          <strong data-figure="topThreeRate">{formatPercent(rep.topThreeRate ?? null)}</strong>
          <small>在填报学生中</small>
        </div>
        <div className="card">
          <span>导师平均带教（有学生的导师）</span>
          <strong data-figure="meanWithStudents">
            {load.meanWithStudents === null ? '—' : formatDecimal(load.meanWithStudents)}
          </strong>
          <small>
            {formatInteger(load.mentorsWithStudents)} 名导师有学生，{formatInteger(rep.mentorsWithoutStudents)}{' '}
            名暂无；最少 {load.min}、最多 {load.max}
          </small>
        </div>
        <div className={`card ${rep.blockingPairs ? 'warn' : ''}`}>
          <span>阻塞对</span>
          <strong data-figure="blockingPairs">
            {rep.blockingPairs === null ? '—' : formatInteger(rep.blockingPairs)}
          </strong>
          <small>{rep.blockingPairs === 0 ? '志愿匹配稳定' : '学生与导师互相更愿意结对的组数'}</small>
        </div>
      </div>
      <p className="note">
        按阶段：志愿匹配 {rep.matchedByPhase.preference} · 教学班补位 {rep.matchedByPhase.classFill} · 导师盲盒{' '}
        {rep.matchedByPhase.randomDraw} · 手动 <span data-figure="matchedManual">{rep.matchedByPhase.manual}</span>
      </p>
      <div className="scroll-x" tabIndex={0} role="region" aria-label="表格（可左右滚动）">
        <table className="data compact" data-testid="mentor-loads">
          <caption className="note">导师带教人数</caption>
          <thead>
            <tr>
              <th>导师</th>
              <th className="num">本轮学生</th>
              <th className="num">配额</th>
            </tr>
          </thead>
          <tbody>
            {r.mentors.map((m) => (
              <tr key={m.teacher.id}>
                <td>{m.teacher.name}</td>
                <td className="num">{m.load}</td>
                <td className="num">{m.capacity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>未匹配学生（{formatInteger(r.unmatched.totalCount)}）</h4>
      {r.unmatched.totalCount === 0 ? (
        <Empty>所有学生都已匹配。</Empty>
      ) : (
        <ul data-testid="unmatched">
          {r.unmatched.nodes.map((o) => (
            <li key={o.student.id}>
              {o.student.name}：{o.unmatchedReason ? (UNMATCHED_REASON[o.unmatchedReason] ?? o.unmatchedReason) : '—'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** 手动调整: move one student of the draft to another mentor (or none), with a reason. */
export function AdjustForm({ client, round, onDone }: { client: Client; round: Round; onDone: () => void }) {
  const { act, busy, note } = useAction();
  // Unmatched students first, then the draft's pairs (the first 100), each once.
  const choices = [
    ...round.unmatched.nodes.map((o) => ({ id: o.student.id, name: o.student.name, mentor: null as string | null })),
    ...round.draft.nodes
      .filter((o) => o.mentor)
      .map((o) => ({ id: o.student.id, name: o.student.name, mentor: o.mentor!.name })),
  ];
  const [studentId, setStudent] = useState(choices[0]?.id ?? '');
  const [mentorId, setMentor] = useState(round.mentors.find((m) => m.load < m.capacity)?.teacher.id ?? '');
  const [reason, setReason] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const ok = await act(
      async () =>
        (
          await client.request(AdjustMatchDocument, {
            input: { roundId: round.id, studentId, mentorId: mentorId || null, reason },
          })
        ).adjustMatch.userErrors,
      '已调整。',
    );
    if (ok) {
      setReason('');
      onDone();
    }
  }
  return (
    <form className="admin" onSubmit={(e) => void submit(e)} data-testid="adjust-match">
      <label>
        学生
        <select value={studentId} onChange={(e) => setStudent(e.target.value)} required data-testid="adjust-student">
          {choices.length === 0 && <option value="">（本轮没有学生）</option>}
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}（{c.mentor ? `现为${c.mentor}` : '未匹配'}）
            </option>
          ))}
        </select>
      </label>
      <label>
        改配导师
        <select value={mentorId} onChange={(e) => setMentor(e.target.value)} data-testid="adjust-mentor">
          <option value="">不匹配</option>
          {round.mentors.map((m) => (
            <option key={m.teacher.id} value={m.teacher.id}>
              {m.teacher.name}（{m.load}/{m.capacity}）
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        调整原因（必填）
        <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={2} />
      </label>
      <div className="wide actions">
        <button type="submit" disabled={busy || !studentId}>
          保存调整
        </button>
        {note}
      </div>
    </form>
  );
}
