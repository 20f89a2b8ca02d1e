import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Error codes kept as label values; any other code is counted as `OTHER`. */
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
  'TIMEOUT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'DISTRICT_UNAVAILABLE',
  'COST_LIMIT_EXCEEDED',
]);

export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER';
}

/** What a pg pool reports (node-postgres `Pool`): connections open, idle, and callers waiting for one. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * One service's metrics: a registry of its own (no global state, so tests can hold several),
 * Node's process metrics, and the request instruments every service shares. Names in
 * infra/README.md (Observability).
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'operation'>;
  readonly errors: Counter<'operation' | 'code'>;
  readonly duration: Histogram<'operation'>;
  private readonly pools = new Map<string, () => PoolCounts[]>();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'mentorship_graphql_requests_total',
      help: 'GraphQL requests, by registered operation name (else anonymous).',
      labelNames: ['operation'],
      registers,
    });
    this.errors = new Counter({
      name: 'mentorship_graphql_errors_total',
      help: 'GraphQL requests answered with an error, by operation and error code (once per code and request).',
      labelNames: ['operation', 'code'],
      registers,
    });
    this.duration = new Histogram({
      name: 'mentorship_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to its answer, by operation.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    const pools = this.pools;
    const gauge = (name: string, help: string, pick: (p: PoolCounts) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['pool', 'member'],
        registers,
        collect() {
          this.reset();
          for (const [pool, read] of pools) {
            read().forEach((counts, i) => this.set({ pool, member: i ? `replica${i}` : 'primary' }, pick(counts)));
          }
        },
      });
    gauge('mentorship_db_pool_connections', 'Connections the SQL pool holds (in use and idle).', (p) => p.totalCount);
    gauge('mentorship_db_pool_idle_connections', 'Connections of the SQL pool that are idle.', (p) => p.idleCount);
    gauge('mentorship_db_pool_waiting_requests', 'Queries waiting for a pool connection.', (p) => p.waitingCount);
  }

  /** Reports a pool's counts at each scrape; `read` returns the primary's pool first, then any replicas'. */
  watchPool(pool: string, read: () => PoolCounts[]): void {
    this.pools.set(pool, read);
  }

  /** Records one GraphQL request: its operation label, seconds taken, and the error codes of its answer. */
  recordRequest(operation: string, seconds: number, codes: Iterable<unknown>): void {
    this.requests.inc({ operation });
    this.duration.observe({ operation }, seconds);
    for (const code of new Set([...codes].map(errorCodeLabel))) this.errors.inc({ operation, code });
  }
}
