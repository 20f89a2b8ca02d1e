import {
  AccessLogSummaryDocument,
  type Client,
  OpenAccessReviewDocument,
  type OpenAccessReviewMutation,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate, formatDateTime, formatInteger, ROLE_LABELS } from '../../format';
import { Empty, useAction } from './kit';

const FIELD_LABELS: Record<string, string> = {
  archive: '成长档案',
  records: '工作记录',
  attentionCategories: '关注类别',
  crisisAlerts: '危机预警',
  consultationNotes: '会商记录',
};
type Review = NonNullable<OpenAccessReviewMutation['openAccessReview']['review']>;

/**
 * 访问日志, as PRIVACY.md allows the school admin: counts per reader and day (no student), and a
 * reasoned review that is itself recorded (and visible to the district) before anything is shown.
 */
export function AccessLogPanel({ client }: { client: Client }) {
  const summary = useQuery(client, AccessLogSummaryDocument, {});
  const { act, busy, note } = useAction();
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const [form, setForm] = useState({
    reason: '',
    from: new Date(Date.now() + 8 * 3600_000 - 7 * 86400_000).toISOString().slice(0, 10),
    to: today,
  });
  const [review, setReview] = useState<Review | null>(null);
  async function open(e: React.FormEvent) {
    e.preventDefault();
    await act(async () => {
      const r = (
        await client.request(OpenAccessReviewDocument, {
          input: {
            reason: form.reason,
            from: new Date(`${form.from}T00:00:00+08:00`).toISOString(),
            to: new Date(`${form.to}T23:59:59+08:00`).toISOString(),
          },
        })
      ).openAccessReview;
      setReview(r.review);
      return r.userErrors;
    }, '已开启审查，本次审查已记录，区教育局可见。');
  }
  return (
    <section data-testid="access-panel">
      <div className="panel">
        <h3>访问日志（近 30 天，按人按日计数）</h3>
        <p className="note">只显示每位读者每天接触的学生人数与请求次数，不显示学生姓名；敏感记录计入次数但不列出。</p>
        <Status state={summary} />
        {summary.status === 'done' &&
          (summary.data.accessLogSummary.nodes.length === 0 ? (
            <Empty>近 30 天没有访问学生个人信息的记录。</Empty>
          ) : (
            <div className="scroll-x" tabIndex={0} role="region" aria-label="表格（可左右滚动）">
              <table className="data compact" data-testid="access-summary">
                <thead>
                  <tr>
                    <th>日期</th>
                    <th>读者</th>
                    <th>角色</th>
                    <th className="num">学生数</th>
                    <th className="num">读取请求</th>
                    <th className="num">写入请求</th>
                    <th>来源地址</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.data.accessLogSummary.nodes.map((d, i) => (
                    <tr key={i}>
                      <td>{formatDate(d.day)}</td>
                      <td>{d.reader?.name ?? '—'}</td>
                      <td>{ROLE_LABELS[d.readerRole] ?? d.readerRole}</td>
                      <td className="num">{formatInteger(d.studentsTouched)}</td>
                      <td className="num">{formatInteger(d.readRequests)}</td>
                      <td className="num">{formatInteger(d.writeRequests)}</td>
                      <td>{d.origins.join('、')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {summary.data.accessLogSummary.totalCount > summary.data.accessLogSummary.nodes.length && (
                <p className="note" data-testid="access-summary-truncated">
                  共 {formatInteger(summary.data.accessLogSummary.totalCount)} 行，这里列出最近的{' '}
                  {summary.data.accessLogSummary.nodes.length} 行。
                </p>
              )}
            </div>
          ))}
      </div>
      <div className="panel">
        <h3>开启访问审查</h3>
        <form className="admin" onSubmit={(e) => void open(e)} data-testid="access-review">
          <label>
            开始日期
            <input
              type="date"
              value={form.from}
              onChange={(e) => setForm({ ...form, from: e.target.value })}
              required
            />
          </label>
          <label>
            结束日期（最长 31 天）
            <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} required />
          </label>
          <label className="wide">
            审查原因（至少 10 个字，将被记录）
            <input
              value={form.reason}
              onChange={(e) => setForm({ ...form, reason: e.target.value })}
              required
              minLength={10}
            />
          </label>
          <div className="wide actions">
            <button type="submit" disabled={busy}>
              开启审查
            </button>
            {note}
          </div>
        </form>
        {review &&
          (review.entries.length === 0 ? (
            <Empty>该时段没有可列出的访问。</Empty>
          ) : (
            <div className="scroll-x" tabIndex={0} role="region" aria-label="表格（可左右滚动）">
              <table className="data compact" data-testid="review-entries">
                <thead>
                  <tr>
                    <th>时段（按小时）</th>
                    <th>读者</th>
                    <th>学生</th>
                    <th>操作</th>
                    <th>数据</th>
                    <th className="num">请求</th>
                  </tr>
                </thead>
                <tbody>
                  {review.entries.map((e, i) => (
                    <tr key={i}>
                      <td>{formatDateTime(e.hour)}</td>
                      <td>{e.reader?.name ?? ROLE_LABELS[e.readerRole] ?? e.readerRole}</td>
                      <td>{e.student?.name ?? '—'}</td>
                      <td>{e.action === 'WRITE' ? '写入' : '读取'}</td>
                      <td>{e.fields.map((f) => FIELD_LABELS[f] ?? f).join('、')}</td>
                      <td className="num">{formatInteger(e.requests)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {review.truncated && <p className="note">记录较多，只显示前一部分；请缩短时段。</p>}
            </div>
          ))}
      </div>
    </section>
  );
}
