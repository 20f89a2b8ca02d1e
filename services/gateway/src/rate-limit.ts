import type { ApolloServerPlugin } from '@apollo/server';
import type { Principal } from '@mentorship/auth';
import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { Pool } from 'pg';

export interface RateLimitOptions {
  /** Length of one counting window. */
  windowMs: number;
  /** Requests (GraphQL operations) per caller per window. */
  requests: number;
  /** Expensive operations (exports, imports and previews, matching runs) per caller per window, counted on top. */
  expensiveRequests: number;
  /** Fields that make an operation expensive wherever they are selected. */
  expensiveFields: string[];
  /** PostgreSQL holding the counters, shared by every gateway replica; none: counted in this process only. */
  databaseUrl?: string;
}

export const EXPENSIVE_FIELDS = [
  'comparisonExport',
  'districtReportExport',
  'schoolRegistryExport',
  'rosterExport',
  'export',
  'previewRosterImport',
  'confirmRosterImport',
  'importSchoolRegistry',
  'importTrainingCompletions',
  'runMatching',
];

/**
 * Generous on purpose: far above what a person, the web dashboard, the test suite or the
 * benchmarks (20 callers, a few hundred requests a second between them) send; they stop a loop,
 * not a user. Lower them per deployment (infra/ENVIRONMENT.md).
 */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  windowMs: 60_000,
  requests: 30_000,
  expensiveRequests: 300,
  expensiveFields: EXPENSIVE_FIELDS,
};

/** RATE_LIMIT_WINDOW_SECONDS, RATE_LIMIT_REQUESTS, RATE_LIMIT_EXPENSIVE_REQUESTS, GATEWAY_DATABASE_URL. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitOptions {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer.`);
    return value;
  };
  const d = DEFAULT_RATE_LIMIT;
  return {
    windowMs: read('RATE_LIMIT_WINDOW_SECONDS', d.windowMs / 1000) * 1000,
    requests: read('RATE_LIMIT_REQUESTS', d.requests),
    expensiveRequests: read('RATE_LIMIT_EXPENSIVE_REQUESTS', d.expensiveRequests),
    expensiveFields: d.expensiveFields,
    databaseUrl: env.GATEWAY_DATABASE_URL || undefined,
  };
}

/** Counts a hit of `bucket` in the window starting at `windowStart` and returns the window's total. */
interface Counter {
  hit(bucket: string, windowStart: number): Promise<number>;
  close(): Promise<void>;
}

function memoryCounter(): Counter {
  const hits = new Map<string, number>();
  let current = 0;
  return {
    async hit(bucket, windowStart) {
      // One window at a time: a new window forgets the previous one.
      if (windowStart !== current) (hits.clear(), (current = windowStart));
      const n = (hits.get(bucket) ?? 0) + 1;
      hits.set(bucket, n);
      return n;
    },
    async close() {
      hits.clear();
    },
  };
}

/**
 * Fixed-window counters in PostgreSQL: one upsert per counted request, atomic across gateway
 * replicas. UNLOGGED: counters are not worth a WAL write, and a crash losing a minute of
 * counts only forgives some callers once.
 */
async function postgresCounter(url: string, windowMs: number, log: (line: string) => void): Promise<Counter> {
  const pool = new Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 1_000,
    statement_timeout: 1_000,
    idleTimeoutMillis: 10_000,
  });
  pool.on('error', (error) => log(`rate limit: database error (${error.message})`));
  await pool.query(
    'CREATE UNLOGGED TABLE IF NOT EXISTS gateway_rate_limit (bucket text NOT NULL, window_start bigint ' +
      'NOT NULL, hits integer NOT NULL, PRIMARY KEY (bucket, window_start))',
  );
  const sweep = setInterval(() => {
    pool
      .query('DELETE FROM gateway_rate_limit WHERE window_start < $1', [Date.now() - 2 * windowMs])
      .catch(() => undefined);
  }, windowMs);
  sweep.unref();
  let failing = false;
  return {
    async hit(bucket, windowStart) {
      try {
        const { rows } = await pool.query<{ hits: number }>(
          'INSERT INTO gateway_rate_limit (bucket, window_start, hits) VALUES ($1, $2, 1) ' +
            'ON CONFLICT (bucket, window_start) DO UPDATE SET hits = gateway_rate_limit.hits + 1 ' +
            'RETURNING hits',
          [bucket, windowStart],
        );
        if (failing) (log('rate limit: counter database reachable again'), (failing = false));
        return rows[0].hits;
      } catch (error) {
        // Fail open: a counter outage must not take the platform down with it.
        if (!failing)
          log(
            `rate limit: counter database unreachable, not limiting meanwhile ` +
              `(${error instanceof Error ? error.message : error})`,
          );
        failing = true;
        return 0;
      }
    },
    async close() {
      clearInterval(sweep);
      await pool.end();
    },
  };
}

