// Reading what the real processes print and serve: JSON log lines, Prometheus samples, a polling wait,
// and the registered operations of the web dashboard.
import fs from 'node:fs';
import path from 'node:path';

import type { ServiceChild } from '../support/process-platform';

/** The web dashboard's registered operations (the manifest the services name operations from). */
const MANIFEST_FILE = path.resolve(__dirname, '../../packages/client/src/generated/persisted-documents.json');
const MANIFEST: Record<string, string> = JSON.parse(fs.readFileSync(MANIFEST_FILE, 'utf8'));
export const operation = (name: string) =>
  Object.values(MANIFEST).find((doc) => new RegExp(`(query|mutation) ${name}\\b`).test(doc))!;

export type LogLine = Record<string, unknown> & { service: string; msg: string };

/** Every line a service printed, each parsed as JSON (a line that is not JSON fails the test). */
export function logLines(service: ServiceChild): LogLine[] {
  return service
    .output()
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        throw new Error(`${service.name} printed a line that is not JSON: ${line}`);
      }
    });
}

export type Probe<T> = () => T | undefined | Promise<T | undefined>;

/** Polls until `probe` gives a value: logs and spans reach the test through pipes and batches. */
export async function eventually<T>(what: string, probe: Probe<T>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `name{labels} value` lines of a Prometheus scrape; the sum over samples whose labels include `labels`. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  let total: number | undefined;
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const has = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) total = (total ?? 0) + Number(m[3]);
  }
  return total;
}
