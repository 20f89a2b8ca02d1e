import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type Client,
  createClient as createTypedClient,
  GraphQLRequestError,
  type ServerError,
} from '@mentorship/client';
import { useCallback, useEffect, useState } from 'react';

/** The gateway through this web server (same origin: /graphql is proxied, so no CORS). */
export function createClient(token: string): Client {
  return createTypedClient({ url: '/graphql', token });
}

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string; codes: string[] }
  /** `errors`: field errors beside the data, only with `partial` (e.g. grades the caller may not read). */
  | { status: 'done'; data: T; errors: ServerError[] };

export interface QueryOptions {
  skip?: boolean;
  /** Accept data with field errors (FORBIDDEN on some fields) instead of failing the whole view. */
  partial?: boolean;
}

/**
 * Runs a typed operation when its inputs change; the result type follows the document.
 * `reload()` asks again (after a mutation), keeping the old data on screen meanwhile.
 */
export function useQuery<TResult, TVariables>(
  client: Client,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: QueryOptions = {},
): QueryState<TResult> & { reload: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  const { skip = false, partial = false } = options;
  useEffect(() => {
    if (skip) return;
    let live = true;
    if (generation === 0) setState({ status: 'loading' });
    const run = client.execute as (
      d: TypedDocumentNode<TResult, TVariables>,
      v: TVariables,
    ) => Promise<{ data: TResult; errors: ServerError[] }>;
    run(document, variables).then(
      ({ data, errors }) => {
        if (!live) return;
        if (errors.length && !partial)
          setState({
            status: 'error',
            message: errors.map((e) => e.message).join('; '),
            codes: errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
          });
        else setState({ status: 'done', data, errors });
      },
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
          codes: error instanceof GraphQLRequestError ? error.codes : [],
        }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, document, key, skip, partial, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

/** Saves a base64 file the API returned (an export) through the browser's download. */
export function downloadBase64(file: { filename: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
