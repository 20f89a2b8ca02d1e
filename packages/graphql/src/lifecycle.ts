import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** What /readyz reports: ready or not, and each check's word (never a name, a path or an error text). */
export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}
export type ReadinessCheck = () => Promise<Readiness>;

/** How a service stops (infra/ENVIRONMENT.md): SHUTDOWN_DELAY_SECONDS, SHUTDOWN_TIMEOUT_SECONDS. */
export interface ShutdownOptions {
  /** Not ready but still serving this long, so load balancers stop sending first (0 with a preStop hook). */
  delayMs: number;
  /** In-flight requests get this long to finish; then their sockets are closed. */
  timeoutMs: number;
}

export function shutdownFromEnv(env: NodeJS.ProcessEnv = process.env): ShutdownOptions {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 600)
      throw new Error(`${name} must be a number of seconds, 0–600.`);
    return value * 1000;
  };
  return { delayMs: read('SHUTDOWN_DELAY_SECONDS', 0), timeoutMs: read('SHUTDOWN_TIMEOUT_SECONDS', 20) };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/**
 * Health endpoints and graceful draining for one node:http server.
 *   GET /healthz  liveness: the process answers (also while draining: it is finishing work, not stuck).
 *   GET /readyz   readiness: 503 while draining, else the service's own check.
 * `drain()`: readiness false at once; after `delayMs` the listener closes (new connections are
 * refused), idle keep-alive sockets close, in-flight requests finish (each answered with
 * `connection: close`) within `timeoutMs`, after which the remaining sockets are cut.
 */
export function serverLifecycle(server: Server, readiness: ReadinessCheck = async () => ({ ready: true, checks: {} })) {
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  let settled: (() => void) | undefined;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    if (draining) res.shouldKeepAlive = false;
    res.once('close', () => {
      inFlight.delete(res);
      if (!inFlight.size) settled?.();
    });
  });
  return {
    get draining() {
      return draining;
    },
    /** Answers the health paths; false for any other request. */
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const pathname = (req.url ?? '/').split('?')[0];
      if (pathname === '/healthz') return (json(res, 200, { status: 'live' }), true);
      if (pathname !== '/readyz') return false;
      if (draining) return (json(res, 503, { status: 'draining' }), true);
      readiness()
        .catch((): Readiness => ({ ready: false, checks: { check: 'failed' } }))
        .then((r) => json(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', checks: r.checks }));
      return true;
    },
    async drain(options: ShutdownOptions): Promise<{ cut: number }> {
      if (draining) return { cut: 0 };
      draining = true;
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      // Responses not yet begun say `connection: close`, so the client does not reuse the socket.
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const finished = inFlight.size
        ? await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), options.timeoutMs);
            settled = () => (clearTimeout(timer), resolve(true));
          })
        : true;
      const cut = finished ? 0 : inFlight.size;
      // Sockets whose last response went out keep-alive before the drain began are idle now.
      server.closeIdleConnections();
      if (!finished) server.closeAllConnections();
      const stragglers = setTimeout(() => server.closeAllConnections(), 1_000);
      await closed;
      clearTimeout(stragglers);
      return { cut };
    },
  };
}

export type ServerLifecycle = ReturnType<typeof serverLifecycle>;
