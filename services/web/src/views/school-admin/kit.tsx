import './admin.css';

import { type ReactNode, useEffect, useState } from 'react';

import { errorText } from '../../errors';

/** A typed user error of a payload, shown in Chinese by its code. */
export interface PayloadError {
  field?: string | null;
  code: string;
  message: string;
}

/** The value of `key` in the hash's query (`#/school?tab=roster` → roster). */
export function hashParam(key: string, hash = window.location.hash): string | null {
  const query = hash.split('?')[1];
  return query ? new URLSearchParams(query).get(key) : null;
}

/** The hash with `key` set in its query, the path kept (`#/school` + tab=roster → `#/school?tab=roster`). */
export function withHashParam(hash: string, key: string, value: string): string {
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query ?? '');
  params.set(key, value);
  return `${path || '#/'}?${params.toString()}`;
}

/**
 * Tabs whose choice lives in the hash query (…?tab=x), so a reload, the back button or a shared
 * link keeps the screen. The hash is replaced, not pushed, so “back” leaves the page, not the tab.
 */
export function Tabs({
  tabs,
  initial,
}: {
  tabs: { key: string; label: string; render: () => ReactNode }[];
  initial?: string;
}) {
  const [active, setActive] = useState(() => hashParam('tab') ?? initial ?? tabs[0].key);
  useEffect(() => {
    const onChange = () => setActive(hashParam('tab') ?? initial ?? tabs[0].key);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
    // A new tabs array each render; what matters is its first key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial, tabs[0].key]);
  const choose = (key: string) => {
    setActive(key);
    const next = withHashParam(window.location.hash, 'tab', key);
    window.history.replaceState(window.history.state, '', next);
  };
  const current = tabs.find((t) => t.key === active) ?? tabs[0];
  return (
    <div className="admin-tabs">
      <div role="tablist" className="tablist">
        {tabs.map((t) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            aria-selected={t.key === current.key}
            data-tab={t.key}
            onClick={() => choose(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={current.label} className="tabpanel">
        {current.render()}
      </div>
    </div>
  );
}

/**
 * Runs a mutation once at a time and says what happened in Chinese: “已保存” (or `done`), the typed
 * user errors by code, or why the request failed. `run` returns the payload's userErrors.
 */
export function useAction() {
  const [state, setState] = useState<{ busy: boolean; message: string | null; ok: boolean }>({
    busy: false,
    message: null,
    ok: false,
  });
  async function act(run: () => Promise<PayloadError[] | void>, done = '已保存。'): Promise<boolean> {
    if (state.busy) return false;
    setState({ busy: true, message: '正在提交…', ok: false });
    try {
      const errors = (await run()) ?? [];
      if (errors.length) {
        setState({ busy: false, message: errors.map((e) => errorText(e)).join(' '), ok: false });
        return false;
      }
      setState({ busy: false, message: done, ok: true });
      return true;
    } catch (error) {
      setState({ busy: false, message: errorText(error), ok: false });
      return false;
    }
  }
  const note = state.message ? (
    <p
      className={`status ${state.ok ? 'saved' : state.busy ? '' : 'error'}`}
      role={state.ok || state.busy ? 'status' : 'alert'}
      data-testid="action-status"
    >
      {state.message}
    </p>
  ) : null;
  return { act, busy: state.busy, note };
}

/** A chosen file as base64 (what the import mutations take), and its format by extension. */
export async function readFile(file: File): Promise<{ base64: string; format: 'XLSX' | 'CSV'; name: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(binary), format: /\.csv$/i.test(file.name) ? 'CSV' : 'XLSX', name: file.name };
}

/** A row error of an import preview, in Chinese: 第 3 行「课程」：课程不在培训目录中。 */
export function RowErrors({ errors }: { errors: { row: number; column?: string | null; code: string }[] }) {
  if (!errors.length) return null;
  return (
    <table className="data compact" data-testid="row-errors">
      <caption>文件中有 {errors.length} 处错误，未写入任何数据</caption>
      <thead>
        <tr>
          <th className="num">行</th>
          <th>列</th>
          <th>问题</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={i}>
            <td className="num">{e.row}</td>
            <td>{e.column ?? '—'}</td>
            <td>{errorText(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const Empty = ({ children }: { children: ReactNode }) => <p className="status empty">{children}</p>;

/**
 * A file chooser that reads Chinese: the browser's own control says “Choose File / No file chosen”
 * in the browser's language, so it is hidden (still focusable, still the input) behind a label.
 */
export function FilePicker(props: {
  label: string;
  file: File | null;
  onChange: (file: File | null) => void;
  testId?: string;
}) {
  return (
    <label className="file-picker">
      <input
        type="file"
        accept=".xlsx,.csv"
        className="visually-hidden"
        onChange={(e) => props.onChange(e.target.files?.[0] ?? null)}
        data-testid={props.testId}
      />
      <span className="file-button">{props.label}</span>
      <span className="file-name">{props.file ? props.file.name : '未选择文件（.xlsx 或 CSV）'}</span>
    </label>
  );
}
