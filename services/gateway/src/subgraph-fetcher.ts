import { STATUS_CODES } from 'node:http';

import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';

import { SubgraphDataSource } from './subgraph-source';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

export interface SubgraphBudget {
  /** Time allowed for one fetch of a query (connect, answer and body), retries included. */
  queryTimeoutMs: number;
  /** Time allowed for one fetch of a mutation (never retried once sent). */
  mutationTimeoutMs: number;
  /**
   * Idle keep-alive sockets are closed after this long. It must stay below the subgraphs'
   * keep-alive timeout (Node's server default: 5 s), or the gateway reuses a socket the subgraph
   * is closing at that moment: the "socket hang up" (ECONNRESET) of issue 15.
   */
  idleSocketMs: number;
  /** Extra attempts for a query whose connection broke before an answer came (reset, refused). */
  retries: number;
}

export const DEFAULT_SUBGRAPH_BUDGET: SubgraphBudget = {
  queryTimeoutMs: 5_000,
  mutationTimeoutMs: 15_000,
  idleSocketMs: 4_000,
  retries: 2,
};

/**
 * SUBGRAPH_TIMEOUT_MS, SUBGRAPH_MUTATION_TIMEOUT_MS, SUBGRAPH_IDLE_SOCKET_MS, SUBGRAPH_RETRIES (infra/ENVIRONMENT.md).
 */
export function subgraphBudgetFromEnv(env: NodeJS.ProcessEnv = process.env): SubgraphBudget {
  const read = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}.`);
    return value;
  };
  const d = DEFAULT_SUBGRAPH_BUDGET;
  return {
    queryTimeoutMs: read('SUBGRAPH_TIMEOUT_MS', d.queryTimeoutMs, 1),
    mutationTimeoutMs: read('SUBGRAPH_MUTATION_TIMEOUT_MS', d.mutationTimeoutMs, 1),
    idleSocketMs: read('SUBGRAPH_IDLE_SOCKET_MS', d.idleSocketMs, 1),
    retries: read('SUBGRAPH_RETRIES', d.retries, 0),
  };
}

/** Connection failures where the subgraph cannot have acted on the request, or a query may simply be sent again. */
const RETRYABLE = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
/** Of those, the ones where the request was certainly never received (safe for mutations too). */
const NEVER_SENT = new Set(['ECONNREFUSED']);

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * The gateway's documents to a subgraph are JSON `{"query":"…"}` with the query first (see
 * RemoteGraphQLDataSource); only a `query` or a bare selection set is idempotent.
 */
function isQuery(body: unknown): boolean {
  return typeof body === 'string' && /^\{"query":"\s*(query\b|\{)/.test(body);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the data source reads of a subgraph's answer (status, headers, body), decoded once: V8's
 * UTF-8 decoding of the whole buffer instead of a WHATWG Response's TextDecoder, twice.
 */
function subgraphAnswer(
  url: string,
  status: number,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
) {
  const text = body.toString('utf8');
  return {
    url,
    status,
    statusText: STATUS_CODES[status] ?? '',
    ok: status >= 200 && status < 300,
    headers: {
      get(name: string): string | null {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: async () => text,
    json: async (): Promise<unknown> => JSON.parse(text),
  };
}

/**
 * A fetcher for one subgraph with a time budget: its own keep-alive pool (idle sockets closed
 * before the subgraph closes them), a deadline per fetch, and for queries a retry when the
 * connection breaks before an answer. A subgraph that does not answer costs the caller the
 * budget, not a hung request; its fields come back null with SUBGRAPH_TIMEOUT.
 */
export function subgraphFetcher(
  name: string,
  budget: SubgraphBudget = DEFAULT_SUBGRAPH_BUDGET,
): { fetcher: Fetcher; close(): Promise<void> } {
  const agent = new Agent({
    keepAliveTimeout: budget.idleSocketMs,
    // A subgraph's `Keep-Alive: timeout=N` hint may shorten it, never lengthen it past ours.
    keepAliveMaxTimeout: budget.idleSocketMs,
    connect: { timeout: Math.min(budget.queryTimeoutMs, 2_000) },
  });
  const targets = new Map<string, { origin: string; path: string }>();
  const target = (url: string) => {
    let found = targets.get(url);
    if (!found) {
      const parsed = new URL(url);
      found = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, found);
    }
    return found;
  };
  const fetcher = (async (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const idempotent = isQuery(init?.body);
    const timeoutMs = idempotent ? budget.queryTimeoutMs : budget.mutationTimeoutMs;
    const deadline = Date.now() + timeoutMs;
    const signal = AbortSignal.timeout(timeoutMs);
    const { origin, path } = target(url);
    for (let attempt = 0; ; attempt++) {
      try {
        // undici's request, not its WHATWG fetch: no Request/Response/Headers objects per call (issue 15's profile).
        const response = await agent.request({
          origin,
          path,
          method: (init?.method ?? 'POST') as 'POST',
          headers: init?.headers,
          body: init?.body,
          signal,
        });
        // Read the body inside the budget: a subgraph stopping mid-answer is the same hang.
        const chunks: Buffer[] = [];
        for await (const chunk of response.body) chunks.push(chunk as Buffer);
        return subgraphAnswer(url, response.statusCode, response.headers, Buffer.concat(chunks));
      } catch (error) {
        if (signal.aborted) {
          throw new GraphQLError(
            `The ${name} service did not answer within ${timeoutMs} ms; its part of the answer is ` +
              `missing. Try again shortly.`,
            {
              extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: name },
            },
          );
        }
        const code = errorCode(error);
        const retryable = code !== undefined && (idempotent ? RETRYABLE.has(code) : NEVER_SENT.has(code));
        if (retryable && attempt < budget.retries && Date.now() + 50 < deadline) {
          // A reset socket is replaced at once; a refused connection (restarting) gets a short pause.
          if (code === 'ECONNREFUSED') await sleep(Math.min(100 * (attempt + 1), deadline - Date.now()));
          continue;
        }
        throw new GraphQLError(
          `The ${name} service cannot be reached; its part of the answer is missing. Try again shortly.`,
          {
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
          },
        );
      }
    }
  }) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}

/**
 * The gateway's subgraph connections: one budgeted fetcher per subgraph, for `buildService`;
 * `close()` ends their sockets when the gateway stops.
 */
export function subgraphPool(budget: SubgraphBudget = DEFAULT_SUBGRAPH_BUDGET) {
  const closers: (() => Promise<void>)[] = [];
  return {
    dataSource<C extends Record<string, any>>(
      name: string,
      url: string,
      willSendRequest: RemoteGraphQLDataSource<C>['willSendRequest'],
    ): RemoteGraphQLDataSource<C> {
      const { fetcher, close } = subgraphFetcher(name, budget);
      closers.push(close);
      return new SubgraphDataSource<C>({ url, fetcher, willSendRequest });
    },
    async close(): Promise<void> {
      await Promise.all(closers.map((close) => close().catch(() => undefined)));
    },
  };
}
