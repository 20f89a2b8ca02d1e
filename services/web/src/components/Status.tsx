import type { QueryState } from '../api';
import { errorTextOfCodes } from '../errors';

/** Loading and error states of a query, in Chinese (never the API's English); nothing once data is there. */
export function Status({ state }: { state: QueryState<unknown> }) {
  if (state.status === 'loading')
    return (
      <p className="status" role="status">
        加载中…
      </p>
    );
  if (state.status === 'error') {
    return (
      <p className="status error" role="alert">
        {state.codes.length ? errorTextOfCodes(state.codes) : '加载失败，请检查网络后重试。'}
      </p>
    );
  }
  return null;
}
