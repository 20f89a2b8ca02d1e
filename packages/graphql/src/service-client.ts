/** Why a call to another service gave no usable answer. */
export type ServiceCallFailure = 'TIMEOUT' | 'UNREACHABLE' | 'BAD_ANSWER';

export class ServiceCallError extends Error {
  constructor(
    readonly failure: ServiceCallFailure,
    readonly service: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceCallError';
  }
}

export interface ServiceAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** HTTP status of the answer. */
  status: number;
}

/** How one call may differ from the client's defaults. */
export interface ServiceCallOptions {
  /** A read that changes nothing: a connection that failed outright is tried again (never a timeout). */
  idempotent?: boolean;
  /** This call's deadline instead of the client's (e.g. a large batch). */
  timeoutMs?: number;
}

/** A GraphQL call from one platform service to another, with a service token and a deadline. */
export interface ServiceClient {
  readonly service: string;
  request<T>(query: string, variables?: Record<string, unknown>, call?: ServiceCallOptions): Promise<ServiceAnswer<T>>;
}

/** SERVICE_CALL_TIMEOUT_MS (infra/ENVIRONMENT.md): how long a request may wait on another service. */
export function serviceCallTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env, fallback = 3_000): number {
  const raw = env.SERVICE_CALL_TIMEOUT_MS;
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error('SERVICE_CALL_TIMEOUT_MS must be a positive integer.');
  return value;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one way a service calls another, built once at start-up and passed to whoever calls: every
 * call has a deadline covering the answer's body too (a stopped service is a timeout, never a hung
 * request), and failures come back as a ServiceCallError the caller turns into its own typed error.
 * GraphQL errors in the answer are returned, not thrown: what they mean is the caller's business.
 * Only idempotent reads are retried, and only when the connection failed outright (`retries`,
 * default 1): a timeout has spent the caller's patience already, and a write may have landed.
 */
export function serviceClient(options: {
  service: string;
  url: string;
  token: () => string;
  timeoutMs: number;
  retries?: number;
  retryDelayMs?: number;
}): ServiceClient {
  const once = async <T>(
    query: string,
    variables: Record<string, unknown> | undefined,
    timeoutMs: number,
  ): Promise<ServiceAnswer<T>> => {
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token()}` },
        body: JSON.stringify({ query, variables }),
        signal,
      });
      text = await response.text();
    } catch {
      if (signal.aborted)
        throw new ServiceCallError(
          'TIMEOUT',
          options.service,
          `the ${options.service} service did not answer within ${timeoutMs} ms`,
        );
      throw new ServiceCallError('UNREACHABLE', options.service, `the ${options.service} service cannot be reached`);
    }
    try {
      const body = JSON.parse(text) as { data?: T | null; errors?: ServiceAnswer<T>['errors'] };
      return { data: body.data, errors: body.errors, status: response.status };
    } catch {
      throw new ServiceCallError(
        'BAD_ANSWER',
        options.service,
        `the ${options.service} service answered HTTP ${response.status} without a GraphQL body`,
      );
    }
  };
  return {
    service: options.service,
    async request<T>(query: string, variables?: Record<string, unknown>, call: ServiceCallOptions = {}) {
      const timeoutMs = call.timeoutMs ?? options.timeoutMs;
      const retries = call.idempotent ? (options.retries ?? 1) : 0;
      for (let attempt = 0; ; attempt++) {
        try {
          return await once<T>(query, variables, timeoutMs);
        } catch (error) {
          if (!(error instanceof ServiceCallError) || error.failure !== 'UNREACHABLE' || attempt >= retries)
            throw error;
          await pause(options.retryDelayMs ?? 100);
        }
      }
    },
  };
}