export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

function selectsAny(document: DocumentNode, fields: Set<string>): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (fields.has(node.name.value)) found = true;
      return found ? false : undefined;
    },
  });
  return found;
}

export interface RateLimiter {
  /** The Apollo plugin: every operation of a signed-in caller counts; expensive ones count again. */
  plugin: ApolloServerPlugin<{ principal: Principal }>;
  /** For a request without a valid token (refused anyway): counts it against its address. */
  countAnonymous(address: string | undefined): Promise<void>;
  /** Where the counters are, for the start-up line. */
  where: string;
  close(): Promise<void>;
}

/**
 * Per-caller rate limits: key = the token's subject, or the remote address when there is no
 * valid token. Over the budget: HTTP 429, `Retry-After` (seconds to the next window) and
 * RATE_LIMITED. An Apollo plugin, so it holds whatever HTTP server carries the gateway.
 */
export async function createRateLimiter(
  options: RateLimitOptions,
  log: (line: string) => void = () => undefined,
): Promise<RateLimiter> {
  const counter = options.databaseUrl
    ? await postgresCounter(options.databaseUrl, options.windowMs, log)
    : memoryCounter();
  const expensiveFields = new Set(options.expensiveFields);
  const windowOf = (now: number) => now - (now % options.windowMs);
  /**
   * Counts a hit; resolves to the refusal when over the limit (never rejects: a refusal is thrown where Apollo honours
   * its status).
   */
  const count = async (bucket: string, limit: number, what: string): Promise<GraphQLError | null> => {
    const now = Date.now();
    const windowStart = windowOf(now);
    const hits = await counter.hit(bucket, windowStart);
    if (hits <= limit) return null;
    const retryAfter = Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000));
    return rateLimited(
      `Too many ${what}: at most ${limit} every ${options.windowMs / 1000} s for each caller. Try again ` +
        `in ${retryAfter} s.`,
      retryAfter,
    );
  };
  const subject = (p: Principal) => `sub:${p.districtId}/${p.personId}`;
  return {
    where: options.databaseUrl
      ? `PostgreSQL (GATEWAY_DATABASE_URL, shared by every gateway)`
      : 'memory (this gateway only; set GATEWAY_DATABASE_URL to share them between replicas)',
    plugin: {
      async requestDidStart({ contextValue }) {
        // Counted as the request starts, so junk documents count too, and the round trip to the
        // counter overlaps parsing and validation. The refusal is thrown once the operation is
        // known: Apollo keeps a plugin error's HTTP status (429) only from didResolveOperation on.
        const verdict = count(subject(contextValue.principal), options.requests, 'requests');
        return {
          async didResolveOperation({ document }) {
            const refused =
              (await verdict) ??
              (selectsAny(document, expensiveFields)
                ? await count(
                    `expensive:${subject(contextValue.principal)}`,
                    options.expensiveRequests,
                    'exports, imports and matching runs',
                  )
                : null);
            if (refused) throw refused;
          },
        };
      },
    },
    async countAnonymous(address) {
      const refused = await count(`addr:${address ?? 'unknown'}`, options.requests, 'requests');
      if (refused) throw refused;
    },
    close: () => counter.close(),
  };
}
