import autocannon from 'autocannon';

/**
 * The load generator, run as its own process (`node load-child.js <spec json>`): autocannon
 * with `connections` clients for `seconds`, each request taking the next caller's headers and
 * body in turn, so consecutive requests come from different callers. Prints one JSON line.
 */
export interface LoadSpec {
  url: string;
  connections: number;
  seconds: number;
  callers: { headers: Record<string, string>; body: string }[];
}

export interface LoadResult {
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and 200s carrying GraphQL errors. */
  errors: number;
  firstError?: string;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function run(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const caller = spec.callers[next++ % spec.callers.length];
              return { ...req, headers: { ...caller.headers, 'content-type': 'application/json' }, body: caller.body };
            },
            onResponse: (status, body) => {
              if (status === 200 && !body.includes('"errors"')) return;
              graphqlErrors += 1;
              firstError ??= `${status} ${body.slice(0, 500)}`;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const transport = result.errors + result.timeouts;
        resolve({
          requests: latencies.length,
          errors: transport + graphqlErrors,
          firstError:
            firstError ?? (transport ? `${result.errors} connection errors, ${result.timeouts} timeouts` : undefined),
          throughput: latencies.length / spec.seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

if (require.main === module) {
  const spec = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8')) as LoadSpec;
  run(spec).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
