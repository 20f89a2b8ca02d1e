import { randomUUID } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';

import { GATEWAY_PROOF_HEADER, signGatewayProof } from '@mentorship/auth';

/**
 * In production a subgraph answers only requests the gateway forwarded (anything else is 403
 * before its limits are reached). To show its own limits hold too, requests to these URLs carry
 * the gateway's proof, as the gateway would send them.
 */
const forwardedAsGateway = new Map<string, string>();
export function sendAsGateway(urls: string[], gatewaySecret: string): void {
  for (const url of urls) forwardedAsGateway.set(url, gatewaySecret);
}

function withGatewayProof(url: string, headers: Record<string, string> = {}): Record<string, string> {
  const secret = forwardedAsGateway.get(url);
  const token = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  if (!secret || !token) return headers;
  const requestId = randomUUID();
  return { ...headers, 'x-request-id': requestId, [GATEWAY_PROOF_HEADER]: signGatewayProof(secret, requestId, token) };
}

/** A response as an attacker sees it: status, the raw text and how long it took. */
export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  body: any;
  ms: number;
}

export async function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<RawResponse> {
  const started = performance.now();
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: withGatewayProof(url, init.headers),
    body: init.body as string | undefined,
  });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    body,
    ms: performance.now() - started,
  };
}

/**
 * A POST whose answer may come before the body is sent (a 413 for an oversized upload): node:http
 * reports the response as soon as it arrives, where fetch fails with EPIPE once the server stops
 * reading. The write error after the answer is what any client of such a server sees; not a failure.
 */
export function sendEarlyAnswer(url: string, headers: Record<string, string>, body: Buffer): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { ...withGatewayProof(url, headers), 'content-length': String(body.length) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let parsed: any;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text,
            body: parsed,
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('error', (error) => setTimeout(() => reject(error), 1_000)); // a response already read has resolved first
    req.end(body);
  });
}

/** A GraphQL POST with JSON, as a client sends it. */
export function post(
  url: string,
  token: string | undefined,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return send(url, {
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

const HTML = /<!doctype|<html|<body|<pre>/i;
/** A stack frame, an install path, SQL or ORM text: what an error must never carry. */
const LEAK = new RegExp(
  [
    /stacktrace|\bat [\w$.<>]+ \(|\.(ts|js):\d+|node_modules|\/work\/|\/home\//.source,
    /\bSELECT\b|\bINSERT\b|\bUPDATE\b.*\bSET\b|QueryFailedError|TypeORM/.source,
    /invalid byte sequence|violates .* constraint/.source,
  ].join('|'),
  'i',
);

/** The one error shape: JSON, GraphQL errors each with a code, nothing internal. */
export function expectCleanError(
  r: RawResponse,
  expected: { status?: number | number[]; code?: string | string[] } = {},
): void {
  expect(r.text).not.toMatch(HTML);
  expect(r.text).not.toMatch(LEAK);
  expect(r.contentType).toMatch(/json/);
  expect(r.body).toBeDefined();
  expect(Array.isArray(r.body.errors) && r.body.errors.length > 0).toBe(true);
  for (const e of r.body.errors) expect(typeof e.extensions?.code).toBe('string');
  if (expected.status !== undefined) expect([expected.status].flat()).toContain(r.status);
  if (expected.code !== undefined) expect([expected.code].flat()).toContain(r.body.errors[0].extensions.code);
}

/** Never HTML, a stack or a path, whatever the answer (data or errors). */
export function expectNothingLeaked(r: RawResponse): void {
  expect(r.text).not.toMatch(HTML);
  expect(r.text).not.toMatch(LEAK);
  expect(r.contentType).toMatch(/json/);
}

/**
 * A zip (an .xlsx as far as its container goes) with the given parts. `declare` lets a part
 * claim a smaller size than it inflates to, as a crafted bomb does.
 */
export function zipOf(parts: { name: string; content: Buffer; declare?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = zlib.deflateRawSync(part.content, { level: 9 });
    const size = part.declare ?? part.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
