import { createClient as createTypedClient, GraphQLRequestError, type Client } from '@mentorship/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';

/** The gateway through this web server (same origin: /graphql is proxied, so no CORS). */
export function createClient(token: string): Client {
  return createTypedClient({ url: '/graphql', token });
}

/**
 * The signed-in teacher's id. There is no `viewer` query yet, so the Relay id is built from the
 * token's subject (the id format of packages/graphql: base64url of "Teacher:<uuid>").
 */
export function toTeacherId(personId: string): string {
  return btoa(`Teacher:${personId}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type QueryState<T> = { status: 'loading' } | { status: 'error'; message: string; codes: string[] } | { status: 'done'; data: T };

/** Runs a typed operation when its inputs change; the result type follows the document. */
export function useQuery<TResult, TVariables>(client: Client, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, skip = false): QueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState({ status: 'loading' });
    const run = client.request as (d: TypedDocumentNode<TResult, TVariables>, v: TVariables) => Promise<TResult>;
    run(document, variables).then(
      (data) => live && setState({ status: 'done', data }),
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
  }, [client, document, key, skip]);
  return state;
}
