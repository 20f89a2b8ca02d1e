import {
  AdjustMatchDocument, MatchingRoundDetailDocument, MatchingRoundsDocument, OpenMatchingRoundDocument, PublishMatchingRoundDocument, RunMatchingDocument,
  SchoolGradesDocument, type Client, type MatchingRoundDetailQuery, type MatchingRoundsQuery,
} from '@mentorship/client';
import { useState } from 'react';
import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate, formatDateTime, formatDecimal, formatInteger, formatPercent } from '../../format';
import { Empty, useAction } from './kit';

export const ROUND_STATUS: Record<MatchingRoundsQuery['matchingRounds'][number]['status'], string> = { OPEN: '填报中', DRAFTED: '已生成草案', PUBLISHED: '已发布' };
const UNMATCHED_REASON: Record<string, string> = { NO_PREFERENCES: '未填报志愿', PREFERENCES_EXHAUSTED: '所填导师均已满额', NO_CAPACITY_LEFT: '导师名额已用完', REMOVED_BY_ADMIN: '管理员手动移出' };

/** 双向选择 · 匹配: open a round, watch preferences arrive, run, read the report, adjust, publish. */
export function MatchingPanel({ client, schoolId }: { client: Client; schoolId: string }) {
  const rounds = useQuery(client, MatchingRoundsDocument, {});
  const [selected, setSelected] = useState<string | null>(null);
  const list = rounds.status === 'done' ? rounds.data.matchingRounds : [];
  const current = selected ?? list[0]?.id ?? null;
  return (
    <section data-testid="matching-panel">
      <OpenRoundForm client={client} schoolId={schoolId} onOpened={(id) => { setSelected(id); rounds.reload(); }} />
      <h3>匹配轮次</h3>
      <Status state={rounds} />
      {rounds.status === 'done' && list.length === 0 && <Empty>本校尚未开启匹配轮次。填写上方表单开启第一轮。</Empty>}
      {list.length > 0 && (
        <div className="actions" role="group" aria-label="选择轮次">
          {list.map((r) => (
            <button key={r.id} type="button" className={r.id === current ? '' : 'secondary'} aria-pressed={r.id === current} onClick={() => setSelected(r.id)} data-round={r.id}>
              {r.academicYear} · {r.grades.map((g) => g.name).join('、')} · {ROUND_STATUS[r.status]}
            </button>
          ))}
        </div>
      )}
      {current && <RoundDetail key={current} client={client} roundId={current} onChanged={rounds.reload} />}
    </section>
  );
}

const localInput = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

