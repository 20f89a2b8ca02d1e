import '../school-admin/admin.css';

import {
  type ChecklistFieldsFragment,
  type Client,
  CloseTermDocument,
  type ReportFormat,
  TermCloseDocument,
  TermReportDocument,
} from '@mentorship/client';
import { useEffect, useState } from 'react';

import { downloadBase64, useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatBand, formatDateTime, formatPercent } from '../../format';
import { useAction } from '../school-admin/kit';
import { RecognitionPanel } from './RecognitionPanel';
import { useTerms } from './terms';

/** A checkbox with a sentence: on one line with its box, wrapping on a phone. */
const WRAP = { whiteSpace: 'normal', flexDirection: 'row', alignItems: 'flex-start' } as const;

/** 学期总结 (school admin): what is still open, closing the term, the term report, 优秀导师. */
export function TermView({ client }: { client: Client }) {
  const { state, terms, current } = useTerms(client);
  const [term, setTerm] = useState<string | null>(null);
  useEffect(() => {
    if (!term && current) setTerm(current);
  }, [current, term]);
  if (state.status !== 'done') return <Status state={state} />;
  return (
    <section>
      <header className="view-header">
        <h1>学期总结</h1>
      </header>
      {terms.length === 0 || !term ? (
        <p className="status empty">区里尚未设置学年和学期。</p>
      ) : (
        <>
          <div className="toolbar">
            <label>
              学期
              <select value={term} onChange={(e) => setTerm(e.target.value)} data-testid="term-select">
                {terms.map((t) => (
                  <option key={t.code} value={t.code}>
                    {t.label}
                    {t.current ? '（本学期）' : ''}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <CloseTermPanel key={term} client={client} term={term} />
          <RecognitionPanel client={client} />
        </>
      )}
    </section>
  );
}

const CHECK_ITEMS: { key: keyof ChecklistFieldsFragment; label: string }[] = [
  { key: 'studentsWithoutPublishedFeedback', label: '尚未收到成长寄语的学生' },
  { key: 'unpublishedFeedbackDrafts', label: '已写未发布的成长寄语' },
  { key: 'openCrisisAlerts', label: '未结案的危机预警' },
  { key: 'openSurveys', label: '仍在收集的问卷' },
];

function CloseTermPanel({ client, term }: { client: Client; term: string }) {
  const state = useQuery(client, TermCloseDocument, { term });
  const [accept, setAccept] = useState(false);
  const close = useAction();
  const download = useAction();
  if (state.status !== 'done') return <Status state={state} />;
  const { termCloseChecklist: list, termClose: closed } = state.data;
  const getReport = (format: ReportFormat) =>
    download.act(async () => {
      const file = (await client.request(TermReportDocument, { term, format })).termClose?.report;
      if (file) downloadBase64(file);
    }, '报告已生成并开始下载。');

  return (
    <div className="panel" data-testid="term-close">
      <h3>结束学期前的检查</h3>
      <table className="data compact" data-testid="checklist" style={{ maxWidth: 520 }}>
        <tbody>
          {CHECK_ITEMS.map((i) => (
            <tr key={i.key} data-item={i.key}>
              <th scope="row">{i.label}</th>
              <td className={`num ${Number(list[i.key]) > 0 ? 'pending' : 'done'}`}>{String(list[i.key])}</td>
            </tr>
          ))}
          <tr data-item="evaluationPublished">
            <th scope="row">本学期考核结果</th>
            <td className={list.evaluationPublished ? 'done' : 'pending'}>
              {list.evaluationPublished ? '已公布' : '未公布'}
            </td>
          </tr>
        </tbody>
      </table>
      {closed ? (
        <div data-testid="term-closed">
          <p className="status saved" role="status">
            本学期已于 {formatDateTime(closed.closedAt)} 结束，数据已冻结；
            {closed.sentToDistrict ? '已报送区教育局。' : '尚未报送区教育局（再次点击“结束学期”将重试报送）。'}
          </p>
          <div className="cards">
            <div className="card">
              <span>导师覆盖率</span>
              <strong data-testid="frozen-coverage">{formatPercent(closed.figures.coverage)}</strong>
              <small>
                {closed.figures.studentsWithLeadMentor} / {closed.figures.students} 名学生
              </small>
            </div>
            <div className="card">
              <span>“三个一”全部完成</span>
              <strong>{closed.figures.allDutiesDone}</strong>
              <small>名学生</small>
            </div>
            <div className="card">
              <span>在岗导师</span>
              <strong>{closed.figures.teachersMentoring}</strong>
              <small>其中已聘任 {closed.figures.certifiedMentors}</small>
            </div>
            <div className="card">
              <span>本学期危机上报</span>
              <strong>{formatBand(closed.figures.crisisRaisedInTerm)}</strong>
              <small>小数字以区间显示</small>
            </div>
          </div>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={download.busy}
              onClick={() => getReport('PDF')}
              data-testid="report-pdf"
            >
              下载学期报告（PDF）
            </button>
            <button
              type="button"
              className="primary"
              disabled={download.busy}
              onClick={() => getReport('XLSX')}
              data-testid="report-xlsx"
            >
              下载学期报告（Excel）
            </button>
          </div>
          {download.note}
          {!closed.sentToDistrict && (
            <button
              type="button"
              disabled={close.busy}
              onClick={() =>
                close.act(async () => {
                  const { userErrors } = (
                    await client.request(CloseTermDocument, { input: { term, acceptOpenItems: true } })
                  ).closeTerm;
                  state.reload();
                  return userErrors;
                }, '已重新报送。')
              }
            >
              重新报送区教育局
            </button>
          )}
        </div>
      ) : (
        <form
          className="admin"
          onSubmit={(e) => {
            e.preventDefault();
            void close.act(async () => {
              const { userErrors } = (
                await client.request(CloseTermDocument, { input: { term, acceptOpenItems: accept } })
              ).closeTerm;
              if (!userErrors.length) state.reload();
              return userErrors;
            }, '学期已结束，数据已冻结并报送区教育局。');
          }}
        >
          {list.readyToClose ? (
            <p className="status done wide">所有事项均已完成，可以结束学期。</p>
          ) : (
            <label className="check wide" style={WRAP}>
              <input
                type="checkbox"
                checked={accept}
                onChange={(e) => setAccept(e.target.checked)}
                data-testid="accept-open"
              />
              仍有未完成事项，我确认按现状结束学期（未完成事项将记入学期报告）
            </label>
          )}
          <button
            type="submit"
            className="primary"
            disabled={close.busy || (!list.readyToClose && !accept)}
            data-testid="close-term"
          >
            结束学期
          </button>
          <p className="note wide">结束后本学期数据冻结，学期报告据此生成并报送区教育局。</p>
        </form>
      )}
      {close.note}
    </div>
  );
}
