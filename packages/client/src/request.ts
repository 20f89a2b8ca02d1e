import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';

/** An error the server returned, with its code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, …). */
export interface ServerError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** Thrown when a response carries errors or the HTTP request fails; `codes` says why. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ServerError[],
  ) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
    this.name = 'GraphQLRequestError';
  }
  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
  }
}

export interface ClientOptions {
  /** The gateway's /graphql URL (absolute, or relative in a browser). */
  url: string;
  /** Bearer token; a function is asked before every request. */
  token?: string | (() => string | undefined | null);
  /**
   * `hash`: send only the operation's sha256 (persisted operation; the gateway must know it).
   * `document` (default): send the document and its hash, which every gateway mode accepts.
   */
  send?: 'document' | 'hash';
  fetch?: typeof fetch;
}

/** The hash codegen embeds in each document (`__meta__.hash`), if any. */
export function operationHashOf(document: DocumentNode): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

/** Variables may be left out only when the operation has no required ones. */
export type VariablesArgs<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

const printed = new WeakMap<DocumentNode, string>();

/**
 * A minimal typed GraphQL client: `request(Document, variables)` returns the operation's result
 * type and accepts only its variables type. Any other client (urql, Apollo, graphql-request)
 * can use the same TypedDocumentNode objects instead.
 */
export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch;

  /** One POST; throws only when there is no data at all (HTTP failure, validation, a whole denial). */
  async function send<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables | undefined,
  ): Promise<{ data: TResult; errors: ServerError[]; status: number }> {
    const token = typeof options.token === 'function' ? options.token() : options.token;
    const hash = operationHashOf(document);
    let query = printed.get(document);
    if (query === undefined) printed.set(document, (query = print(document)));
    const body = {
      query: options.send === 'hash' && hash ? undefined : query,
      variables,
      extensions: hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined,
    };
    const response = await doFetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    let payload: { data?: TResult | null; errors?: ServerError[] };
    try {
      payload = (await response.json()) as typeof payload;
    } catch {
      throw new GraphQLRequestError(response.status, [
        { message: `HTTP ${response.status} without a GraphQL response` },
      ]);
    }
    if (payload.data == null) throw new GraphQLRequestError(response.status, payload.errors ?? []);
    return { data: payload.data, errors: payload.errors ?? [], status: response.status };
  }

  return {
    /** The operation's data; any error (even on one field) throws a GraphQLRequestError. */
    async request<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      // Inferred from the document only: wrong or missing variables are an error, not a new type.
      ...[variables]: NoInfer<VariablesArgs<TVariables>>
    ): Promise<TResult> {
      const { data, errors, status } = await send(document, variables);
      if (errors.length) throw new GraphQLRequestError(status, errors);
      return data;
    },
    /**
     * Data and field errors side by side, for operations where some fields may be denied while the
     * rest is fine (e.g. a grade lead reading GradeComparison: other grades' metrics are null, each
     * with a FORBIDDEN error). Throws only when there is no data at all.
     */
    async execute<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables]: NoInfer<VariablesArgs<TVariables>>
    ): Promise<{ data: TResult; errors: ServerError[] }> {
      const { data, errors } = await send(document, variables);
      return { data, errors };
    },
  };
}

export type Client = ReturnType<typeof createClient>;