function OpenRoundForm({ client, schoolId, onOpened }: { client: Client; schoolId: string; onOpened: (id: string) => void }) {
  const grades = useQuery(client, SchoolGradesDocument, { schoolId });
  const { act, busy, note } = useAction();
  const now = new Date();
  const [form, setForm] = useState({ academicYear: `${now.getUTCFullYear() - (now.getUTCMonth() < 7 ? 1 : 0)}-${now.getUTCFullYear() + (now.getUTCMonth() < 7 ? 0 : 1)}`, opensAt: localInput(now), closesAt: localInput(new Date(now.getTime() + 7 * 86400_000)), gradeId: '', maxChoices: 3, cap: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    let id = '';
    const ok = await act(async () => {
      const r = await client.request(OpenMatchingRoundDocument, {
        input: {
          academicYear: form.academicYear, opensAt: new Date(`${form.opensAt}:00+08:00`).toISOString(), closesAt: new Date(`${form.closesAt}:00+08:00`).toISOString(),
          gradeIds: form.gradeId ? [form.gradeId] : undefined, maxChoices: Number(form.maxChoices), cap: form.cap ? Number(form.cap) : undefined,
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
        <label>学年<input value={form.academicYear} onChange={set('academicYear')} required pattern="\d{4}-\d{4}" /></label>
        <label>填报开始（北京时间）<input type="datetime-local" value={form.opensAt} onChange={set('opensAt')} required /></label>
        <label>填报截止（北京时间）<input type="datetime-local" value={form.closesAt} onChange={set('closesAt')} required /></label>
        <label>年级
          <select value={form.gradeId} onChange={set('gradeId')} name="grade">
            <option value="">全部年级</option>
            {grades.status === 'done' && grades.data.school.grades.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>
        </label>
        <label>每人可填志愿数<input type="number" min={1} max={10} value={form.maxChoices} onChange={set('maxChoices')} /></label>
        <label>每位导师带教上限（留空为区定上限）<input type="number" min={1} max={50} value={form.cap} onChange={set('cap')} /></label>
        <div className="wide actions"><button type="submit" disabled={busy}>开启轮次</button>{note}</div>
      </form>
    </div>
  );
}

type Round = MatchingRoundDetailQuery['matchingRound'];

function RoundDetail({ client, roundId, onChanged }: { client: Client; roundId: string; onChanged: () => void }) {
  const state = useQuery(client, MatchingRoundDetailDocument, { id: roundId });
  const { act, busy, note } = useAction();
  if (state.status !== 'done') return <Status state={state} />;
  const r = state.data.matchingRound;
  const after = () => { state.reload(); onChanged(); };
  const run = () => act(async () => (await client.request(RunMatchingDocument, { roundId })).runMatching.userErrors, '已生成匹配草案。').then((ok) => ok && after());
  const publish = () => act(async () => (await client.request(PublishMatchingRoundDocument, { roundId })).publishMatchingRound.userErrors, '已发布：结对关系已生效。').then((ok) => ok && after());
  return (
    <div className="panel" data-testid="round-detail" data-status={r.status}>
      <h3>{r.academicYear} 学年 · {r.grades.map((g) => g.name).join('、')} · <span className={`badge ${r.status.toLowerCase()}`}>{ROUND_STATUS[r.status]}</span></h3>
      <p className="note">填报时间 {formatDateTime(r.opensAt)} – {formatDateTime(r.closesAt)} · 每人可填 {r.maxChoices} 个志愿 · 每位导师至多 {r.cap} 名学生</p>
      <div className="cards">
        <div className="card"><span>已填报志愿的学生</span><strong data-figure="preferencesReceived">{formatInteger(r.preferencesReceived)}</strong><small>人（实时）</small></div>
        <div className="card"><span>参与导师</span><strong data-figure="roundMentors">{formatInteger(r.mentors.length)}</strong><small>名</small></div>
      </div>
      <div className="actions">
        {r.status !== 'PUBLISHED' && <button type="button" onClick={() => void run()} disabled={busy} data-testid="run-matching">{r.ranAt ? '重新运行匹配' : '运行匹配'}</button>}
        {r.status === 'DRAFTED' && <button type="button" onClick={() => void publish()} disabled={busy} data-testid="publish-round">发布结果</button>}
        <button type="button" className="secondary" onClick={state.reload}>刷新</button>
        {note}
      </div>
      {r.report ? <Report round={r} /> : <Empty>尚未运行匹配：截止后点击“运行匹配”生成草案，发布前可以调整。</Empty>}
      {r.report && r.status === 'DRAFTED' && <AdjustForm client={client} round={r} onDone={after} />}
      {r.adjustments.length > 0 && (
        <>
          <h4>手动调整记录</h4>
          <ul data-testid="adjustments">
            {r.adjustments.map((a) => <li key={a.id}>{formatDate(a.adjustedAt)} · {a.student.name}：{a.fromMentor?.name ?? '无'} → {a.toMentor?.name ?? '无'}（{a.reason}）</li>)}
          </ul>
        </>
      )}
    </div>
  );
}

function Report({ round: r }: { round: Round }) {
  const rep = r.report!;
  const load = rep.mentorLoad;
  return (
    <div data-testid="matching-report">
      <div className="cards">
        <div className="card"><span>已匹配</span><strong data-figure="matched">{formatInteger(rep.matched)}</strong><small>共 {formatInteger(rep.students)} 名学生，未匹配 {formatInteger(rep.unmatched)}</small></div>
        <div className="card"><span>第一志愿满足率</span><strong data-figure="firstChoiceRate">{formatPercent(rep.firstChoiceRate ?? null)}</strong><small>在 {formatInteger(rep.studentsWithPreferences)} 名填报学生中</small></div>
        <div className="card"><span>前三志愿满足率</span><strong data-figure="topThreeRate">{formatPercent(rep.topThreeRate ?? null)}</strong><small>在填报学生中</small></div>
        <div className="card"><span>导师平均带教（有学生的导师）</span><strong data-figure="meanWithStudents">{load.meanWithStudents === null ? '—' : formatDecimal(load.meanWithStudents)}</strong><small>{formatInteger(load.mentorsWithStudents)} 名导师有学生，{formatInteger(rep.mentorsWithoutStudents)} 名暂无；最少 {load.min}、最多 {load.max}</small></div>
        <div className={`card ${rep.blockingPairs ? 'warn' : ''}`}><span>阻塞对</span><strong data-figure="blockingPairs">{rep.blockingPairs === null ? '—' : formatInteger(rep.blockingPairs)}</strong><small>{rep.blockingPairs === 0 ? '志愿匹配稳定' : '学生与导师互相更愿意结对的组数'}</small></div>
      </div>
      <p className="note">按阶段：志愿匹配 {rep.matchedByPhase.preference} · 教学班补位 {rep.matchedByPhase.classFill} · 导师盲盒 {rep.matchedByPhase.randomDraw} · 手动 <span data-figure="matchedManual">{rep.matchedByPhase.manual}</span></p>
      <div className="scroll-x" tabIndex={0} role="region" aria-label="表格（可左右滚动）">
        <table className="data compact" data-testid="mentor-loads">
          <caption className="note">导师带教人数</caption>
          <thead><tr><th>导师</th><th className="num">本轮学生</th><th className="num">配额</th></tr></thead>
          <tbody>
            {r.mentors.map((m) => <tr key={m.teacher.id}><td>{m.teacher.name}</td><td className="num">{m.load}</td><td className="num">{m.capacity}</td></tr>)}
          </tbody>
        </table>
      </div>
      <h4>未匹配学生（{formatInteger(r.unmatched.totalCount)}）</h4>
      {r.unmatched.totalCount === 0 ? <Empty>所有学生都已匹配。</Empty> : (
        <ul data-testid="unmatched">
          {r.unmatched.nodes.map((o) => <li key={o.student.id}>{o.student.name}：{o.unmatchedReason ? UNMATCHED_REASON[o.unmatchedReason] ?? o.unmatchedReason : '—'}</li>)}
        </ul>
      )}
    </div>
  );
}

function AdjustForm({ client, round, onDone }: { client: Client; round: Round; onDone: () => void }) {
  const { act, busy, note } = useAction();
  // Unmatched students first, then the draft's pairs (the first 100), each once.
  const choices = [...round.unmatched.nodes.map((o) => ({ id: o.student.id, name: o.student.name, mentor: null as string | null })),
    ...round.draft.nodes.filter((o) => o.mentor).map((o) => ({ id: o.student.id, name: o.student.name, mentor: o.mentor!.name }))];
  const [studentId, setStudent] = useState(choices[0]?.id ?? '');
  const [mentorId, setMentor] = useState(round.mentors.find((m) => m.load < m.capacity)?.teacher.id ?? '');
  const [reason, setReason] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const ok = await act(async () => (await client.request(AdjustMatchDocument, { input: { roundId: round.id, studentId, mentorId: mentorId || null, reason } })).adjustMatch.userErrors, '已调整。');
    if (ok) { setReason(''); onDone(); }
  }
  return (
    <form className="admin" onSubmit={(e) => void submit(e)} data-testid="adjust-match">
      <label>学生
        <select value={studentId} onChange={(e) => setStudent(e.target.value)} required data-testid="adjust-student">
          {choices.length === 0 && <option value="">（本轮没有学生）</option>}
          {choices.map((c) => <option key={c.id} value={c.id}>{c.name}（{c.mentor ? `现为${c.mentor}` : '未匹配'}）</option>)}
        </select>
      </label>
      <label>改配导师
        <select value={mentorId} onChange={(e) => setMentor(e.target.value)} data-testid="adjust-mentor">
          <option value="">不匹配</option>
          {round.mentors.map((m) => <option key={m.teacher.id} value={m.teacher.id}>{m.teacher.name}（{m.load}/{m.capacity}）</option>)}
        </select>
      </label>
      <label className="wide">调整原因（必填）<input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={2} /></label>
      <div className="wide actions"><button type="submit" disabled={busy || !studentId}>保存调整</button>{note}</div>
    </form>
  );
}
