import { type Client, MatchingRoundsDocument } from '@mentorship/client';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate, formatDateTime, formatDecimal, formatInteger, formatPercent } from '../../format';
import { ROUND_STATUS } from '../school-admin/MatchingPanel';

/** 匹配: the school's matching rounds and each draft's headline figures. */
export function MatchingRounds({ client }: { client: Client }) {
  const state = useQuery(client, MatchingRoundsDocument, {});
  return (
    <>
      <h2>双向选择 · 匹配轮次</h2>
      <Status state={state} />
      {state.status === 'done' && state.data.matchingRounds.nodes.length === 0 && (
        <p className="status">本校尚未开启匹配轮次。</p>
      )}
      {state.status === 'done' && state.data.matchingRounds.nodes.length > 0 && (
        <div className="scroll-x" tabIndex={0} role="region" aria-label="匹配轮次">
          <table className="data" data-testid="matching-rounds">
            <thead>
              <tr>
                <th>学年</th>
                <th>状态</th>
                <th>填报时间</th>
                <th>年级</th>
                <th className="num">上限</th>
                <th className="num">已匹配</th>
                <th className="num">未匹配</th>
                <th className="num">第一志愿</th>
                <th className="num">前三志愿</th>
                <th className="num" title="有学生的导师人均带教学生数">
                  导师平均带教（有学生的导师）
                </th>
                <th>发布</th>
              </tr>
            </thead>
            <tbody>
              {state.data.matchingRounds.nodes.map((r) => (
                <tr key={r.id} data-round={r.id}>
                  <td>{r.academicYear}</td>
                  <td>
                    <span className={`badge ${r.status.toLowerCase()}`}>{ROUND_STATUS[r.status]}</span>
                  </td>
                  <td>
                    {formatDate(r.opensAt)} – {formatDate(r.closesAt)}
                  </td>
                  <td>{r.grades.map((g) => g.name).join('、')}</td>
                  <td className="num">{formatInteger(r.cap)}</td>
                  <td className="num">{r.report ? formatInteger(r.report.matched) : '—'}</td>
                  <td className="num">{r.report ? formatInteger(r.report.unmatched) : '—'}</td>
                  <td className="num">{r.report ? formatPercent(r.report.firstChoiceRate ?? null) : '—'}</td>
                  <td className="num">{r.report ? formatPercent(r.report.topThreeRate ?? null) : '—'}</td>
                  <td className="num">
                    {r.report?.mentorLoad.meanWithStudents != null
                      ? `${formatDecimal(r.report.mentorLoad.meanWithStudents)}` +
                        `（${formatInteger(r.report.mentorLoad.mentorsWithStudents)} 人）`
                      : '—'}
                  </td>
                  <td>{r.publishedAt ? formatDateTime(r.publishedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
