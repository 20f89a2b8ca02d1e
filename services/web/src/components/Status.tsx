import type { QueryState } from '../api';

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您没有查看此内容的权限。',
  NOT_FOUND: '未找到，或不在您的管辖范围内。',
};

/** Loading and error states of a query, in Chinese; renders nothing once data is there. */
export function Status({ state }: { state: QueryState<unknown> }) {
  if (state.status === 'loading') return <p className="status" role="status">加载中…</p>;
  if (state.status === 'error') {
    const known = state.codes.map((c) => MESSAGES[c]).find(Boolean);
    return (
      <p className="status error" role="alert">
        {known ?? '加载失败，请稍后重试。'}
        <span className="detail">{state.message}</span>
      </p>
    );
  }
  return null;
}
