import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** One scenario of concurrent clients: the same request, `connections` at a time, for `seconds`. */
export interface LoadSpec {
  url: string;
  token: string;
  query: string;
  variables?: Record<string, unknown>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  throughput: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Runs the clients on a worker thread, so the load generator does not share an event loop with
 * the gateway and subgraphs it measures (they run in the main thread of the benchmark).
 */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: spec });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function clients(spec: LoadSpec): Promise<LoadResult> {
  const body = JSON.stringify({ query: spec.query, variables: spec.variables ?? {} });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${spec.token}` };
  const samples: number[] = [];
  let errors = 0;
  const until = Date.now() + spec.seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: spec.connections }, async () => {
      while (Date.now() < until) {
        const t = process.hrtime.bigint();
        const res = await fetch(spec.url, { method: 'POST', headers, body });
        const json = (await res.json()) as { errors?: unknown[] };
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (!res.ok || json.errors) errors += 1;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  return {
    requests: samples.length,
    errors,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples.at(-1) ?? 0,
    throughput: samples.length / elapsed,
  };
}

if (!isMainThread && parentPort) {
  clients(workerData as LoadSpec).then((r) => parentPort!.postMessage(r));
}
