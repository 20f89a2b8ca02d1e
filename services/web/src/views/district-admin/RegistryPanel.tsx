import {
  type Client,
  EvaluationTemplateDocument,
  ImportSchoolRegistryDocument,
  type ImportSchoolRegistryMutation,
  RecordSchoolPlanDocument,
  SchoolPlansDocument,
  SchoolRegistryExportDocument,
  SetEvaluationTemplateDocument,
} from '@mentorship/client';
import { useEffect, useState } from 'react';

import { downloadBase64, useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate, formatInteger, STAGE_LABELS } from '../../format';
import { Empty, FilePicker, readFile, RowErrors, useAction } from '../school-admin/kit';

type RegistryResult = ImportSchoolRegistryMutation['importSchoolRegistry'];

/** 学校名录: import (check, then apply) and export; 一校一策 filing status per school. */
export function RegistryPanel({ client }: { client: Client }) {
  const plans = useQuery(client, SchoolPlansDocument, {});
  const { act, busy, note } = useAction();
  const planAction = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<RegistryResult | null>(null);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const send = (confirm: boolean) =>
    act(
      async () => {
        const f = await readFile(file!);
        const r = (
          await client.request(ImportSchoolRegistryDocument, {
            input: { fileBase64: f.base64, format: f.format, confirm },
          })
        ).importSchoolRegistry;
        setResult(r);
        if (r.applied) plans.reload();
        return r.userErrors;
      },
      confirm ? '名录已更新。' : '已检查（尚未写入）。',
    );
  const exportRegistry = () =>
    act(
      async () =>
        downloadBase64((await client.request(SchoolRegistryExportDocument, { format: 'XLSX' })).schoolRegistryExport),
      '已开始下载。',
    );
  const file_ = (schoolId: string) =>
    planAction
      .act(
        async () =>
          (await client.request(RecordSchoolPlanDocument, { schoolId, filedOn: today })).recordSchoolPlan.userErrors,
        '已登记备案。',
      )
      .then((ok) => ok && plans.reload());
  return (
    <section data-testid="registry-panel">
      <div className="panel">
        <h3>学校名录导入</h3>
        <p className="note">表头：学校代码、学校名称、学段；按学校代码新增或更新。</p>
        <div className="actions">
          <FilePicker
            label="选择学校名录文件"
            file={file}
            onChange={(f) => {
              setFile(f);
              setResult(null);
            }}
          />
          <button type="button" disabled={!file || busy} onClick={() => void send(false)}>
            检查文件
          </button>
          {result && !result.applied && result.rowErrors.length === 0 && (
            <button type="button" disabled={busy} onClick={() => void send(true)}>
              确认导入
            </button>
          )}
          <button type="button" className="secondary" onClick={() => void exportRegistry()}>
            导出名录
          </button>
          {note}
        </div>
        {result && (
          <p>
            新增 {formatInteger(result.created)} · 更新 {formatInteger(result.updated)} · 未变{' '}
            {formatInteger(result.unchanged)}
            {result.applied ? '（已写入）' : '（预览）'}
          </p>
        )}
        {result && <RowErrors errors={result.rowErrors} />}
      </div>
      <div className="panel">
        <h3>一校一策备案情况</h3>
        {planAction.note}
        <Status state={plans} />
        {plans.status === 'done' &&
          (plans.data.schools.nodes.length === 0 ? (
            <Empty>名录中还没有学校。</Empty>
          ) : (
            <div className="scroll-x" tabIndex={0} role="region" aria-label="表格（可左右滚动）">
              <table className="data compact" data-testid="plans">
                <thead>
                  <tr>
                    <th>学校代码</th>
                    <th>学校</th>
                    <th>学段</th>
                    <th>备案</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {plans.data.schools.nodes.map((s) => (
                    <tr key={s.id}>
                      <td>{s.code}</td>
                      <td>{s.name}</td>
                      <td>{STAGE_LABELS[s.stage]}</td>
                      <td>
                        {s.planFiledOn ? (
                          `已备案（${formatDate(s.planFiledOn)}）`
                        ) : (
                          <span className="pending">未报送</span>
                        )}
                      </td>
                      <td>
                        {!s.planFiledOn && (
                          <button type="button" disabled={planAction.busy} onClick={() => void file_(s.id)}>
                            登记今日备案
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="note">
                已备案 {formatInteger(plans.data.schools.nodes.filter((s) => s.planFiledOn).length)} /{' '}
                {formatInteger(plans.data.schools.totalCount)} 所。
              </p>
            </div>
          ))}
      </div>
    </section>
  );
}

const SOURCE = { COMPUTED: '平台计算', ENTERED: '人工评分' } as const;
const PARTY: Record<string, string> = {
  SELF: '自评',
  COLLEAGUE: '互评',
  SCHOOL: '学校',
  STUDENTS: '学生',
  PLATFORM: '平台',
};
type Item = { key: string; label: string; weight: number; source: string; party: string };
const DEFAULT_ITEMS: Item[] = [
  { key: 'MATCHING', label: '完成结对', weight: 10, source: 'COMPUTED', party: 'PLATFORM' },
  { key: 'GROUP_ACTIVITY', label: '每轮团体活动', weight: 20, source: 'COMPUTED', party: 'PLATFORM' },
  { key: 'INDIVIDUAL_GUIDANCE', label: '个别指导', weight: 20, source: 'COMPUTED', party: 'PLATFORM' },
  { key: 'ATTRITION', label: '学生流失', weight: 20, source: 'COMPUTED', party: 'PLATFORM' },
  { key: 'STUDENT_FEEDBACK', label: '学生评价', weight: 20, source: 'COMPUTED', party: 'STUDENTS' },
  { key: 'PARENT_FEEDBACK', label: '家长评价', weight: 10, source: 'COMPUTED', party: 'PLATFORM' },
];

/** 考核模板: the district's default rubric; weights add up to 100. */
export function TemplatePanel({ client }: { client: Client }) {
  const state = useQuery(client, EvaluationTemplateDocument, {});
  const { act, busy, note } = useAction();
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    if (state.status === 'done')
      setItems(
        (state.data.evaluationTemplate ?? DEFAULT_ITEMS).map(({ key, label, weight, source, party }) => ({
          key,
          label,
          weight,
          source,
          party,
        })),
      );
    // The form is filled once, when the template arrives; later edits are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status]);
  if (state.status !== 'done') return <Status state={state} />;
  const total = items.reduce((t, i) => t + Number(i.weight), 0);
  const update = (i: number, patch: Partial<Item>) =>
    setItems(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const save = () =>
    act(
      async () =>
        (
          await client.request(SetEvaluationTemplateDocument, {
            items: items.map((i) => ({ ...i, weight: Number(i.weight) })),
          })
        ).setEvaluationTemplate.userErrors,
      '考核模板已保存，学校开启考核时默认采用。',
    ).then((ok) => ok && state.reload());
  return (
    <section className="panel" data-testid="template-panel">
      <h3>考核模板{state.data.evaluationTemplate === null ? '（当前为平台默认）' : ''}</h3>
      <div className="scroll-x" tabIndex={0} role="region" aria-label="考核项目">
        <table className="data compact">
          <thead>
            <tr>
              <th>项目</th>
              <th>来源</th>
              <th>评分方</th>
              <th className="num">权重</th>
            </tr>
          </thead>
          <tbody>
            {items.map((it, i) => (
              <tr key={it.key}>
                <td>
                  <input
                    aria-label={`${it.key} 名称`}
                    value={it.label}
                    onChange={(e) => update(i, { label: e.target.value })}
                  />
                </td>
                <td>{SOURCE[it.source as keyof typeof SOURCE] ?? it.source}</td>
                <td>{PARTY[it.party] ?? it.party}</td>
                <td className="num">
                  <input
                    aria-label={`${it.label} 权重`}
                    type="number"
                    min={1}
                    max={100}
                    value={it.weight}
                    onChange={(e) => update(i, { weight: Number(e.target.value) })}
                    style={{ width: 64 }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <span className={total === 100 ? 'status' : 'status error'}>权重合计 {formatInteger(total)} / 100</span>
        <button type="button" disabled={busy || total !== 100} onClick={() => void save()}>
          保存模板
        </button>
        {note}
      </div>
    </section>
  );
}
