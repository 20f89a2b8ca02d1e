import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

import { errorCodeLabel, type ServiceMetrics } from './metrics';
import { ANONYMOUS, type OperationNames } from './operations';

export interface RequestObserverOptions<C> {
  /** The service's name; a subgraph strips the gateway's `__<service>__<n>` suffix from operation names. */
  service: string;
  logger: Logger;
  operations: OperationNames;
  metrics?: ServiceMetrics;
  /** The platform's request id in this request's context (minted by the gateway, forwarded with its proof). */
  requestId?: (context: C) => string | undefined;
}

function codesOf<C extends BaseContext>(rc: GraphQLRequestContextWillSendResponse<C>): string[] {
  const body = rc.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
  return (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

/** An error nobody gave a code: a bug or an outage here (a subgraph's arrive coded, and it logged them). */
function isInternal(error: GraphQLError): boolean {
  return error.extensions?.code === undefined;
}

/**
 * One log line and one metrics sample per GraphQL request, plus the operation's name on the
 * request's trace span. The line holds the request id, the registered operation name (else
 * `anonymous`), the HTTP status, the duration and the error codes: never the query, the
 * variables, the token or who asked.
 */
export function requestObserver<C extends BaseContext>(options: RequestObserverOptions<C>): ApolloServerPlugin<C> {
  const { logger, metrics, operations, service } = options;
  const requestIdOf = options.requestId ?? ((c: C) => (c as { requestId?: string }).requestId);
  return {
    async contextCreationDidFail({ error }) {
      // Refused before the request got a context (no or a bad token, a direct call in production): no request id yet.
      const code = String((error as GraphQLError).extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      metrics?.recordRequest(ANONYMOUS, 0, [code]);
      if (code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error }, 'request failed before it started');
      else logger.info({ operation: ANONYMOUS, errors: [code] }, 'request refused');
    },
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      const requestId = requestIdOf(contextValue);
      const span = trace.getActiveSpan();
      span?.setAttribute('mentorship.request_id', requestId ?? '');
      let operation = ANONYMOUS;
      return {
        async didResolveOperation(rc) {
          operation = operations.label(rc.operationName, service);
          span?.setAttribute('graphql.operation.name', operation);
          span?.updateName(`graphql ${operation}`);
        },
        async didEncounterErrors(rc) {
          for (const error of rc.errors.filter(isInternal)) {
            logger.error({ requestId, operation, err: error.originalError ?? error }, 'internal error');
          }
        },
        async willSendResponse(rc) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const codes = codesOf(rc);
          metrics?.recordRequest(operation, seconds, codes);
          const traceId = span?.isRecording() ? span.spanContext().traceId : undefined;
          logger.info(
            {
              requestId,
              operation,
              status: rc.response.http.status ?? 200,
              ms: Math.round(seconds * 10_000) / 10,
              ...(codes.length ? { errors: [...new Set(codes.map(errorCodeLabel))] } : {}),
              ...(traceId ? { traceId } : {}),
            },
            'request',
          );
        },
      };
    },
  };
}
