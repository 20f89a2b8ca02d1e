import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** A demo login as the sign-in page lists it (no ids: those stay in the token). */
export interface DevLoginEntry {
  login: string;
  role: string;
  name: string;
  description: string;
}

export interface WebServerOptions {
  /** The built web app (services/web/dist). */
  distDir: string;
  port: number;
  host?: string;
  /** The gateway's /graphql URL; the browser reaches it as /graphql on this server (no CORS). */
  gatewayUrl: string;
  /**
   * Development sign-in: `/dev/logins` lists the demo logins and `/dev/login` signs a token for
   * one. Leave undefined in production; with NODE_ENV=production the server refuses to start with it.
   */
  devLogin?: { logins: DevLoginEntry[]; sign(login: string): string | undefined };
}

export interface RunningWebServer {
  url: string;
  /**
   * Graceful: /readyz 503, no new connections, requests in flight (a /graphql pass-through) finish within `timeoutMs`.
   */
  stop(timeoutMs?: number): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/**
 * Sent with every response, the proxied /graphql included. The built app is one module script
 * and one stylesheet from /assets (no inline script or style: checked by the production-mode
 * test), so the policy needs no 'unsafe-inline'; an injected script has nowhere to send a
 * token but this origin, and no other site may frame the app (clickjacking).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json',
  extra: http.OutgoingHttpHeaders = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

function readBody(req: http.IncomingMessage, limit = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk;
      if (body.length > limit) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Passes /graphql through to the gateway, headers (the bearer token) included. */
function proxy(req: http.IncomingMessage, res: http.ServerResponse, target: URL) {
  const upstream = http.request(
    {
      hostname: target.hostname,
      port: target.port,
      path: target.pathname + (req.url?.slice('/graphql'.length) ?? ''),
      method: req.method,
      headers: { ...req.headers, host: target.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...SECURITY_HEADERS });
      answer.pipe(res);
    },
  );
  upstream.on('error', () =>
    send(
      res,
      502,
      JSON.stringify({ errors: [{ message: 'The gateway is not reachable.', extensions: { code: 'BAD_GATEWAY' } }] }),
    ),
  );
  req.pipe(upstream);
}

/**
 * Serves the built dashboard, proxies /graphql to the gateway, and in development offers the
 * demo sign-in. A tiny static server: the app is prebuilt by Vite, nothing is compiled here.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  if (options.devLogin && process.env.NODE_ENV === 'production')
    throw new Error('Refusing to start: the demo sign-in (/dev/login) is for development only.');
  const root = path.resolve(options.distDir);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`The web app is not built (${index} missing): run \`pnpm build\`.`);
  const gateway = new URL(options.gatewayUrl);

  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const server = http.createServer(async (req, res) => {
    inFlight += 1;
    res.once('close', () => (inFlight -= 1) || idle?.());
    if (draining) res.shouldKeepAlive = false;
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      // Health (no files read, no gateway asked): live while the process answers, ready until it drains.
      if (url.pathname === '/healthz')
        return send(res, 200, '{"status":"live"}', 'application/json', { 'cache-control': 'no-store' });
      if (url.pathname === '/readyz')
        return send(res, draining ? 503 : 200, `{"status":"${draining ? 'draining' : 'ready'}"}`, 'application/json', {
          'cache-control': 'no-store',
        });
      if (url.pathname === '/graphql') return proxy(req, res, gateway);
      if (url.pathname.startsWith('/dev/')) {
        const dev = options.devLogin;
        if (!dev) return send(res, 404, JSON.stringify({ error: 'not found' }));
        if (url.pathname === '/dev/logins' && req.method === 'GET')
          return send(res, 200, JSON.stringify({ logins: dev.logins }), 'application/json', {
            'cache-control': 'no-store',
          });
        if (url.pathname === '/dev/login' && req.method === 'POST') {
          const { login } = JSON.parse((await readBody(req)) || '{}') as { login?: string };
          const token = login ? dev.sign(login) : undefined;
          return token
            ? send(res, 200, JSON.stringify({ token }), 'application/json', { 'cache-control': 'no-store' })
            : send(res, 400, JSON.stringify({ error: `unknown demo login ${login ?? ''}`.trim() }));
        }
        return send(res, 404, JSON.stringify({ error: 'not found' }));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
      // Only files under dist/; anything else (client-side routes) gets the app's index.html.
      const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
      const inside = file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
      const served = inside ? file : index;
      const cache = served.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      return send(res, 200, fs.readFileSync(served), TYPES[path.extname(served)] ?? 'application/octet-stream', {
        'cache-control': cache,
      });
    } catch {
      if (!res.headersSent) send(res, 400, JSON.stringify({ error: 'bad request' }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? process.env.HOST ?? '127.0.0.1', resolve);
  });
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    async stop(timeoutMs = 20_000) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight) await new Promise<void>((resolve) => ((idle = resolve), setTimeout(resolve, timeoutMs).unref()));
      server.closeAllConnections();
      await closed;
    },
  };
}
