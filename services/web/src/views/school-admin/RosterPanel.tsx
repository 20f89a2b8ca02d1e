import {
  type Client,
  ConfirmRosterImportDocument,
  PreviewRosterImportDocument,
  type PreviewRosterImportMutation,
  RosterExportDocument,
  type RosterExportKind,
  type RosterKind,
  RosterTemplateDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { downloadBase64 } from '../../api';
import { errorText } from '../../errors';
import { formatInteger } from '../../format';
import { FilePicker, readFile, RowErrors, useAction } from './kit';

const KINDS: Record<RosterKind, string> = {
  TEACHERS: '教师',
  CLASSROOMS: '班级',
  STUDENTS: '学生',
  TEACHING_ASSIGNMENTS: '任课',
};
const EXPORTS: Record<RosterExportKind, string> = {
  ...KINDS,
  MENTORSHIPS: '结对关系',
  DUTY_COMPLETION: '“三个一”完成情况',
};
type Preview = NonNullable<PreviewRosterImportMutation['previewRosterImport']['preview']>;

/** 名册导入: upload → preview (row errors, nothing written) → confirm; templates and exports. */
export function RosterPanel({ client }: { client: Client }) {
  const [kind, setKind] = useState<RosterKind>('STUDENTS');
  const [file, setFile] = useState<File | null>(null);
  const [fullRoster, setFullRoster] = useState(false);
  const [markLeft, setMarkLeft] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const { act, busy, note } = useAction();
  const exporter = useAction();

  async function check() {
    if (!file) return;
    setPreview(null);
    setConfirmed(null);
    await act(async () => {
      const f = await readFile(file);
      const r = (
        await client.request(PreviewRosterImportDocument, {
          input: {
            kind,
            format: f.format,
            fileBase64: f.base64,
            fileName: f.name,
            fullRoster: kind === 'STUDENTS' ? fullRoster : undefined,
          },
        })
      ).previewRosterImport;
      setPreview(r.preview);
      return r.userErrors;
    }, '已检查文件（尚未写入）。');
  }
  async function confirm() {
    if (!preview) return;
    await act(async () => {
      const r = (
        await client.request(ConfirmRosterImportDocument, { importId: preview.id, markMissingAsLeft: markLeft })
      ).confirmRosterImport;
      if (!r.userErrors.length) {
        setConfirmed(
          `已导入：新增 ${formatInteger(r.preview?.created ?? 0)}，更新 ${formatInteger(r.preview?.updated ?? 0)}，` +
            `未变 ${formatInteger(r.preview?.unchanged ?? 0)}` +
            `${r.markedLeft ? `，标记离校 ${formatInteger(r.markedLeft)}` : ''}。`,
        );
        setPreview(null);
      }
      return r.userErrors;
    }, '导入完成。');
  }
  const download = (what: 'template' | RosterExportKind) =>
    exporter.act(async () => {
      const file =
        what === 'template'
          ? (await client.request(RosterTemplateDocument, { kind, format: 'XLSX' })).rosterTemplate
          : (await client.request(RosterExportDocument, { kind: what, format: 'XLSX' })).rosterExport;
      downloadBase64(file);
    }, '已开始下载。');

  return (
    <section data-testid="roster-panel">
      <div className="panel">
        <h3>导入名册</h3>
        <form
          className="admin"
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <label>
            名册类型
            <select
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as RosterKind);
                setPreview(null);
              }}
              data-testid="roster-kind"
            >
              {Object.entries(KINDS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <FilePicker
            label="选择名册文件"
            file={file}
            testId="roster-file"
            onChange={(f) => {
              setFile(f);
              setPreview(null);
            }}
          />
          {kind === 'STUDENTS' && (
            <label>
              <span>
                <input type="checkbox" checked={fullRoster} onChange={(e) => setFullRoster(e.target.checked)} />{' '}
                这是全校完整名册（列出不在文件中的在籍学生）
              </span>
            </label>
          )}
          <div className="wide actions">
            <button type="submit" disabled={!file || busy} data-testid="roster-preview">
              检查文件
            </button>
            <button type="button" className="secondary" onClick={() => void download('template')}>
              下载空白模板
            </button>
            {note}
          </div>
        </form>
        {preview && (
          <div data-testid="roster-preview-result">
            <p>
              预览（尚未写入）：新增 <strong data-figure="created">{formatInteger(preview.created)}</strong> · 更新{' '}
              <strong data-figure="updated">{formatInteger(preview.updated)}</strong> · 未变{' '}
              <strong data-figure="unchanged">{formatInteger(preview.unchanged)}</strong>
              {preview.missing.length > 0 && <> · 名册中缺少 {formatInteger(preview.missing.length)} 名在籍学生</>}
            </p>
            <RowErrors errors={preview.rowErrors} />
            {preview.missing.length > 0 && (
              <label>
                <input type="checkbox" checked={markLeft} onChange={(e) => setMarkLeft(e.target.checked)} />{' '}
                确认时将缺少的学生标记为离校
              </label>
            )}
            <div className="actions">
              <button
                type="button"
                onClick={() => void confirm()}
                disabled={!preview.canConfirm || busy}
                data-testid="roster-confirm"
              >
                确认导入
              </button>
              {!preview.canConfirm && (
                <span className="status error">
                  {preview.rowErrors.length ? '请修改错误行后重新上传。' : errorText({ code: 'HAS_ERRORS' })}
                </span>
              )}
            </div>
          </div>
        )}
        {confirmed && (
          <p className="status saved" role="status" data-testid="roster-confirmed">
            {confirmed}
          </p>
        )}
      </div>
      <div className="panel">
        <h3>导出</h3>
        <p className="note">导出文件使用导入模板的表头，修改后可直接重新导入。</p>
        <div className="actions">
          {Object.entries(EXPORTS).map(([k, v]) => (
            <button key={k} type="button" className="secondary" onClick={() => void download(k as RosterExportKind)}>
              {v}
            </button>
          ))}
          {exporter.note}
        </div>
      </div>
    </section>
  );
}
