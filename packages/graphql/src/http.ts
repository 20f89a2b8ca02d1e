import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { processLogger } from '@mentorship/observability';

import { type ReadinessCheck, serverLifecycle, shutdownFromEnv, type ShutdownOptions } from './lifecycle';
import { EDGE_LIMITS } from './limits';

export interface RunningServer {
  url: string;
  /** Graceful: not ready, stop accepting, finish in-flight requests (bounded), then stop (lifecycle.ts). */
  stop(): Promise<void>;
}

export interface HttpLimits {
  /** Largest request body in bytes; larger is 413 before any parsing. */
  maxBodyBytes: number;
  /** Operations one HTTP request may carry (a batched array counts each). */
  maxOperationsPerRequest: number;
  /** After this the caller gets a 503 TIMEOUT instead of waiting on. */
  requestBudgetMs: number;
}

/** The one error body every refusal of this layer has: a GraphQL error with a code, as JSON. */
function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the body up to `limit` bytes; beyond it the rest is discarded unread and the request refused. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  const tooLarge = () =>
    new RequestRefused(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => refused || resolve(Buffer.concat(chunks).toString('utf8')));
    req.on(
      'error',
      () => refused || reject(new RequestRefused(400, 'BAD_REQUEST', 'The request body could not be read.')),
    );
  });
}

function isJson(contentType: string | undefined): boolean {
  return !!contentType && /^application\/(graphql-response\+)?json\b/i.test(contentType.trim());
}

/** What Apollo gets: the parsed JSON body, or the raw text for a content type it will refuse itself. */
function parseBody(raw: string, contentType: string | undefined, limits: HttpLimits): unknown {
  if (!isJson(contentType)) return raw;
  if (raw.trim() === '')
    throw new RequestRefused(400, 'BAD_REQUEST', 'The request body is empty; send {"query": "…"}.');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new RequestRefused(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
  if (Array.isArray(body) && body.length > limits.maxOperationsPerRequest) {
    throw new RequestRefused(
      400,
      'BAD_REQUEST',
      `At most ${limits.maxOperationsPerRequest} operation(s) per request; send the others separately.`,
    );
  }
  if (body === null || typeof body !== 'object')
    throw new RequestRefused(
      400,
      'BAD_REQUEST',
      'The request body must be a JSON object {"query": "…", "variables": {…}}.',
    );
  return body;
}

async function writeApolloResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [key, value] of response.headers) headers[key] = value;
  if (response.body.kind !== 'complete') {
    // Incremental delivery (@defer) is not offered by this platform.
    return send(res, 400, errorBody('Incremental delivery is not supported.', 'BAD_REQUEST'));
  }
  // Apollo answers a few refusals (e.g. a wrong method) in plain text: give them the one shape too.
  if (!/json/i.test(headers['content-type'] ?? '')) {
    return send(
      res,
      response.status && response.status >= 400 ? response.status : 400,
      errorBody(response.body.string.slice(0, 200) || 'Bad request.', 'BAD_REQUEST'),
      response.headers.get('allow') ? { allow: response.headers.get('allow')! } : {},
    );
  }
  // Encoded once: ending with the string would scan it for its length and then encode it again.
  const body = Buffer.from(response.body.string, 'utf8');
  res.writeHead(response.status ?? 200, {
    ...headers,
    'cache-control': headers['cache-control'] ?? 'no-store',
    'content-length': String(body.length),
  });
  res.end(body);
}

/**
 * Serves an Apollo server over plain node:http instead of Apollo's standalone (express) server,
 * so that every answer, including to a body that is not JSON, too large, or sent with the wrong
 * method, is a JSON GraphQL error with a code: express's HTML error page with a stack trace and
 * install paths never reaches a caller. GraphQL is served on every path, as the standalone server did.
 */
export async function serveGraphQL<C extends BaseContext>(
  server: ApolloServer<C>,
  options: {
    port: number;
    context: (req: IncomingMessage) => Promise<C>;
    limits?: Partial<HttpLimits>;
    /** What GET /readyz checks besides "not draining" (a subgraph: its database and migrations). */
    readiness?: ReadinessCheck;
    /** Default from SHUTDOWN_DELAY_SECONDS and SHUTDOWN_TIMEOUT_SECONDS. */
    shutdown?: ShutdownOptions;
  },
): Promise<RunningServer> {
  const limits: HttpLimits = { ...EDGE_LIMITS.http, ...options.limits };
  await server.start();

  async function handle(req: IncomingMessage, res: ServerResponse, startBudget: () => void): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'POST') {
      req.resume();
      return send(
        res,
        405,
        errorBody(`Method ${method.slice(0, 20)} is not allowed; use POST (or GET for queries).`, 'METHOD_NOT_ALLOWED'),
        { allow: 'GET, POST' },
      );
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const raw = method === 'POST' ? await readBody(req, limits.maxBodyBytes) : '';
    // The budget is for the work, not for a slow upload (the socket's own timeout bounds that).
    startBudget();
    if (method === 'GET') req.resume();
    if (url.search.length > limits.maxBodyBytes)
      throw new RequestRefused(414, 'URI_TOO_LONG', 'The query string is too long; send the operation with POST.');
    const contentType = req.headers['content-type'];
    const body = method === 'POST' ? parseBody(raw, contentType, limits) : undefined;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // Never the landing page (HTML): this endpoint only speaks JSON.
    headers.set('accept', 'application/json');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: () => options.context(req),
    });
    await writeApolloResponse(res, response);
  }

  const httpServer = http.createServer((req, res) => {
    if (lifecycle.handle(req, res)) {
      req.resume();
      return;
    }
    let answered = false;
    let timer: NodeJS.Timeout | undefined;
    const startBudget = () => {
      timer = setTimeout(() => {
        answered = true;
        send(
          res,
          503,
          errorBody(`The request did not finish within its budget of ${limits.requestBudgetMs / 1000} s.`, 'TIMEOUT'),
          { connection: 'close' },
        );
      }, limits.requestBudgetMs);
    };
    handle(req, res, startBudget)
      .catch((error: unknown) => {
        if (answered) return;
        // A 413 is answered at once; the rest of the body is read and dropped (never kept), since
        // a client still sending would otherwise see a reset connection instead of the answer.
        if (error instanceof RequestRefused) return send(res, error.status, errorBody(error.message, error.code));
        processLogger().error({ err: error }, 'request failed');
        send(res, 500, errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR'));
      })
      .finally(() => clearTimeout(timer));
  });
  const lifecycle = serverLifecycle(httpServer, options.readiness);
  const shutdown = options.shutdown ?? shutdownFromEnv();
  // A client that sends headers or a body slowly cannot hold a socket for long.
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = 60_000;
  httpServer.on('clientError', (_error, socket) => {
    if (socket.writable)
      socket.end(
        `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\nconnection: ` +
          `close\r\n\r\n${errorBody('Malformed HTTP request.', 'BAD_REQUEST')}`,
      );
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, process.env.HOST || '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host =
    process.env.HOST && process.env.HOST !== '0.0.0.0' && process.env.HOST !== '::' ? process.env.HOST : '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    async stop() {
      const { cut } = await lifecycle.drain(shutdown);
      if (cut)
        console.error(`shutdown: ${cut} request(s) still running after ${shutdown.timeoutMs / 1000} s were cut off`);
      await server.stop();
    },
  };
}
