import '../school-admin/admin.css';

import {
  type Client,
  CloseDistrictTermDocument,
  DistrictTermClosingDocument,
  DistrictTermReportDocument,
  type ReportFormat,
} from '@mentorship/client';
import { useEffect, useState } from 'react';

import { downloadBase64, useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDateTime } from '../../format';
import { Empty, useAction } from '../school-admin/kit';
import { useTerms } from './terms';

/** A checkbox with a sentence: on one line with its box, wrapping on a phone. */
const WRAP = { whiteSpace: 'normal', flexDirection: 'row', alignItems: 'flex-start' } as const;

/** 全区学期总结 (district admin): which schools closed the term, the district's close and report, the schools' 优秀导师. */
export function DistrictTermView({ client }: { client: Client }) {
  const { state, terms, current } = useTerms(client);
  const [term, setTerm] = useState<string | null>(null);
  useEffect(() => {
    if (!term && current) setTerm(current);
  }, [current, term]);
  if (state.status !== 'done') return <Status state={state} />;
  return (
    <section>
      <header className="view-header">
        <h1>全区学期总结</h1>
      </header>
      {!term ? (
        <Empty>尚未设置学年和学期。</Empty>
      ) : (
        <>
          <div className="toolbar">
            <label>
              学期
              <select value={term} onChange={(e) => setTerm(e.target.value)}>
                {terms.map((t) => (
                  <option key={t.code} value={t.code}>
                    {t.label}
                    {t.current ? '（本学期）' : ''}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <DistrictClosing key={term} client={client} term={term} />
        </>
      )}
    </section>
  );
}

function DistrictClosing({ client, term }: { client: Client; term: string }) {
  const state = useQuery(client, DistrictTermClosingDocument, { term });
  const [accept, setAccept] = useState(false);
  const close = useAction();
  const download = useAction();
  if (state.status !== 'done') return <Status state={state} />;
  const c = state.data.districtTermClosing;
  const allClosed = c.schoolsClosed === c.schools.length;
  const getReport = (format: ReportFormat) =>
    download.act(
      async () =>
        downloadBase64((await client.request(DistrictTermReportDocument, { term, format })).districtTermClosing.report),
      '报告已生成并开始下载。',
    );
  return (
    <>
      <div className="panel" data-testid="district-term">
        <h3>
          学校学期总结进度：<span data-testid="schools-closed">{c.schoolsClosed}</span> / {c.schools.length} 所已完成
        </h3>
        <div className="scroll" tabIndex={0} role="region" aria-label="各校学期总结进度">
          <table className="data compact">
            <thead>
              <tr>
                <th>学校</th>
                <th>状态</th>
                <th>完成时间</th>
              </tr>
            </thead>
            <tbody>
              {c.schools.map((s, i) => (
                <tr key={s.school?.id ?? i} data-testid="school-term" data-closed={s.closed}>
                  <td>{s.school?.name ?? '（未知学校）'}</td>
                  <td className={s.closed ? 'done' : 'pending'}>{s.closed ? '已结束' : '未结束'}</td>
                  <td>{s.closedAt ? formatDateTime(s.closedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {c.closed ? (
          <p className="status saved" role="status">
            全区本学期已于 {c.closedAt ? formatDateTime(c.closedAt) : ''} 结束。
          </p>
        ) : (
          <form
            className="admin"
            onSubmit={(e) => {
              e.preventDefault();
              void close.act(async () => {
                const { userErrors } = (
                  await client.request(CloseDistrictTermDocument, { input: { term, acceptMissingSchools: accept } })
                ).closeDistrictTerm;
                if (!userErrors.length) state.reload();
                return userErrors;
              }, '全区学期已结束。');
            }}
          >
            {!allClosed && (
              <label className="check wide" style={WRAP}>
                <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} />{' '}
                仍有学校未结束，确认按现状结束全区学期（报告中列出未结束的学校）
              </label>
            )}
            <button type="submit" className="primary" disabled={close.busy || (!allClosed && !accept)}>
              结束全区学期
            </button>
          </form>
        )}
        {close.note}
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={download.busy}
            onClick={() => getReport('PDF')}
            data-testid="district-report-pdf"
          >
            下载全区学期报告（PDF）
          </button>
          <button type="button" className="primary" disabled={download.busy} onClick={() => getReport('XLSX')}>
            下载全区学期报告（Excel）
          </button>
        </div>
        {download.note}
      </div>
      <div className="panel">
        <h3>各校优秀导师</h3>
        {state.data.recognizedMentors.nodes.length === 0 ? (
          <Empty>本学期尚无学校发布优秀导师名单。</Empty>
        ) : (
          state.data.recognizedMentors.nodes.map((r, i) => (
            <div key={r.school?.id ?? i}>
              <h4>
                {r.school?.name ?? '（未知学校）'}（{r.teachers.length} 人）
              </h4>
              <p>
                {[...r.teachers]
                  .sort((a, b) => a.rank - b.rank)
                  .map((t) => `${t.rank}. ${t.name}（${t.staffNumber}）`)
                  .join('；')}
              </p>
            </div>
          ))
        )}
        {state.data.recognizedMentors.totalCount > state.data.recognizedMentors.nodes.length && (
          <p className="note" data-testid="recognitions-truncated">
            共 {state.data.recognizedMentors.totalCount} 所学校发布了名单，这里列出按学校代码排前的{' '}
            {state.data.recognizedMentors.nodes.length} 所。
          </p>
        )}
      </div>
    </>
  );
}
