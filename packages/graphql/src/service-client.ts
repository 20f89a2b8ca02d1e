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

/** A GraphQL call from one platform service to another, with a service token and a deadline. */
export interface ServiceClient {
  readonly service: string;
  request<T>(query: string, variables?: Record<string, unknown>): Promise<ServiceAnswer<T>>;
}

/** SERVICE_CALL_TIMEOUT_MS (infra/ENVIRONMENT.md): how long a request may wait on another service. */
export function serviceCallTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env, fallback = 3_000): number {
  const raw = env.SERVICE_CALL_TIMEOUT_MS;
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error('SERVICE_CALL_TIMEOUT_MS must be a positive integer.');
  return value;
}

/**
 * The one way a service calls another: every call has a deadline covering the answer's body
 * too (a stopped service is a timeout, never a hung request), and failures come back as a
 * ServiceCallError the caller turns into its own typed error. GraphQL errors in the answer are
 * returned, not thrown: what they mean is the caller's business.
 */
export function serviceClient(options: {
  service: string;
  url: string;
  token: () => string;
  timeoutMs: number;
}): ServiceClient {
  return {
    service: options.service,
    async request<T>(query: string, variables?: Record<string, unknown>): Promise<ServiceAnswer<T>> {
      const signal = AbortSignal.timeout(options.timeoutMs);
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
            `the ${options.service} service did not answer within ${options.timeoutMs} ms`,
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
    },
  };
}
