import {
  type Client,
  ProposeRecognitionDocument,
  PublishRecognitionDocument,
  RecognitionCertificateDocument,
  type RecognitionFieldsFragment,
  RecognitionsDocument,
} from '@mentorship/client';
import { useEffect, useState } from 'react';

import { downloadBase64, useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDateTime, formatDecimal } from '../../format';
import { Empty, useAction } from '../school-admin/kit';

/** 优秀导师 (school admin): propose from a published evaluation by the school's rule, approve and publish, certificates. */
export function RecognitionPanel({ client }: { client: Client }) {
  const state = useQuery(client, RecognitionsDocument, {});
  const [form, setForm] = useState({ cycleId: '', rule: 'top' as 'top' | 'min', value: '30' });
  const propose = useAction();
  const publishedCycles =
    state.status === 'done' ? state.data.evaluationCycles.nodes.filter((c) => c.status === 'PUBLISHED') : [];
  useEffect(() => {
    if (!form.cycleId && publishedCycles[0]) setForm((f) => ({ ...f, cycleId: publishedCycles[0].id }));
    // Picks a default cycle when the published ones arrive, never over the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [publishedCycles.length]);
  if (state.status !== 'done') return <Status state={state} />;

  return (
    <div className="panel" data-testid="recognition">
      <h3>优秀导师评选</h3>
      {publishedCycles.length === 0 ? (
        <Empty>尚无已公布的考核，公布考核结果后才能评选优秀导师。</Empty>
      ) : (
        <form
          className="admin"
          onSubmit={(e) => {
            e.preventDefault();
            void propose.act(async () => {
              const n = Number(form.value);
              const input = { cycleId: form.cycleId, ...(form.rule === 'top' ? { topN: n } : { minTotal: n }) };
              const { userErrors } = (await client.request(ProposeRecognitionDocument, { input })).proposeRecognition;
              if (!userErrors.length) state.reload();
              return userErrors;
            }, '已按规则生成名单草案，请核对后发布。');
          }}
        >
          <label>
            依据的考核
            <select value={form.cycleId} onChange={(e) => setForm({ ...form, cycleId: e.target.value })}>
              {publishedCycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.term} 学期考核
                </option>
              ))}
            </select>
          </label>
          <label>
            评选规则
            <select value={form.rule} onChange={(e) => setForm({ ...form, rule: e.target.value as 'top' | 'min' })}>
              <option value="top">总分前 N 名（并列者均入选）</option>
              <option value="min">总分达到分数线</option>
            </select>
          </label>
          <label>
            {form.rule === 'top' ? '名额 N' : '分数线'}
            <input
              inputMode="decimal"
              value={form.value}
              required
              onChange={(e) => setForm({ ...form, value: e.target.value })}
              data-testid="rule-value"
            />
          </label>
          <button type="submit" className="primary" disabled={propose.busy} data-testid="propose">
            生成名单
          </button>
        </form>
      )}
      {propose.note}
      {state.data.recognitions.nodes.length === 0 ? (
        <Empty>尚无优秀导师名单。</Empty>
      ) : (
        state.data.recognitions.nodes.map((r) => (
          <RecognitionList key={r.id} client={client} recognition={r} onChange={state.reload} />
        ))
      )}
    </div>
  );
}

function RecognitionList({
  client,
  recognition: r,
  onChange,
}: {
  client: Client;
  recognition: RecognitionFieldsFragment;
  onChange: () => void;
}) {
  const publish = useAction();
  const certificate = useAction();
  const published = r.status === 'PUBLISHED';
  return (
    <div data-testid="recognition-list" data-status={r.status}>
      <h4>
        {r.term} 学期优秀导师{' '}
        <span className={`badge ${published ? 'published' : 'drafted'}`}>{published ? '已发布' : '草案'}</span>
      </h4>
      <p className="note">
        规则：{r.topN != null ? `总分前 ${r.topN} 名` : `总分不低于 ${formatDecimal(r.minTotal ?? 0)}`}
        {published &&
          r.publishedAt &&
          ` · 发布于 ${formatDateTime(r.publishedAt)} · ${r.sentToDistrict ? '已报区教育局' : '待报区教育局'}`}
      </p>
      {r.mentors.length === 0 ? (
        <Empty>按此规则无人入选。</Empty>
      ) : (
        <div className="scroll" tabIndex={0} role="region" aria-label={`${r.term} 学期优秀导师名单`}>
          <table className="data compact">
            <thead>
              <tr>
                <th className="num">名次</th>
                <th>导师</th>
                <th className="num">考核总分</th>
                {published && <th>荣誉证书</th>}
              </tr>
            </thead>
            <tbody>
              {r.mentors.map((m) => (
                <tr key={`${m.rank}-${m.name}`} data-testid="recognized-mentor">
                  <td className="num">{m.rank}</td>
                  <td>{m.name}</td>
                  <td className="num">{formatDecimal(m.total)}</td>
                  {published && (
                    <td>
                      {m.teacher && (
                        <button
                          type="button"
                          className="secondary"
                          disabled={certificate.busy}
                          data-testid="certificate"
                          onClick={() =>
                            certificate.act(async () => {
                              downloadBase64(
                                (
                                  await client.request(RecognitionCertificateDocument, {
                                    teacherId: m.teacher!.id,
                                    recognitionId: r.id,
                                  })
                                ).recognitionCertificate,
                              );
                            }, '证书已开始下载。')
                          }
                        >
                          证书 PDF<span className="sr-only">：{m.name}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {certificate.note}
      {!published && (
        <button
          type="button"
          className="primary"
          disabled={publish.busy}
          data-testid="publish-recognition"
          onClick={() =>
            publish.act(async () => {
              const { userErrors } = (await client.request(PublishRecognitionDocument, { recognitionId: r.id }))
                .publishRecognition;
              if (!userErrors.length) onChange();
              return userErrors;
            }, '名单已批准并发布，已报区教育局。')
          }
        >
          批准并发布
        </button>
      )}
      {publish.note}
    </div>
  );
}
